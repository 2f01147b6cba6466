using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;

namespace Indikator.Cli;

/// <summary>A validated job file of <c>indikator run</c> (format: docs/configuration.md). File paths are absolute.</summary>
/// <param name="Stock">The person-month stock file.</param>
/// <param name="Employment">The employment records file.</param>
/// <param name="Status">The register-status file for the legacy measure, or null to leave the legacy measure out.</param>
/// <param name="LastCompleteMonth">The last month with complete employment (and status) records.</param>
/// <param name="Outcomes">The outcome names, a subset of NAV's four.</param>
/// <param name="Model">The risk model terms and fixed-effect levels.</param>
/// <param name="Units">The reporting levels besides the country, by job-file name (<c>office</c> always among them).</param>
/// <param name="PriorityGroups">The priority groups, their conditions on the library names of mapped columns or on the headers in <paramref name="GroupColumns"/>; empty for none.</param>
/// <param name="GroupColumns">Stock columns read only for the priority groups (headers that are not mapped fields).</param>
/// <param name="Months">The measurement months to report.</param>
/// <param name="MinimumPersons">Cells with fewer persons are suppressed.</param>
/// <param name="OutputDirectory">The folder the report is written to.</param>
/// <param name="Formats">The report formats: csv, html, xlsx, json.</param>
/// <param name="Language">The report's language (<c>output.language</c>).</param>
internal sealed record RunJob(
    RunStockSource Stock,
    RunEmploymentSource Employment,
    RunStatusSource? Status,
    YearMonth LastCompleteMonth,
    IReadOnlyList<string> Outcomes,
    RunModel Model,
    IReadOnlyList<string> Units,
    IReadOnlyList<PriorityGroup> PriorityGroups,
    IReadOnlyList<RunGroupColumn> GroupColumns,
    RunMonths Months,
    int MinimumPersons,
    string OutputDirectory,
    IReadOnlySet<string> Formats,
    Indikator.Core.Reporting.ReportLanguage Language = Indikator.Core.Reporting.ReportLanguage.English)
{
    /// <summary>Gets a value indicating whether the report gets the section "How much of the office variation is real" (<c>output.variation</c>).</summary>
    public bool Variation { get; init; }

    /// <summary>Gets a value indicating whether the report gets the section "Risk models compared" (<c>output.compareModels</c>).</summary>
    public bool CompareModels { get; init; }

    /// <summary>Gets the trial to evaluate (<c>evaluation</c>, read by <c>indikator evaluate</c> only), or null.</summary>
    public Indikator.Core.Evaluation.TrialSpec? Evaluation { get; init; }

    /// <summary>Gets a value indicating whether the work outcomes and the indicators are computed inside the stock's
    /// database (<c>pushDown</c>): only aggregates are read, no person-month row (docs/configuration.md).</summary>
    public bool PushDown { get; init; }
}

/// <summary>A stock column read only for the priority groups, under its header.</summary>
/// <param name="Header">The header (also its name in the panel).</param>
/// <param name="Numeric">Whether it is read as a number (a comparison) or a category (<c>in</c>, <c>notIn</c>).</param>
/// <param name="Path">The job-file path of the first condition that reads it, for error messages.</param>
internal sealed record RunGroupColumn(string Header, bool Numeric, string Path);

/// <summary>Where a section's rows come from: a CSV or Parquet file, a DuckDB query or a PostgreSQL query.</summary>
/// <param name="Kind">One of <see cref="RunJobReader.SourceKinds"/>.</param>
/// <param name="Path">The absolute file path of a csv or parquet source, else null.</param>
/// <param name="Query">The query of a duckdb or postgres source, else null.</param>
/// <param name="ConnectionEnv">The environment variable that holds a postgres source's connection string, else null.</param>
/// <param name="BaseDirectory">The folder of the job file: a DuckDB query finds relative file paths there.</param>
internal sealed record RunDataSource(string Kind, string? Path, string? Query, string? ConnectionEnv, string BaseDirectory)
{
    /// <summary>Gets the job file's section of the source (<c>stock</c>, <c>employment</c>, <c>status</c>), for messages about its fields.</summary>
    public string Section { get; init; } = "stock";

    /// <summary>Gets the DuckDB settings of a duckdb source's <c>settings</c>, in the job file's order (<see cref="RunDuckDb"/>); empty for none.</summary>
    public IReadOnlyList<RunDuckDbSetting> Settings { get; init; } = [];

    /// <summary>Gets a value indicating whether the source is a CSV file, whose errors can name lines.</summary>
    public bool IsCsv => Kind == "csv";

    /// <summary>Gets the name of the source in messages: the file, or the kind of query (never a connection string).</summary>
    public string Name => Kind switch
    {
        "duckdb" => "DuckDB query",
        "postgres" => $"PostgreSQL query (connection from {ConnectionEnv})",
        _ => Path!,
    };
}

/// <summary>A DuckDB setting of a duckdb source (<c>settings</c> in the job file), run as <c>SET name = literal</c>.</summary>
/// <param name="Name">The setting's name: letters, digits and underscores only, so it can be written into SQL as it is.</param>
/// <param name="Literal">The value as a SQL literal: a quoted text, a number, or true or false.</param>
internal sealed record RunDuckDbSetting(string Name, string Literal);

/// <summary>Where the stock is and which headers hold the person key, the period and the model columns.</summary>
/// <param name="Source">Where the rows come from.</param>
/// <param name="PersonKey">The person key header (an integer).</param>
/// <param name="Period">The period header (yyyy-MM).</param>
/// <param name="Columns">The headers of the model and unit columns (property name = <see cref="WorkIndicatorColumns"/> field).</param>
internal sealed record RunStockSource(RunDataSource Source, string PersonKey, string Period, WorkIndicatorColumns Columns)
{
    /// <summary>Gets the name of the source in messages.</summary>
    public string File => Source.Name;
}

/// <summary>Where the employment records are and which headers hold them.</summary>
/// <param name="Source">Where the rows come from.</param>
/// <param name="PersonKey">The person key header (an integer).</param>
/// <param name="Month">The month header (yyyy-MM).</param>
/// <param name="WeeklyHours">The weekly hours header.</param>
/// <param name="Earnings">The monthly earnings header, or null.</param>
internal sealed record RunEmploymentSource(RunDataSource Source, string PersonKey, string Month, string WeeklyHours, string? Earnings)
{
    /// <summary>Gets the name of the source in messages.</summary>
    public string File => Source.Name;
}

/// <summary>Where the monthly register statuses are, which headers hold them, and which exits the legacy measure follows.</summary>
/// <param name="Source">Where the rows come from.</param>
/// <param name="PersonKey">The person key header (an integer).</param>
/// <param name="Month">The month header (yyyy-MM).</param>
/// <param name="Status">The status header: NAV's formidlingsgruppe codes or <see cref="RegisterStatus"/> names, mapped by <see cref="NavCodeTable"/>.</param>
/// <param name="Programme">The programme header, or null when the file has none.</param>
/// <param name="ReceivesBenefit">The benefit header (true/false/1/0), or null when the file has none.</param>
/// <param name="Variant">Exits from the statuses or from programmes.</param>
internal sealed record RunStatusSource(
    RunDataSource Source, string PersonKey, string Month, string Status, string? Programme, string? ReceivesBenefit, TransitionVariant Variant)
{
    /// <summary>Gets the name of the source in messages.</summary>
    public string File => Source.Name;

    /// <summary>Gets the need header (kvalifiseringsgruppe codes such as IKVAL, BFORM, BATT, VARIG), or null when the file has none.</summary>
    public string? Need { get; init; }

    /// <summary>Gets the job's code table (absolute path) on top of the shipped one, or null.</summary>
    public string? Codes { get; init; }
}

/// <summary>The risk model chosen in the job file.</summary>
/// <param name="Covariates">The covariates by <c>stock.columns</c> property name, each entered as in the library's default model.</param>
/// <param name="CompareWithinMonth">Whether measurement-month effects are in the model (units compared within the same month).</param>
/// <param name="FixedEffects">The unit levels (job-file names) that also get variant (b), the unit fixed effect.</param>
internal sealed record RunModel(IReadOnlyList<string> Covariates, bool CompareWithinMonth, IReadOnlyList<string> FixedEffects);

/// <summary>The measurement months to report; null means no bound on that side.</summary>
/// <param name="From">The first month, or null.</param>
/// <param name="To">The last month, or null.</param>
internal sealed record RunMonths(YearMonth? From, YearMonth? To)
{
    /// <summary>Gets a value indicating whether no month is left out.</summary>
    public bool All => From is null && To is null;

    /// <summary>Returns whether a month is in the window.</summary>
    public bool Contains(YearMonth month) => (From is not { } from || month.Index >= from.Index) && (To is not { } to || month.Index <= to.Index);
}
