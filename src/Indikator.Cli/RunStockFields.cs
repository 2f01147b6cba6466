using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;

namespace Indikator.Cli;

/// <summary>The stock columns a job file can map (<c>stock.columns</c>), which of them can be covariates or unit levels,
/// and which ones a job reads. The stock is read under the library's (synthetic) column names, so the library's default
/// model terms and unit levels apply to any header names.</summary>
internal static class RunStockFields
{
    /// <summary>The library name of the programme column; read by default when the stock file has a column of that name.</summary>
    public const string ProgrammeColumn = ColumnNames.Programme;

    /// <summary>The library name of the county column; read by default when the stock file has a column of that name.</summary>
    public const string CountyColumn = ColumnNames.County;

    /// <summary>The optional unit columns: read when named, or when the stock file has a column of their library name.</summary>
    public static readonly IReadOnlyList<string> Optional = ["county", "programme"];

    /// <summary>The mappable columns, in the order of docs/configuration.md.</summary>
    public static readonly IReadOnlyList<RunStockField> All =
    [
        new("office", ColumnNames.Office, false, c => c.Office, (c, h) => c with { Office = h }),
        new("region", ColumnNames.Region, false, c => c.Region, (c, h) => c with { Region = h }),
        new("county", CountyColumn, false, c => c.County, (c, h) => c with { County = h }),
        new("needCategory", ColumnNames.NeedCategory, false, c => c.NeedCategory, (c, h) => c with { NeedCategory = h }),
        new("programme", ProgrammeColumn, false, c => c.Programme, (c, h) => c with { Programme = h }),
        new("age", ColumnNames.Age, true, c => c.Age, (c, h) => c with { Age = h }),
        new("gender", ColumnNames.Gender, false, c => c.Gender, (c, h) => c with { Gender = h }),
        new("education", ColumnNames.Education, false, c => c.Education, (c, h) => c with { Education = h }),
        new("immigrant", ColumnNames.Immigrant, false, c => c.Immigrant, (c, h) => c with { Immigrant = h }),
        new("benefit", ColumnNames.Benefit, false, c => c.Benefit, (c, h) => c with { Benefit = h }),
        new("monthsSinceRegistration", ColumnNames.MonthsSinceRegistration, true, c => c.MonthsSinceRegistration, (c, h) => c with { MonthsSinceRegistration = h }),
        new("priorHours", ColumnNames.PriorHours, true, c => c.PriorHours, (c, h) => c with { PriorHours = h }),
        new("inflowRate", ColumnNames.InflowRate, true, c => c.InflowRate, (c, h) => c with { InflowRate = h }),
    ];

    /// <summary>The columns that can be covariates, the default of <c>model.covariates</c> (the library's default model).</summary>
    public static readonly IReadOnlyList<string> Covariates =
        ["age", "gender", "education", "immigrant", "needCategory", "benefit", "monthsSinceRegistration", "priorHours", "inflowRate"];

    /// <summary>The unit levels of <c>units</c>: single columns, then the crossings NAV publishes (office and region by need category).</summary>
    public static readonly IReadOnlyList<string> Units = ["office", "region", "county", "needCategory", "programme", "regionNeedCategory", "officeNeedCategory"];

    /// <summary>The columns of each unit level (a crossed level reads the columns of its parts).</summary>
    private static readonly Dictionary<string, string[]> UnitColumns = new(StringComparer.Ordinal)
    {
        ["regionNeedCategory"] = ["region", "needCategory"],
        ["officeNeedCategory"] = ["office", "needCategory"],
    };

    /// <summary>The stock columns (by <c>stock.columns</c> property) a unit level needs.</summary>
    public static IReadOnlyList<string> ColumnsOf(string unit) => UnitColumns.TryGetValue(unit, out var parts) ? parts : [unit];

    /// <summary>The stock columns under their library names (the county and programme columns only when they are units).</summary>
    public static WorkIndicatorColumns Canonical(RunJob job) => WorkIndicatorColumns.Default with
    {
        Programme = job.Units.Contains("programme", StringComparer.Ordinal) ? ProgrammeColumn : null,
        County = job.Units.Contains("county", StringComparer.Ordinal) ? CountyColumn : null,
    };

    /// <summary>The unit level's name in the library's tables: the job file's camelCase in snake case (<c>officeNeedCategory</c> is <c>office_need_category</c>).</summary>
    public static string LevelName(string unit) => string.Concat(unit.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The columns a job reads: the office, its unit levels, its covariates, the columns of its priority groups, and the age when the legacy measure is computed.</summary>
    public static IReadOnlyList<RunStockField> Used(RunJob job)
        => [.. All.Where(f => f.Property == "office"
            || job.Units.Any(u => ColumnsOf(u).Contains(f.Property, StringComparer.Ordinal))
            || job.Model.Covariates.Contains(f.Property, StringComparer.Ordinal)
            || job.PriorityGroups.Any(g => g.Conditions.Any(c => c.Column == f.Canonical))
            || (f.Property == "age" && job.Status is not null))];
}

/// <summary>A mappable stock column.</summary>
/// <param name="Property">The property of <c>stock.columns</c>.</param>
/// <param name="Canonical">The library name it is read under, which is also the default header.</param>
/// <param name="Numeric">Whether it is read as a number (else as a category).</param>
/// <param name="Get">The header in a column mapping.</param>
/// <param name="Set">Sets the header in a column mapping.</param>
internal sealed record RunStockField(
    string Property, string Canonical, bool Numeric, Func<WorkIndicatorColumns, string?> Get, Func<WorkIndicatorColumns, string, WorkIndicatorColumns> Set);
