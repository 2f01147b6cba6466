using System.Globalization;

namespace Indikator.Cli;

/// <summary>Estimates the memory a command needs from the size of its input files, for the out-of-memory message
/// (exit code 6). The estimate counts the columns the command holds, not every temporary array: it is a lower
/// bound to compare with the memory available, not a promise.</summary>
internal static class MemoryEstimate
{
    private const int SampleBytes = 1 << 16;

    /// <summary>The message for <c>indikator fit</c>: rows estimated from the file, times the bytes a fitted row holds
    /// (each numeric column as data, in the model frame and demeaned: 3 x 8 bytes; each categorical column as codes
    /// and fixed-effect codes: 2 x 4 bytes; residuals and weights: 16 bytes).</summary>
    public static string FitMessage(FitArguments arguments) => Message(EstimateRows(arguments.Input), FitBytes(arguments));

    /// <summary>The bytes <see cref="FitMessage"/> estimates.</summary>
    internal static long FitBytes(FitArguments arguments)
        => EstimateRows(arguments.Input) * ((24L * arguments.NumericColumns.Count()) + (8L * arguments.CategoricalColumns.Count()) + 16);

    /// <summary>The message for <c>indikator run</c>: stock person-months times the bytes a row holds through the
    /// pipeline (its columns, the outcomes and the model's design, about 400 bytes at the default model), plus the
    /// employment records (24 bytes each).</summary>
    public static string RunMessage(string? stockFile, string? employmentFile, int stockColumns, int outcomes)
    {
        var stock = stockFile is null ? 0 : EstimateRows(stockFile);
        var employment = employmentFile is null ? 0 : EstimateRows(employmentFile);
        var perRow = 20L + (24L * (stockColumns + outcomes)) + 200;
        return Message(stock, (stock * perRow) + (employment * 24));
    }

    /// <summary>Gets whether a failure is running out of memory, also when a parallel loop wrapped it.</summary>
    public static bool IsOutOfMemory(Exception e)
        => e is OutOfMemoryException
            || (e is AggregateException a && a.Flatten().InnerExceptions.Any(x => x is OutOfMemoryException));

    /// <summary>Estimates the data rows of a text file from the line length of its first 64 KB; 0 when it cannot be read.</summary>
    internal static long EstimateRows(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length == 0)
            {
                return 0;
            }

            using var stream = info.OpenRead();
            var buffer = new byte[(int)Math.Min(SampleBytes, info.Length)];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var lines = buffer.AsSpan(0, read).Count((byte)'\n');
            if (lines == 0)
            {
                return 1;
            }

            return Math.Max(0, (long)Math.Round((double)info.Length * lines / read) - 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    internal static string Message(long rows, long bytes)
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"not enough memory: about {rows:N0} rows need at least {Gigabytes(bytes)} GB, and the process can use {Gigabytes(available)} GB. Run on a machine with more memory, raise the container's memory limit, or use fewer rows or months.");
    }

    private static string Gigabytes(long bytes) => (bytes / 1e9).ToString(bytes < 1e9 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
