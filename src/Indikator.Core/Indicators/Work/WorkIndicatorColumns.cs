namespace Indikator.Core.Indicators.Work;

/// <summary>Names of the stock panel's columns that the work indicators read: units and user characteristics.</summary>
/// <remarks>
/// <para>The defaults are the canonical names (<see cref="ColumnNames"/>), which the synthetic panel uses too; map your own columns with
/// <c>with</c> expressions, for example <c>WorkIndicatorColumns.Default with { Office = "enhet" }</c>, and build the
/// model and units from them with <see cref="WorkRiskModelSpec.ForColumns"/> and <see cref="WorkUnitLevel.ForColumns"/>.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record WorkIndicatorColumns
{
    /// <summary>Gets the canonical column names (<see cref="ColumnNames"/>).</summary>
    public static WorkIndicatorColumns Default { get; } = new();

    /// <summary>Gets the categorical office (NAV-kontor) column.</summary>
    /// <value>The default value is <c>office</c>.</value>
    public string Office { get; init; } = ColumnNames.Office;

    /// <summary>Gets the categorical NAV region column.</summary>
    /// <value>The default value is <c>region</c>.</value>
    public string Region { get; init; } = ColumnNames.Region;

    /// <summary>Gets the categorical county (fylke) column, or null when the panel has none; rows with a missing county are outside the county breakdown.</summary>
    /// <value>The default value is null (<see cref="WorkUnitLevel.ForPanel"/> takes a column named <c>county</c> when the panel has one).</value>
    /// <remarks>Counties are a level beside NAV regions, not inside them: a NAV region can span counties (NAV Vest-Viken
    /// serves Buskerud and Asker and Bærum in Akershus), so the county table is linked for disclosure control only to
    /// the regions it fills exactly. Source: NAV's 2025 descriptions report the indicator for counties
    /// (docs/arbeidsindikatoren.md, section 2b).</remarks>
    public string? County { get; init; }

    /// <summary>Gets the categorical need category (innsatsgruppe) column.</summary>
    /// <value>The default value is <c>need_category</c>.</value>
    public string NeedCategory { get; init; } = ColumnNames.NeedCategory;

    /// <summary>Gets the categorical programme (tiltak) column, or null when the panel has none; rows with a missing programme are outside the programme breakdown.</summary>
    /// <value>The default value is null (<see cref="WorkUnitLevel.ForPanel"/> takes a column named <c>programme</c> when the panel has one).</value>
    /// <remarks>The programme codes are data: every category in the column is a unit (today's programmes such as AFT,
    /// IPS, oppfølging or lønnstilskudd), not only the six programmes of the provider benchmarking (<see cref="Programme"/>).</remarks>
    public string? Programme { get; init; }

    /// <summary>Gets the numeric age column (years).</summary>
    /// <value>The default value is <c>age</c>.</value>
    public string Age { get; init; } = ColumnNames.Age;

    /// <summary>Gets the categorical gender column.</summary>
    /// <value>The default value is <c>gender</c>.</value>
    public string Gender { get; init; } = ColumnNames.Gender;

    /// <summary>Gets the categorical education column.</summary>
    /// <value>The default value is <c>education</c>.</value>
    public string Education { get; init; } = ColumnNames.Education;

    /// <summary>Gets the categorical immigrant background column.</summary>
    /// <value>The default value is <c>immigrant</c>.</value>
    public string Immigrant { get; init; } = ColumnNames.Immigrant;

    /// <summary>Gets the categorical benefit column.</summary>
    /// <value>The default value is <c>benefit</c>.</value>
    public string Benefit { get; init; } = ColumnNames.Benefit;

    /// <summary>Gets the numeric time-registered column (months since registration).</summary>
    /// <value>The default value is <c>months_since_registration</c>.</value>
    public string MonthsSinceRegistration { get; init; } = ColumnNames.MonthsSinceRegistration;

    /// <summary>Gets the numeric prior-work column (mean weekly hours in the year before registration).</summary>
    /// <value>The default value is <c>prior_hours</c>.</value>
    public string PriorHours { get; init; } = ColumnNames.PriorHours;

    /// <summary>Gets the numeric labour-market inflow column (new unemployed as percent of the labour force in the person's labour-market region).</summary>
    /// <value>The default value is <c>inflow_rate</c>.</value>
    public string InflowRate { get; init; } = ColumnNames.InflowRate;
}
