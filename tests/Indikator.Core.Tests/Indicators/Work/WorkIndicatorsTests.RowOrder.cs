using Indikator.Core.Indicators;
using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Row order: shuffling the stock and the employment records changes no published table, no model
/// coefficient name and no reference level; numbers agree to floating-point noise.</summary>
public sealed partial class WorkIndicatorsTests
{
    /// <summary>Sums over rows in another order differ by rounding only: the relative bound 1e-9 is about
    /// 10^4 person-months times 2^-52 times a condition factor of 10^3, far below any published digit (at most 4 decimals
    /// of a number of order 1), and far above rounding noise (about 1e-13 observed on fits of this size).</summary>
    private const double RowOrderTolerance = 1e-9;

    [Fact]
    public void Shuffled_stock_and_employment_give_the_same_tables_models_and_report()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 17, TargetPersonMonths = 4_000, Months = 12 });
        var options = new WorkIndicatorOptions { Outcomes = ["jobb3", "atid12"], MinimumPersons = 3 };
        var reportOptions = new IndicatorReportOptions(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), "Synthetic data, seed 17.");

        var (work, report) = Run(data.Stock, data.Employment, data.LastRecordMonth, options, reportOptions);
        var random = new Random(2026);
        var stock = ShuffledPanel(data.Stock, random);
        var employment = ShuffledEmployment(data.Employment, random);
        // The shuffle must matter: offices appear in another order, so codes by first appearance would differ.
        Assert.NotEqual(FirstAppearance(data.Stock.Categorical(ColumnNames.Office)), FirstAppearance(stock.Categorical(ColumnNames.Office)));
        var (shuffledWork, shuffledReport) = Run(stock, employment, data.LastRecordMonth, options, reportOptions);

        foreach (var outcome in options.Outcomes)
        {
            var model = work.Model(outcome);
            var other = shuffledWork.Model(outcome);
            Assert.Equal(model.CoefficientNames, other.CoefficientNames);
            Assert.Equal(model.ReferenceLevels.OrderBy(p => p.Key, StringComparer.Ordinal), other.ReferenceLevels.OrderBy(p => p.Key, StringComparer.Ordinal));

            // Bands keep their natural order, so the youngest band is the reference, not the ordinally first "25-30".
            Assert.Equal("<25", model.ReferenceLevels[ColumnNames.Age + "_band"]);
            for (var j = 0; j < model.Estimates.Count; j++)
            {
                AssertSameNumber(model.Estimates[j], other.Estimates[j], $"{outcome} coefficient {model.CoefficientNames[j]}");
            }
        }

        Assert.Equal(work.Tables.Count, shuffledWork.Tables.Count);
        for (var t = 0; t < work.Tables.Count; t++)
        {
            var (a, b) = (work.Tables[t], shuffledWork.Tables[t]);
            Assert.Equal((a.Outcome, a.Level.Name, a.Variant), (b.Outcome, b.Level.Name, b.Variant));
            Assert.Equal(a.Rows.Select(r => (r.Unit, r.Month, r.Status, r.Persons, r.PersonMonths)), b.Rows.Select(r => (r.Unit, r.Month, r.Status, r.Persons, r.PersonMonths)));
            for (var r = 0; r < a.Rows.Count; r++)
            {
                AssertSameNumber(a.Rows[r].Contribution, b.Rows[r].Contribution, $"{a.Outcome} {a.Level.Name} {a.Rows[r].Unit} contribution");
                AssertSameNumber(a.Rows[r].StandardError, b.Rows[r].StandardError, $"{a.Outcome} {a.Level.Name} {a.Rows[r].Unit} se");
            }
        }

        Assert.Equal(report.Tables.Count, shuffledReport.Tables.Count);
        for (var t = 0; t < report.Tables.Count; t++)
        {
            var (a, b) = (report.Tables[t], shuffledReport.Tables[t]);
            Assert.Equal(a.Title, b.Title);
            Assert.Equal(a.Columns.Select(c => c.Name), b.Columns.Select(c => c.Name));
            Assert.Equal(a.Rows.Count, b.Rows.Count);
            for (var r = 0; r < a.Rows.Count; r++)
            {
                for (var c = 0; c < a.Columns.Count; c++)
                {
                    var (x, y) = (a[r, c], b[r, c]);
                    var where = string.Create(CultureInfo.InvariantCulture, $"table '{a.Title}' row {r} column {a.Columns[c].Name}");
                    Assert.True(x.Status == y.Status && x.Text == y.Text, $"{where}: {x} vs {y}");
                    AssertSameNumber(x.Number, y.Number, where);
                }
            }
        }

        Assert.Equal(report.Charts.Select(c => c.Title), shuffledReport.Charts.Select(c => c.Title));
        Assert.Equal(report.Charts.Select(c => c.ToSvg()), shuffledReport.Charts.Select(c => c.ToSvg()));
    }

    private static string[] FirstAppearance(CategoricalColumn column)
        => [.. Enumerable.Range(0, column.Length).Select(column.LabelAt).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static void AssertSameNumber(double? expected, double? actual, string where)
    {
        Assert.True(expected.HasValue == actual.HasValue, $"{where}: {expected} vs {actual}");
        if (expected is { } x && actual is { } y)
        {
            Assert.True(Math.Abs(x - y) <= RowOrderTolerance * Math.Max(Math.Abs(x), 1e-3), string.Create(CultureInfo.InvariantCulture, $"{where}: {x:R} vs {y:R}"));
        }
    }

    private static (WorkIndicatorResult Work, Report Report) Run(PersonMonthPanel stock, EmploymentRecords employment, YearMonth last, WorkIndicatorOptions options, IndicatorReportOptions reportOptions)
    {
        var panel = WorkVolume.Compute(stock, employment, new WorkVolumeOptions(last)).AddTo(stock);
        var work = WorkIndicators.Compute(panel, options);
        return (work, IndicatorReport.Compose(work, legacy: null, reportOptions));
    }

    /// <summary>The stock in a random row order, with categorical columns rebuilt from their labels, as a file in that order would be read.</summary>
    internal static PersonMonthPanel ShuffledPanel(PersonMonthPanel panel, Random random)
    {
        var order = Enumerable.Range(0, panel.RowCount).ToArray();
        random.Shuffle(order);
        T[] Permute<T>(ReadOnlySpan<T> values)
        {
            var result = new T[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                result[i] = values[order[i]];
            }

            return result;
        }

        var builder = new PersonMonthPanelBuilder().WithPersonKeys(Permute(panel.PersonKeys.Span)).WithPeriods(Permute(panel.Periods.Span));
        if (panel.HasWeights)
        {
            builder.WithWeights(Permute(panel.Weights.Span));
        }

        foreach (var column in panel.NumericColumns)
        {
            builder.AddNumeric(column.Name, Permute(column.Values.Span));
        }

        foreach (var column in panel.CategoricalColumns)
        {
            var labels = new string?[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                labels[i] = column.LabelAt(order[i]);
            }

            builder.AddCategorical(column.Name, labels);
        }

        return builder.Build();
    }

    private static EmploymentRecords ShuffledEmployment(EmploymentRecords records, Random random)
    {
        var order = Enumerable.Range(0, records.Count).ToArray();
        random.Shuffle(order);
        var keys = records.PersonKeys.ToArray();
        var months = records.Months.ToArray();
        var hours = records.WeeklyHours.ToArray();
        var earnings = records.Earnings.ToArray();
        return new EmploymentRecords(
            [.. order.Select(i => keys[i])],
            [.. order.Select(i => months[i])],
            [.. order.Select(i => hours[i])],
            records.HasEarnings ? [.. order.Select(i => earnings[i])] : null);
    }
}
