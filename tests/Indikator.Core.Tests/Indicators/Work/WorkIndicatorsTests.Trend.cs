using Indikator.Core.Data;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>The national time series: one model pooled over all months by default, and the linearised standard error.</summary>
public sealed partial class WorkIndicatorsTests
{
    private static readonly YearMonth TrendJanuary = new(2024, 1);
    private static readonly YearMonth TrendFebruary = new(2024, 2);

    /// <summary>
    /// Two offices, two months, persons p1..p5:
    /// January: A p1 y=1, A p2 y=0, B p3 y=0, B p4 y=0 (mean 1/4);
    /// February: A p1 y=1, A p2 y=1, B p3 y=1, B p5 y=0 (mean 3/4). Mean over both months 4/8 = 1/2.
    /// </summary>
    private static PersonMonthPanel TwoOfficesTwoMonths() => new PersonMonthPanelBuilder()
        .WithPersonKeys([1, 2, 3, 4, 1, 2, 3, 5])
        .WithPeriods([TrendJanuary, TrendJanuary, TrendJanuary, TrendJanuary, TrendFebruary, TrendFebruary, TrendFebruary, TrendFebruary])
        .AddNumeric("y", [1, 0, 0, 0, 1, 1, 1, 0])
        .AddCategorical("office", [0, 0, 1, 1, 0, 0, 1, 1], ["A", "B"])
        .Build();

    private static WorkIndicatorResult TwoOfficesTwoMonths(bool compareWithinMonth) => WorkIndicators.Compute(TwoOfficesTwoMonths(), new WorkIndicatorOptions
    {
        Outcomes = ["y"],
        Model = new WorkRiskModelSpec { CompareWithinMonth = compareWithinMonth },
        Units = [WorkUnitLevel.Country, new WorkUnitLevel("office", "office")],
        FixedEffectLevels = [],
        MinimumPersons = 1,
    });

    [Fact]
    public void By_default_the_national_contribution_of_a_month_is_its_mean_minus_the_mean_over_all_months()
    {
        var result = TwoOfficesTwoMonths(compareWithinMonth: false);
        var country = result.Table("y", "country");
        // Intercept-only model: expected = 1/2 for every row. January 1/4 - 1/2, February 3/4 - 1/2.
        var january = country.Find(WorkUnitLevel.CountryUnit, TrendJanuary)!;
        var february = country.Find(WorkUnitLevel.CountryUnit, TrendFebruary)!;
        Assert.Equal(SuppressionStatus.Published, january.Status);
        Assert.Equal(-0.25, january.Contribution!.Value, 12);
        Assert.Equal(0.5, january.Expected!.Value, 12);
        Assert.Equal(0.25, february.Contribution!.Value, 12);
        Assert.Equal(0, country.Find(WorkUnitLevel.CountryUnit, null)!.Contribution!.Value, 12);
        Assert.Equal(0, country.Find(WorkUnitLevel.CountryUnit, null)!.StandardError!.Value);
        // Relative to the national actual of the month: -0.25 / 0.25.
        Assert.Equal(-1, january.RelativeContribution!.Value, 12);

        // Offices against the mean over both months: A has 3/4 (January 1/2, February 1), B 1/4 (January 0, February 1/2).
        var offices = result.Table("y", "office");
        Assert.Equal(0.25, offices.Find("A", null)!.Contribution!.Value, 12);
        Assert.Equal(-0.25, offices.Find("B", null)!.Contribution!.Value, 12);
        Assert.Equal(0, offices.Find("A", TrendJanuary)!.Contribution!.Value, 12);
        Assert.Equal(0.5, offices.Find("A", TrendFebruary)!.Contribution!.Value, 12);
        Assert.Equal(-0.5, offices.Find("B", TrendJanuary)!.Contribution!.Value, 12);
    }

    [Fact]
    public void The_national_monthly_standard_error_is_the_linearised_clustered_variance_computed_by_hand()
    {
        var january = TwoOfficesTwoMonths(compareWithinMonth: false).Table("y", "country").Find(WorkUnitLevel.CountryUnit, TrendJanuary)!;
        // Residuals e = y - 1/2: January +.5 -.5 -.5 -.5, February +.5 +.5 +.5 -.5. (X'X)^-1 = 1/8, so the weight of row i
        // is c_i = 1[i in January]/4 - 1/8. Per person sum of c_i e_i: p1 (1/8)(.5) + (-1/8)(.5) = 0; p2 (1/8)(-.5) +
        // (-1/8)(.5) = -1/8; p3 the same -1/8; p4 (1/8)(-.5) = -1/16; p5 (-1/8)(-.5) = 1/16. Sum of squares
        // 2/64 + 2/256 = 10/256. Small-sample factor (n-1)/(n-K) G/(G-1) = 7/7 * 5/4. Variance 50/1024.
        Assert.Equal(Math.Sqrt(50.0 / 1024), january.StandardError!.Value, 12);
        var z = 1.959963984540054;
        Assert.Equal(-0.25 - (z * Math.Sqrt(50.0 / 1024)), january.Lower!.Value, 10);
    }

    [Fact]
    public void Compared_within_the_month_the_national_contribution_is_zero_and_offices_are_compared_with_their_month()
    {
        var result = TwoOfficesTwoMonths(compareWithinMonth: true);
        foreach (var row in result.Table("y", "country").Rows)
        {
            Assert.Equal(0, row.Contribution!.Value, 12);
            Assert.Equal(0, row.StandardError!.Value);
        }

        // Office A in January: 1/2 against the national 1/4; in February 1 against 3/4.
        var offices = result.Table("y", "office");
        Assert.Equal(0.25, offices.Find("A", TrendJanuary)!.Contribution!.Value, 12);
        Assert.Equal(0.25, offices.Find("A", TrendFebruary)!.Contribution!.Value, 12);
        Assert.Equal(-0.25, offices.Find("B", TrendJanuary)!.Contribution!.Value, 12);
    }

    [Fact]
    public void Linearised_standard_errors_equal_a_direct_computation_over_rows_for_every_cell()
    {
        var panel = CrossedPanels.Build(150, 7);
        var result = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = new WorkRiskModelSpec { Numeric = ["x"] },
            Units = [WorkUnitLevel.Country, new WorkUnitLevel("office", "office"), OfficeNeed],
            FixedEffectLevels = [],
            MinimumPersons = 1,
        });

        var x = panel.Numeric("x").Values.ToArray();
        var y = panel.Numeric("y").Values.ToArray();
        var office = panel.Categorical("office").Codes.ToArray();
        var need = panel.Categorical("need").Codes.ToArray();
        // Codes index the panel's levels, which are in ordinal order, not in the order CrossedPanels lists them.
        var officeNames = panel.Categorical("office").Levels;
        var needNames = panel.Categorical("need").Levels;
        var period = panel.PeriodArray;
        var keys = panel.PersonKeyArray;
        var n = y.Length;

        // OLS of y on (1, x): (X'X)^-1 of the 2 x 2 matrix [[n, Sx], [Sx, Sxx]], residuals e = y - b0 - b1 x.
        double sx = 0, sxx = 0, sy = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sx += x[i];
            sxx += x[i] * x[i];
            sy += y[i];
            sxy += x[i] * y[i];
        }

        var det = (n * sxx) - (sx * sx);
        double[,] inverse = { { sxx / det, -sx / det }, { -sx / det, n / det } };
        var b0 = (inverse[0, 0] * sy) + (inverse[0, 1] * sxy);
        var b1 = (inverse[1, 0] * sy) + (inverse[1, 1] * sxy);
        var e = new double[n];
        for (var i = 0; i < n; i++)
        {
            e[i] = y[i] - b0 - (b1 * x[i]);
        }

        var persons = keys.Distinct().Count();
        var factor = (n - 1.0) / (n - 2) * persons / (persons - 1.0);

        // For a cell: c_i = 1[i in cell]/n_c - xbar_c'(X'X)^-1 x_i; variance = factor * sum over persons of (sum of c_i e_i)^2.
        double Direct(Func<int, bool> inCell)
        {
            var rows = Enumerable.Range(0, n).Where(inCell).ToArray();
            var m0 = 1.0;
            var m1 = rows.Average(i => x[i]);
            var a0 = (inverse[0, 0] * m0) + (inverse[0, 1] * m1);
            var a1 = (inverse[1, 0] * m0) + (inverse[1, 1] * m1);
            var perPerson = new Dictionary<long, double>();
            for (var i = 0; i < n; i++)
            {
                var c = (inCell(i) ? 1.0 / rows.Length : 0) - a0 - (a1 * x[i]);
                perPerson[keys[i]] = perPerson.GetValueOrDefault(keys[i]) + (c * e[i]);
            }

            return Math.Sqrt(factor * perPerson.Values.Sum(v => v * v));
        }

        var months = period.Distinct().Order().ToArray();
        var checkedCells = 0;
        void Check(WorkIndicatorRow? row, Func<int, bool> inCell)
        {
            if (row?.StandardError is not { } se)
            {
                return;
            }

            var expected = Direct(inCell);
            Assert.Equal(expected, se, expected * 1e-9);
            checkedCells++;
        }

        var country = result.Table("y", "country");
        foreach (var month in months)
        {
            Check(country.Find(WorkUnitLevel.CountryUnit, month), i => period[i] == month);
        }

        var offices = result.Table("y", "office");
        var cells = result.Table("y", "office_need");
        for (var o = 0; o < officeNames.Count; o++)
        {
            var oo = o;
            Check(offices.Find(officeNames[o], null), i => office[i] == oo);
            foreach (var month in months)
            {
                Check(offices.Find(officeNames[o], month), i => office[i] == oo && period[i] == month);
            }

            for (var k = 0; k < needNames.Count; k++)
            {
                var kk = k;
                Check(cells.Find(officeNames[o] + " / " + needNames[k], null), i => office[i] == oo && need[i] == kk);
            }
        }

        // 5 national months, 4 offices pooled and in 5 months, up to 12 crossed cells.
        Assert.True(checkedCells >= 5 + 4 + 20 + 10, $"checked {checkedCells}");
        // The pooled national row has weights c_i = 1/n - xbar'(X'X)^-1 x_i = 0 (xbar'(X'X)^-1 X' = 1'/n with an intercept).
        Assert.Equal(0, country.Find(WorkUnitLevel.CountryUnit, null)!.StandardError!.Value);
        Assert.True(Direct(_ => true) < 1e-9);
    }
}
