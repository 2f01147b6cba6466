using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Notebooks;

namespace Indikator.Core.Reporting;

/// <summary>
/// A report: a title, the time it was generated, notes for the reader, charts and tables. Build one with
/// <see cref="ReportBuilder"/>; write it with <see cref="Writers.HtmlReportWriter"/>,
/// <see cref="Writers.XlsxReportWriter"/> or <see cref="Writers.JsonReportWriter"/>.
/// </summary>
/// <remarks>
/// <para>
/// The generation time is given by the caller, never read from the clock, so the same inputs always
/// give the same output. In .NET Interactive / Polyglot notebooks a report displays itself as HTML.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class Report
{
    internal Report(string title, DateTimeOffset generatedAt, IReadOnlyList<string> notes, IReadOnlyList<ReportChart> charts, IReadOnlyList<ReportTable> tables)
    {
        Title = title;
        GeneratedAt = generatedAt;
        Notes = notes;
        Charts = charts;
        Tables = tables;
    }

    /// <summary>Gets the report's title.</summary>
    public string Title { get; }

    /// <summary>Gets the time the report was generated, as given by the caller.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>Gets the notes shown before the charts and tables, such as "The NAV contribution is not a causal effect".</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the charts, in order.</summary>
    public IReadOnlyList<ReportChart> Charts { get; }

    /// <summary>Gets the tables, in order.</summary>
    public IReadOnlyList<ReportTable> Tables { get; }

    /// <summary>Returns the title, for debugging.</summary>
    /// <returns>The title with the number of charts and tables.</returns>
    public override string ToString() => $"{Title} ({Charts.Count} charts, {Tables.Count} tables)";
}
