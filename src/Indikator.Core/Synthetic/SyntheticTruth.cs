using Indikator.Core.Indicators;
using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Synthetic;

/// <summary>The known truth behind a <see cref="SyntheticNavData"/> set: office and period effects, the base model, q and m.</summary>
/// <remarks>
/// <para>The data-generating process is a linear probability model. In every month s from
/// registration on (during follow-up and after it), a person of office o is in work with probability</para>
/// <para><c>p(s) = intercept + x'beta + b1 (age_s - 40) + b2 (age_s - 40)^2 + u[o] + g[s]</c>,</para>
/// <para>independently across months given the characteristics x fixed at registration (gender,
/// education, immigrant background, need category, benefit, prior hours). Weekly hours given work
/// come from a fixed mixture with P(hours &gt; 19 | work) = q and E[hours | work] = m, so</para>
/// <para><c>E[jobb_h | stock at t] = q p(t+h)</c> and <c>E[atid_h | stock at t] = m mean(p(t+1..t+h))</c>.</para>
/// <para>Because age_{t+h} = age_t + h/12, both are linear in the panel's age and age squared at t,
/// so an OLS of jobb3, atid3, jobb12 or atid12 on age, age squared and the categorical
/// characteristics with office and measurement-month fixed effects has conditional mean exactly in
/// its span: its office effects estimate q u[o] (jobb) or m u[o] (atid), up to the normalisation.
/// Exits depend on past work, but past and future work are independent given x, so the selected
/// stock is not biased.</para>
/// <para>Normalisation: u is centred so that its mean weighted by stock person-months is zero, and
/// g so that its unweighted mean over the stock months is zero; both constants are moved into the
/// intercept, which leaves every p(s) unchanged. Compare estimates with the truth after applying
/// the same normalisation to the estimates.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class SyntheticTruth
{
    private readonly double[] _officeEffects;
    private readonly double[] _periodEffects;
    private readonly Dictionary<string, int> _officeByName;
    private readonly int _startIndex;

    internal SyntheticTruth(
        double intercept,
        IReadOnlyList<SyntheticOfficeTruth> offices,
        IReadOnlyList<SyntheticPeriodTruth> periods,
        int startIndex,
        double minProbability,
        double maxProbability)
    {
        Intercept = intercept;
        Offices = ValueList.Of(offices);
        Periods = ValueList.Of(periods);
        _startIndex = startIndex;
        _officeEffects = [.. offices.Select(o => o.Effect)];
        _periodEffects = [.. periods.Select(p => p.Effect)];
        _officeByName = offices.ToDictionary(o => o.Name, o => o.Code, StringComparer.Ordinal);
        MinEmploymentProbability = minProbability;
        MaxEmploymentProbability = maxProbability;
        BaseCoefficients =
        [
            new("intercept", intercept),
            new("gender=kvinne", Dgp.Female),
            new("education=grunnskole", Dgp.Education[0]),
            new("education=hoyere", Dgp.Education[2]),
            new("education=ukjent", Dgp.Education[3]),
            new("immigrant=ja", Dgp.Immigrant),
            new("need_category=situasjonsbestemt", Dgp.Need[1]),
            new("need_category=spesielt_tilpasset", Dgp.Need[2]),
            new("need_category=varig_tilpasset", Dgp.Need[3]),
            new("benefit=dagpenger", Dgp.Benefit[0]),
            new("benefit=aap", Dgp.Benefit[1]),
            new("benefit=sosialhjelp", Dgp.Benefit[2]),
            new("age-40", Dgp.AgeLinear),
            new("(age-40)^2", Dgp.AgeSquared),
            new("prior_hours", Dgp.PriorHours),
        ];
    }

    /// <summary>Gets the intercept of the base model after the normalisation (the probability of the reference person aged 40 with no prior hours in an average office and month).</summary>
    public double Intercept { get; }

    /// <summary>Gets the base model: the intercept and the coefficients on the probability scale.</summary>
    /// <remarks>Reference levels: gender <c>mann</c>, education <c>vgs</c>, immigrant <c>nei</c>,
    /// need category <c>standard</c>, benefit <c>ingen</c>. Age enters as exact years minus 40 and its
    /// square; prior hours as mean weekly hours in the year before registration.</remarks>
    public IReadOnlyList<SyntheticCoefficient> BaseCoefficients { get; }

    /// <summary>Gets the true office effects, indexed by office code.</summary>
    public IReadOnlyList<SyntheticOfficeTruth> Offices { get; }

    /// <summary>Gets the true period effects for every month with records (stock months and extra months).</summary>
    public IReadOnlyList<SyntheticPeriodTruth> Periods { get; }

    /// <summary>Gets q = P(weekly hours &gt; 19 | in work).</summary>
    public double ShareOverNineteenHours { get; } = HoursMixture.ShareOverThreshold;

    /// <summary>Gets m = E[weekly hours | in work], summed over a person's jobs.</summary>
    public double MeanWeeklyHoursInWork { get; } = HoursMixture.MeanHours;

    /// <summary>Gets the smallest employment probability the generator used (it never clamps; always above 0.02).</summary>
    public double MinEmploymentProbability { get; }

    /// <summary>Gets the largest employment probability the generator used (always below 0.95).</summary>
    public double MaxEmploymentProbability { get; }

    /// <summary>Computes, for each stock row at month t, the base-model part of the employment probability in month t + <paramref name="monthsAhead"/>: intercept + x'beta + age terms at t+h, without office and period effects.</summary>
    /// <param name="stock">A panel with the columns of <see cref="SyntheticColumns"/>, such as <see cref="SyntheticNavData.Stock"/>.</param>
    /// <param name="monthsAhead">h, 0 or more.</param>
    /// <returns>One probability per row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsAhead"/> is negative.</exception>
    /// <exception cref="KeyNotFoundException">A needed column is missing.</exception>
    /// <exception cref="ArgumentException">A categorical column has a level the base model does not know.</exception>
    public double[] BaseProbabilities(PersonMonthPanel stock, int monthsAhead)
    {
        Guard.NotNull(stock);
        Guard.NonNegative(monthsAhead);
        var gender = LevelTerms(stock, ColumnNames.Gender, SyntheticColumns.GenderLevels, [0.0, Dgp.Female]);
        var education = LevelTerms(stock, ColumnNames.Education, SyntheticColumns.EducationLevels, Dgp.Education);
        var immigrant = LevelTerms(stock, ColumnNames.Immigrant, SyntheticColumns.ImmigrantLevels, [0.0, Dgp.Immigrant]);
        var need = LevelTerms(stock, ColumnNames.NeedCategory, SyntheticColumns.NeedCategoryLevels, Dgp.Need);
        var benefit = LevelTerms(stock, ColumnNames.Benefit, SyntheticColumns.BenefitLevels, Dgp.Benefit);
        var age = stock.Numeric(ColumnNames.Age).Array;
        var prior = stock.Numeric(ColumnNames.PriorHours).Array;
        var codes = new[]
        {
            stock.Categorical(ColumnNames.Gender).CodeArray,
            stock.Categorical(ColumnNames.Education).CodeArray,
            stock.Categorical(ColumnNames.Immigrant).CodeArray,
            stock.Categorical(ColumnNames.NeedCategory).CodeArray,
            stock.Categorical(ColumnNames.Benefit).CodeArray,
        };
        var shift = monthsAhead / 12.0;
        var result = new double[stock.RowCount];
        for (var row = 0; row < result.Length; row++)
        {
            result[row] = Intercept + gender[codes[0][row]] + education[codes[1][row]] + immigrant[codes[2][row]]
                + need[codes[3][row]] + benefit[codes[4][row]] + (Dgp.PriorHours * prior[row]) + Dgp.AgeTerm(age[row] + shift);
        }

        return result;
    }

    /// <summary>Computes, for each stock row at month t, the true probability of any work in month t + <paramref name="monthsAhead"/>, including office and period effects.</summary>
    /// <param name="stock">A panel with the columns of <see cref="SyntheticColumns"/>, such as <see cref="SyntheticNavData.Stock"/>.</param>
    /// <param name="monthsAhead">h, 0 or more.</param>
    /// <returns>One probability per row; NaN where t + h lies outside the months with records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsAhead"/> is negative.</exception>
    /// <exception cref="KeyNotFoundException">A needed column is missing.</exception>
    /// <exception cref="ArgumentException">A categorical column has a level the base model does not know, or an office is not one of this data set's offices.</exception>
    public double[] EmploymentProbabilities(PersonMonthPanel stock, int monthsAhead)
    {
        var result = BaseProbabilities(stock, monthsAhead);
        var officeColumn = stock.Categorical(ColumnNames.Office);
        var officeTerms = new double[officeColumn.LevelCount];
        for (var level = 0; level < officeTerms.Length; level++)
        {
            officeTerms[level] = _officeByName.TryGetValue(officeColumn.Levels[level], out var code)
                ? _officeEffects[code]
                : throw new ArgumentException($"Column '{ColumnNames.Office}': level '{officeColumn.Levels[level]}' is not an office of this data set.", nameof(stock));
        }

        var offices = officeColumn.CodeArray;
        var periods = stock.PeriodArray;
        for (var row = 0; row < result.Length; row++)
        {
            var s = periods[row].Index - _startIndex + monthsAhead;
            result[row] = s >= 0 && s < _periodEffects.Length
                ? result[row] + officeTerms[offices[row]] + _periodEffects[s]
                : double.NaN;
        }

        return result;
    }

    private static double[] LevelTerms(PersonMonthPanel stock, string name, IReadOnlyList<string> knownLevels, double[] coefficients)
    {
        var column = stock.Categorical(name);
        var terms = new double[column.LevelCount];
        for (var level = 0; level < terms.Length; level++)
        {
            var known = -1;
            for (var k = 0; k < knownLevels.Count; k++)
            {
                if (string.Equals(knownLevels[k], column.Levels[level], StringComparison.Ordinal))
                {
                    known = k;
                }
            }

            terms[level] = known >= 0
                ? coefficients[known]
                : throw new ArgumentException($"Column '{name}': level '{column.Levels[level]}' is not one of {string.Join(", ", knownLevels)}.", nameof(stock));
        }

        return terms;
    }
}
