namespace Indikator.Core.Data;

/// <summary>The columns parsed from one chunk of a CSV file, or the first error in it.</summary>
/// <remarks>Written by one thread, then read by the merge after all chunks are done.</remarks>
internal sealed class CsvChunk
{
    public CsvChunk(int numeric, int categorical)
    {
        Numeric = new double[]?[numeric];
        Codes = new int[]?[categorical];
        Levels = new string[categorical][];
    }

    /// <summary>Gets or sets the number of rows.</summary>
    public int Rows { get; set; }

    /// <summary>Gets or sets the physical line breaks in the chunk (valid when there is no error).</summary>
    public int LineBreaks { get; set; }

    public double[]?[] Numeric { get; }

    /// <summary>Gets the codes of each categorical column, local to this chunk (see <see cref="Levels"/>).</summary>
    public int[]?[] Codes { get; }

    /// <summary>Gets the levels of each categorical column, in local code order.</summary>
    public string[][] Levels { get; }

    // Fields, not properties: the parser resizes them by reference.
#pragma warning disable SA1401, CA1051
    public long[]? Keys;

    public YearMonth[]? Periods;

    public double[]? Weights;
#pragma warning restore SA1401, CA1051

    /// <summary>Gets or sets the first error, or null.</summary>
    public CsvChunkError? Error { get; set; }
}

/// <summary>Where and why a chunk failed.</summary>
/// <param name="Line">The line of the bad record, counted from the start of the chunk (0 is the chunk's first line).</param>
/// <param name="Field">The field of the record the error concerns, or -1 for the whole line.</param>
/// <param name="Reason">Why; never shows a person key.</param>
internal sealed record CsvChunkError(int Line, int Field, string Reason);
