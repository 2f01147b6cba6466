using Indikator.Core.Indicators;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Synthetic;

/// <summary>
/// Checks that the exported truth is the truth on the scale of the measured outcomes. Persons are
/// independent, so standard errors below are cluster-robust by person (sum of squared per-person
/// residual sums); tolerances are 4 standard errors unless stated.
/// </summary>
public sealed class SyntheticTruthTests
{
    [Fact]
    public void Employment_probability_cannot_leave_002_to_095_for_any_person_office_and_month()
    {
        // Extremes over every combination of the additive terms, including burn-in months.
        var design = SyntheticDesign.Create(SyntheticFixtures.RecoveryOptions);
        static double Min(double[] v) => v.Min();
        static double Max(double[] v) => v.Max();
        var lowest = Dgp.Intercept + Dgp.Female + Dgp.Immigrant + Min(Dgp.Education) + Min(Dgp.Need) + Min(Dgp.Benefit)
            + Dgp.AgeTermMin + Min(design.OfficeEffectRaw) + Min(design.PeriodEffectRaw);
        var highest = Dgp.Intercept + Max(Dgp.Education) + Max(Dgp.Need) + Max(Dgp.Benefit)
            + (Dgp.PriorHours * HoursMixture.MaxTotalHours) + Dgp.AgeTermMax + Max(design.OfficeEffectRaw) + Max(design.PeriodEffectRaw);
        Assert.True(lowest > 0.02, $"lowest possible probability {lowest}");
        Assert.True(highest < 0.95, $"highest possible probability {highest}");

        var truth = SyntheticFixtures.Recovery.Truth;
        Assert.InRange(truth.MinEmploymentProbability, lowest, highest);
        Assert.InRange(truth.MaxEmploymentProbability, lowest, highest);
    }

    [Fact]
    public void Office_effects_are_centred_by_stock_person_months_and_period_effects_over_the_stock_months()
    {
        var data = SyntheticFixtures.Recovery;
        var offices = data.Truth.Offices;
        var weighted = offices.Sum(o => o.StockPersonMonths * o.Effect) / offices.Sum(o => o.StockPersonMonths);
        Assert.Equal(0.0, weighted, 12);
        Assert.Equal(data.Stock.RowCount, offices.Sum(o => o.StockPersonMonths));
        Assert.Equal(0.0, data.Truth.Periods.Take(data.Options.Months).Average(p => p.Effect), 12);
        Assert.Equal(data.Options.Months + data.Options.ExtraMonths, data.Truth.Periods.Count);
        var q = data.Truth.ShareOverNineteenHours;
        var m = data.Truth.MeanWeeklyHoursInWork;
        Assert.All(offices, o =>
        {
            Assert.Equal(q * o.Effect, o.Jobb3Effect, 15);
            Assert.Equal(m * o.Effect, o.Atid12Effect, 15);
        });
        var p0 = data.Truth.Periods[0];
        Assert.Equal(q * data.Truth.Periods[3].Effect, p0.Jobb3Effect, 15);
        Assert.Equal(m * data.Truth.Periods.Skip(1).Take(3).Average(p => p.Effect), p0.Atid3Effect, 12);
        Assert.True(double.IsNaN(data.Truth.Periods[^1].Jobb3Effect));
        Assert.True(double.IsNaN(data.Truth.Periods[data.Options.Months].Jobb12Effect));
    }

    [Fact]
    public void Office_effects_are_sizeable_and_offices_differ_in_composition()
    {
        var offices = SyntheticFixtures.Recovery.Truth.Offices;
        var effects = offices.Select(o => o.Effect).ToArray();
        Assert.InRange(StandardDeviation(effects), 0.015, 0.04);
        Assert.InRange(Correlation(offices.Select(o => o.CompositionIndex).ToArray(), effects), 0.3, 0.9);
    }

    [Fact]
    public void Jobb3_equals_q_times_the_true_probability_on_average_overall_and_in_every_office()
    {
        var data = SyntheticFixtures.Recovery;
        var q = data.Truth.ShareOverNineteenHours;
        var hours = data.WeeklyHoursAhead(3);
        var p = data.Truth.EmploymentProbabilities(data.Stock, 3);
        var y = new double[hours.Length];
        var expected = new double[hours.Length];
        for (var row = 0; row < y.Length; row++)
        {
            y[row] = double.IsNaN(hours[row]) ? double.NaN : hours[row] > 19.0 ? 1.0 : 0.0;
            expected[row] = q * p[row];
        }

        AssertUnbiased(data, y, expected);
    }

    [Fact]
    public void Atid3_and_jobb12_and_atid12_equal_their_true_expectations()
    {
        var data = SyntheticFixtures.Recovery;
        var q = data.Truth.ShareOverNineteenHours;
        var m = data.Truth.MeanWeeklyHoursInWork;

        var hours12 = data.WeeklyHoursAhead(12);
        var p12 = data.Truth.EmploymentProbabilities(data.Stock, 12);
        AssertUnbiased(data, [.. hours12.Select(h => double.IsNaN(h) ? double.NaN : h > 19.0 ? 1.0 : 0.0)], [.. p12.Select(p => q * p)]);

        foreach (var horizon in new[] { 3, 12 })
        {
            var sumHours = new double[data.Stock.RowCount];
            var sumP = new double[data.Stock.RowCount];
            for (var h = 1; h <= horizon; h++)
            {
                var hours = data.WeeklyHoursAhead(h);
                var p = data.Truth.EmploymentProbabilities(data.Stock, h);
                for (var row = 0; row < sumHours.Length; row++)
                {
                    sumHours[row] += hours[row];
                    sumP[row] += p[row];
                }
            }

            AssertUnbiased(data, [.. sumHours.Select(s => s / horizon)], [.. sumP.Select(s => m * s / horizon)]);
        }
    }

    [Fact]
    public void Risk_adjusted_office_means_track_the_truth_and_naive_means_do_not()
    {
        var data = SyntheticFixtures.Recovery;
        var q = data.Truth.ShareOverNineteenHours;
        var hours = data.WeeklyHoursAhead(3);
        var baseP = data.Truth.BaseProbabilities(data.Stock, 3);
        var periodIndex = data.Stock.PeriodArray;
        var offices = data.Stock.Categorical(ColumnNames.Office).CodeArray;
        var officeCount = data.Offices.Count;
        var n = new double[officeCount];
        var naive = new double[officeCount];
        var adjusted = new double[officeCount];
        for (var row = 0; row < hours.Length; row++)
        {
            if (double.IsNaN(hours[row]))
            {
                continue;
            }

            var y = hours[row] > 19.0 ? 1.0 : 0.0;
            var period = data.Truth.Periods[periodIndex[row].Index - data.FirstMonth.Index + 3].Effect;
            var o = offices[row];
            n[o]++;
            naive[o] += y;
            adjusted[o] += y - (q * (baseP[row] + period));
        }

        // Offices with at least 1 000 observed rows: sampling SE of a mean below 0.015, well under
        // the spread of q * u (about 0.02).
        var used = Enumerable.Range(0, officeCount).Where(o => n[o] >= 1_000).ToArray();
        Assert.True(used.Length >= 100, $"only {used.Length} offices are large enough");
        var truth = used.Select(o => data.Truth.Offices[o].Jobb3Effect).ToArray();
        var naiveCorrelation = Correlation(used.Select(o => naive[o] / n[o]).ToArray(), truth);
        var adjustedCorrelation = Correlation(used.Select(o => adjusted[o] / n[o]).ToArray(), truth);
        Assert.True(adjustedCorrelation > 0.8, $"adjusted correlation {adjustedCorrelation}");
        Assert.True(naiveCorrelation < adjustedCorrelation - 0.4, $"naive correlation {naiveCorrelation}, adjusted {adjustedCorrelation}");

        // Ranking: the naive best-decile offices are often not truly good.
        var bestNaive = used.OrderByDescending(o => naive[o] / n[o]).Take(used.Length / 10).ToArray();
        var bestAdjusted = used.OrderByDescending(o => adjusted[o] / n[o]).Take(used.Length / 10).ToArray();
        var medianTruth = truth.Order().ElementAt(truth.Length / 2);
        Assert.True(bestAdjusted.Average(o => data.Truth.Offices[o].Jobb3Effect) > bestNaive.Average(o => data.Truth.Offices[o].Jobb3Effect));
        Assert.True(bestAdjusted.Count(o => data.Truth.Offices[o].Jobb3Effect > medianTruth) > bestAdjusted.Length * 0.8);
    }

    [Fact]
    public void Base_probabilities_follow_the_published_coefficients()
    {
        var data = SyntheticFixtures.Small;
        var coefficients = data.Truth.BaseCoefficients.ToDictionary(c => c.Term, c => c.Value);
        var baseP = data.Truth.BaseProbabilities(data.Stock, 0);
        var baseP6 = data.Truth.BaseProbabilities(data.Stock, 6);
        var age = data.Stock.Numeric(ColumnNames.Age);
        var prior = data.Stock.Numeric(ColumnNames.PriorHours);
        string[] categorical = [ColumnNames.Gender, ColumnNames.Education, ColumnNames.Immigrant, ColumnNames.NeedCategory, ColumnNames.Benefit];
        for (var row = 0; row < data.Stock.RowCount; row += 97)
        {
            var a = age[row] - 40.0;
            var expected = coefficients["intercept"] + (coefficients["age-40"] * a) + (coefficients["(age-40)^2"] * a * a) + (coefficients["prior_hours"] * prior[row]);
            foreach (var name in categorical)
            {
                expected += coefficients.GetValueOrDefault(name + "=" + data.Stock.Categorical(name).LabelAt(row));
            }

            Assert.Equal(expected, baseP[row], 12);
            var a6 = a + 0.5;
            Assert.Equal(expected + (coefficients["age-40"] * 0.5) + (coefficients["(age-40)^2"] * ((a6 * a6) - (a * a))), baseP6[row], 12);
        }
    }

    [Fact]
    public void Probabilities_are_NaN_beyond_the_records_and_arguments_are_checked()
    {
        var data = SyntheticFixtures.Small;
        var far = data.Truth.EmploymentProbabilities(data.Stock, data.Options.Months + data.Options.ExtraMonths);
        Assert.All(far, p => Assert.True(double.IsNaN(p)));
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Truth.BaseProbabilities(data.Stock, -1));
        Assert.Throws<ArgumentNullException>(() => data.Truth.BaseProbabilities(null!, 0));
    }

    private static void AssertUnbiased(SyntheticNavData data, double[] y, double[] expected)
    {
        var keys = data.Stock.PersonKeyArray;
        var offices = data.Stock.Categorical(ColumnNames.Office).CodeArray;
        var officeCount = data.Offices.Count;
        var officeSum = new double[officeCount];
        var officeVar = new double[officeCount];
        var officePersons = new int[officeCount];
        double total = 0, totalVar = 0, personSum = 0;
        long rows = 0;
        for (var row = 0; row < y.Length; row++)
        {
            if (!double.IsNaN(y[row]))
            {
                var r = y[row] - expected[row];
                personSum += r;
                total += r;
                rows++;
            }

            if (row == y.Length - 1 || keys[row + 1] != keys[row])
            {
                // Persons never change office, so the person sums are the office clusters too.
                officeSum[offices[row]] += personSum;
                officeVar[offices[row]] += personSum * personSum;
                officePersons[offices[row]]++;
                totalVar += personSum * personSum;
                personSum = 0;
            }
        }

        var z = total / Math.Sqrt(totalVar);
        Assert.True(Math.Abs(z) < 4, $"overall mean residual {total / rows} has z = {z}");

        // Per office z-scores should look standard normal: mean square about 1 (its SE over ~200
        // offices is sqrt(2/200) = 0.1), and a biased truth would inflate it. Offices with at least
        // 50 persons, so that the estimated variance is close to the true one.
        var squares = Enumerable.Range(0, officeCount).Where(o => officePersons[o] >= 50).Select(o => officeSum[o] * officeSum[o] / officeVar[o]).ToArray();
        Assert.InRange(squares.Average(), 0.6, 1.4);
    }

    private static double StandardDeviation(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    private static double Correlation(double[] x, double[] y) => Indikator.Core.Indicators.IndicatorCorrelation.Pearson(x, y);
}
