using Indikator.Core.Internal;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Reporting;

/// <summary>Builds an immutable <see cref="Report"/>.</summary>
/// <remarks>A builder is not thread-safe; the report it builds is.</remarks>
public sealed class ReportBuilder
{
    private readonly string title;
    private readonly DateTimeOffset generatedAt;
    private readonly List<string> notes = [];
    private readonly List<ReportChart> charts = [];
    private readonly List<ReportTable> tables = [];

    /// <summary>Starts a report.</summary>
    /// <param name="title">The report's title.</param>
    /// <param name="generatedAt">When the report was generated; pass it in (for example from a <see cref="TimeProvider"/>) so output is reproducible.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty.</exception>
    public ReportBuilder(string title, DateTimeOffset generatedAt)
    {
        this.title = Guard.NotEmpty(title);
        this.generatedAt = generatedAt;
    }

    /// <summary>Adds a note for the reader.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty.</exception>
    public ReportBuilder AddNote(string note)
    {
        notes.Add(Guard.NotEmpty(note));
        return this;
    }

    /// <summary>Adds a chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public ReportBuilder AddChart(ReportChart chart)
    {
        charts.Add(Guard.NotNull(chart));
        return this;
    }

    /// <summary>Adds a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ReportBuilder AddTable(ReportTable table)
    {
        tables.Add(Guard.NotNull(table));
        return this;
    }

    /// <summary>Builds the report.</summary>
    /// <returns>The immutable report.</returns>
    public Report Build() => new(title, generatedAt, notes.ToArray().AsReadOnly(), charts.ToArray().AsReadOnly(), tables.ToArray().AsReadOnly());
}
