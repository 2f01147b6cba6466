namespace Indikator.Core.Indicators;

/// <summary>The canonical names of the stock panel's columns: the names the indicators, the job file and the
/// synthetic data use by default.</summary>
/// <remarks>
/// <para>Your own data may use other names: map them with <see cref="Work.WorkIndicatorColumns"/>. Levels of the
/// synthetic data are listed with the synthetic data.</para>
/// <para>This type only holds constants and is thread safe.</para>
/// </remarks>
public static class ColumnNames
{
    /// <summary>Numeric: exact age in years in the measurement month (months since birth / 12).</summary>
    public const string Age = "age";

    /// <summary>Numeric: months since registration for follow-up (0 in the month of entry).</summary>
    public const string MonthsSinceRegistration = "months_since_registration";

    /// <summary>Numeric: mean weekly hours worked over the 12 months before registration (fixed over the spell).</summary>
    public const string PriorHours = "prior_hours";

    /// <summary>Numeric: inflow of new unemployed as percent of the labour force in the person's labour-market region that month.</summary>
    public const string InflowRate = "inflow_rate";

    /// <summary>Categorical: the NAV office (fixed for the person).</summary>
    public const string Office = "office";

    /// <summary>Categorical: the NAV region of the office.</summary>
    public const string Region = "region";

    /// <summary>Categorical: the county (fylke, 2024 division) of the office, derived from the office alone; a NAV region can span counties.</summary>
    public const string County = "county";

    /// <summary>Categorical: the labour-market region (bo- og arbeidsmarkedsregion) of the office.</summary>
    public const string LabourMarketRegion = "labour_market_region";

    /// <summary>Categorical: gender, levels <c>mann</c>, <c>kvinne</c>.</summary>
    public const string Gender = "gender";

    /// <summary>Categorical: education, levels <c>grunnskole</c>, <c>vgs</c>, <c>hoyere</c>, <c>ukjent</c>.</summary>
    public const string Education = "education";

    /// <summary>Categorical: immigrant background, levels <c>nei</c>, <c>ja</c>.</summary>
    public const string Immigrant = "immigrant";

    /// <summary>Categorical: origin of an immigrant, levels <c>ingen</c> (no immigrant background), <c>eos</c> (from the EEA), <c>utenfor_eos</c> (from outside the EEA); drawn from its own random stream, so it leaves every other column unchanged, and it has no effect on work beyond <see cref="Immigrant"/>'s.</summary>
    public const string ImmigrantOrigin = "immigrant_origin";

    /// <summary>Categorical: the labour-market programme (tiltak) the person takes part in that month, missing when none; the same programme as in the status records.</summary>
    public const string Programme = "programme";

    /// <summary>Categorical: need category (innsatsgruppe), fixed over the spell.</summary>
    public const string NeedCategory = "need_category";

    /// <summary>Categorical: benefit type at registration, fixed over the spell.</summary>
    public const string Benefit = "benefit";

    /// <summary>Categorical: main status in the month, levels <c>arbeidssoker</c>, <c>nedsatt_arbeidsevne</c>.</summary>
    public const string Status = "status";

    /// <summary>Outcome: in work in at least one of the three months after the measurement month, NAV's headline
    /// outcome (<see cref="Outcomes.WorkOutcome.Nav"/>); reports and comparisons show it unless told otherwise.</summary>
    public const string Jobb3 = "jobb3";
}
