using Indikator.Core.Internal;

namespace Indikator.Core.Reporting;

/// <summary>A column of a <see cref="ReportTable"/>: a machine name, a header for people, and a kind.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ReportColumn
{
    /// <summary>The largest number of decimals a <see cref="ReportColumnKind.Number"/> column may show.</summary>
    public const int MaxDecimals = 10;

    /// <summary>Creates a column.</summary>
    /// <param name="name">The machine name used in CSV headers and JSON, such as <c>contribution</c>.</param>
    /// <param name="header">The header shown to people, in Norwegian or English as the caller wants.</param>
    /// <param name="kind">What the column holds.</param>
    /// <param name="decimals">Decimals shown for a <see cref="ReportColumnKind.Number"/> column; ignored for other kinds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="header"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.</exception>
    public ReportColumn(string name, string header, ReportColumnKind kind, int decimals = 2)
    {
        Name = Guard.NotEmpty(name);
        Header = Guard.NotEmpty(header);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown column kind.");
        }

        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"Decimals must be between 0 and {MaxDecimals}.");
        }

        Kind = kind;
        Decimals = DecimalsFor(kind, decimals);
    }

    /// <summary>Gets the machine name used in CSV headers and JSON.</summary>
    public string Name { get; }

    /// <summary>Gets the header shown to people.</summary>
    public string Header { get; }

    /// <summary>Gets what the column holds.</summary>
    public ReportColumnKind Kind { get; }

    /// <summary>Gets the number of decimals shown to people.</summary>
    /// <value>The caller's value for <see cref="ReportColumnKind.Number"/> (default 2); 1 for percent and hours, 3 for share, 0 otherwise.</value>
    public int Decimals { get; }

    /// <summary>Gets a value indicating whether the column holds numbers rather than text.</summary>
    public bool IsNumeric => Kind != ReportColumnKind.Text;

    internal static int DecimalsFor(ReportColumnKind kind, int requested) => kind switch
    {
        ReportColumnKind.Number => requested,
        ReportColumnKind.Percent or ReportColumnKind.PercentagePoints or ReportColumnKind.Hours => 1,
        ReportColumnKind.Share => 3,
        _ => 0,
    };
}
