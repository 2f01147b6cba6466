using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;

namespace Indikator.Cli;

/// <summary>A validated job file of <c>indikator run</c> (format: docs/configuration.md). File paths are absolute.</summary>
/// <param name="Stock">The person-month stock file.</param>
/// <param name="Employment">The employment records file.</param>
/// <param name="LastCompleteMonth">The last month with complete employment records.</param>
/// <param name="Outcomes">The outcome names, a subset of NAV's four.</param>
/// <param name="MinimumPersons">Cells with fewer persons are suppressed.</param>
/// <param name="OutputDirectory">The folder the report is written to.</param>
/// <param name="Formats">The report formats: csv, html, xlsx, json.</param>
internal sealed record RunJob(
    RunStockSource Stock,
    RunEmploymentSource Employment,
    YearMonth LastCompleteMonth,
    IReadOnlyList<string> Outcomes,
    int MinimumPersons,
    string OutputDirectory,
    IReadOnlySet<string> Formats);

/// <summary>Where the stock is and which headers hold the person key, the period and the model columns.</summary>
/// <param name="File">The CSV file.</param>
/// <param name="PersonKey">The person key header (an integer).</param>
/// <param name="Period">The period header (yyyy-MM).</param>
/// <param name="Columns">The headers of the model and unit columns (property name = <see cref="WorkIndicatorColumns"/> field).</param>
internal sealed record RunStockSource(string File, string PersonKey, string Period, WorkIndicatorColumns Columns);

/// <summary>Where the employment records are and which headers hold them.</summary>
/// <param name="File">The CSV file.</param>
/// <param name="PersonKey">The person key header (an integer).</param>
/// <param name="Month">The month header (yyyy-MM).</param>
/// <param name="WeeklyHours">The weekly hours header.</param>
/// <param name="Earnings">The monthly earnings header, or null.</param>
internal sealed record RunEmploymentSource(string File, string PersonKey, string Month, string WeeklyHours, string? Earnings);
