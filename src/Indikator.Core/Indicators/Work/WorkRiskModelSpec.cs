using Indikator.Core.Internal;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>The risk model behind the expected outcome: user characteristics and the local labour market as deciles, pooled over all measurement months.</summary>
/// <remarks>
/// <para>For outcome y of person-month i the model is the linear (probability) model <c>y_i = x_i'b + e_i</c> (with an
/// intercept), one model pooled over all measurement months and fitted by OLS, as NAV's model is (NAV, "Ny
/// arbeidsindikator i Nav: en beskrivelse", 2025): labour-market conditions enter through the inflow deciles, not
/// through month effects, so a contribution is relative to the average over the whole observation period and the
/// national contribution varies from month to month. <see cref="CompareWithinMonth"/> adds absorbed measurement-month
/// effects g_t instead. x holds <see cref="Numeric"/>, the indicators of <see cref="Categorical"/>, of the
/// bands of <see cref="Bands"/> and of the deciles of <see cref="Deciles"/>. NAV enters the labour market as deciles
/// of the inflow of new unemployed in the person's labour-market region; the decile cut points are the 10th, ...,
/// 90th percentiles over the person-months used.</para>
/// <para>The default (<see cref="ForColumns"/>): gender, education, immigrant background, need category and benefit
/// as categories; age in five-year bands (20-24, ..., 60-64, 65+); time registered in bands (0-2, 3-5, 6-11,
/// 12-23, 24+ months); prior work as mean weekly hours in the year before registration (numeric); and the inflow
/// rate as deciles.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record WorkRiskModelSpec
{
    /// <summary>Gets the default specification for the synthetic panel's columns.</summary>
    public static WorkRiskModelSpec Default { get; } = ForColumns(WorkIndicatorColumns.Default);

    /// <summary>Gets the numeric covariates, entered linearly.</summary>
    /// <value>The default value is none.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> Numeric { get; init => field = ValueList.Of(value); } = ValueList<string>.Empty;

    /// <summary>Gets the categorical covariates.</summary>
    /// <value>The default value is none.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<CategoricalTerm> Categorical { get; init => field = ValueList.Of(value); } = ValueList<CategoricalTerm>.Empty;

    /// <summary>Gets the numeric covariates entered as bands.</summary>
    /// <value>The default value is none.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<BandedCovariate> Bands { get; init => field = ValueList.Of(value); } = ValueList<BandedCovariate>.Empty;

    /// <summary>Gets the numeric columns entered as deciles (levels <c>D01</c> to <c>D10</c>, column <c>Column_decile</c>).</summary>
    /// <value>The default value is none.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> Deciles { get; init => field = ValueList.Of(value); } = ValueList<string>.Empty;

    /// <summary>Gets a value indicating whether units are compared within the same month: measurement-month effects g_t
    /// are added to the model (<c>y_i = x_i'b + g_t + e_i</c>, g_t absorbed as a fixed effect).</summary>
    /// <value>The default value is false: one model pooled over all months, so contributions are relative to the
    /// average over the whole observation period (NAV's definition) and the national contribution of a month says how
    /// the country as a whole did that month. When true, every unit is compared with the national level of the same
    /// month, and the national contribution is zero in every month by construction. The fixed-effect variant (b) has
    /// the month effects either way.</value>
    public bool CompareWithinMonth { get; init; }

    /// <summary>Builds the documented default specification for the given column names.</summary>
    /// <param name="columns">The column names.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is null.</exception>
    public static WorkRiskModelSpec ForColumns(WorkIndicatorColumns columns)
    {
        Guard.NotNull(columns);
        return new WorkRiskModelSpec
        {
            Numeric = [columns.PriorHours],
            Categorical =
            [
                new CategoricalTerm(columns.Gender),
                new CategoricalTerm(columns.Education),
                new CategoricalTerm(columns.Immigrant),
                new CategoricalTerm(columns.NeedCategory),
                new CategoricalTerm(columns.Benefit),
            ],
            Bands =
            [
                new BandedCovariate(columns.Age, [25, 30, 35, 40, 45, 50, 55, 60, 65]),
                new BandedCovariate(columns.MonthsSinceRegistration, [3, 6, 12, 24]),
            ],
            Deciles = [columns.InflowRate],
        };
    }

    internal static string DecileColumn(string column) => column + "_decile";
}
