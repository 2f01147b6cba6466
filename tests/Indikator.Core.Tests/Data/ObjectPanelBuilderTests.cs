using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class ObjectPanelBuilderTests
{
    private sealed record PersonMonth(long Id, YearMonth Month, double Weight, double Age, int? Children, string? Office);

    private static ObjectPanelBuilder<PersonMonth> Builder() => new ObjectPanelBuilder<PersonMonth>()
        .WithPersonKey(x => x.Id)
        .WithPeriod(x => x.Month)
        .WithWeights(x => x.Weight)
        .AddNumeric("age", x => x.Age)
        .AddNumeric("children", x => x.Children)
        .AddCategorical("office", x => x.Office);

    private static readonly Gen<PersonMonth> Rows =
        from id in ArbMap.Default.ArbFor<long>().Generator
        from month in Gen.Choose(12, (9999 * 12) + 11).Select(YearMonth.FromIndex)
        from weight in Gen.Choose(0, 100_000).Select(w => w / 100.0)
        from age in CsvText.Number
        from children in Gen.Choose(-1, 5).Select(c => c < 0 ? (int?)null : c)
        from office in CsvText.Label
        select new PersonMonth(id, month, weight, age, children, office);

    private static string ToCsv(IEnumerable<PersonMonth> rows)
    {
        var lines = new List<IReadOnlyList<string>> { new[] { "id", "month", "weight", "age", "children", "office" } };
        lines.AddRange(rows.Select(r => (IReadOnlyList<string>)
        [
            r.Id.ToString(CultureInfo.InvariantCulture), r.Month.ToString(), CsvText.FormatNumber(r.Weight), CsvText.FormatNumber(r.Age),
            r.Children?.ToString(CultureInfo.InvariantCulture) ?? "NA", CsvText.Field(r.Office),
        ]));
        return CsvText.Join(lines);
    }

    private static bool Same(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Equals_the_csv_loader_on_the_same_data()
    {
        var schema = new CsvSchema().WithPersonKey("id").WithPeriod("month").WithWeights("weight")
            .AddNumeric("age").AddNumeric("children").AddCategorical("office");
        Prop.ForAll(Gen.ArrayOf(Rows).ToArbitrary(), rows =>
        {
            var fromObjects = Builder().Build(rows);
            var fromCsv = CsvLoader.LoadPanel(new StringReader(ToCsv(rows)), schema);
            return fromObjects.RowCount == fromCsv.RowCount
                && fromObjects.PersonKeys.Span.SequenceEqual(fromCsv.PersonKeys.Span)
                && fromObjects.Periods.Span.SequenceEqual(fromCsv.Periods.Span)
                && Same(fromObjects.Weights.Span, fromCsv.Weights.Span)
                && Same(fromObjects.Numeric("age").Values.Span, fromCsv.Numeric("age").Values.Span)
                && Same(fromObjects.Numeric("children").Values.Span, fromCsv.Numeric("children").Values.Span)
                && fromObjects.Categorical("office").Levels.SequenceEqual(fromCsv.Categorical("office").Levels)
                && fromObjects.Categorical("office").Codes.Span.SequenceEqual(fromCsv.Categorical("office").Codes.Span);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Null_numbers_are_NaN_and_null_or_empty_labels_are_missing()
    {
        var m = new YearMonth(2024, 1);
        var panel = Builder().Build([new(1, m, 1, 30, null, null), new(2, m, 1, 31, 2, string.Empty), new(3, m, 1, 32, 0, "Oslo")]);
        Assert.Equal([double.NaN, 2, 0], panel.Numeric("children").Values.ToArray());
        Assert.Equal([CategoricalColumn.MissingCode, CategoricalColumn.MissingCode, 0], panel.Categorical("office").Codes.ToArray());
        Assert.Equal(["Oslo"], panel.Categorical("office").Levels);
    }

    [Fact]
    public void A_lazy_sequence_is_enumerated_once_into_exact_columns()
    {
        var enumerations = 0;
        IEnumerable<PersonMonth> Lazy()
        {
            enumerations++;
            for (var i = 0; i < 20_000; i++)
            {
                yield return new PersonMonth(i, new YearMonth(2024, 1 + (i % 12)), 1, i, i % 3, (i % 7).ToString(CultureInfo.InvariantCulture));
            }
        }

        var panel = Builder().Build(Lazy());
        Assert.Equal(1, enumerations);
        Assert.Equal(20_000, panel.RowCount);
        Assert.Equal(19_999, panel.Numeric("age")[19_999]);
        Assert.Equal(7, panel.Categorical("office").LevelCount);
        Assert.Equal(20_000, panel.PersonKeys.Length);
    }

    [Fact]
    public void A_negative_weight_names_the_row_but_not_the_person()
    {
        var m = new YearMonth(2024, 1);
        var ex = Assert.Throws<ArgumentException>(() => Builder().Build([new(123456789, m, 1, 30, 0, "a"), new(987654321, m, -2, 30, 0, "a")]));
        Assert.Contains("row 1", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("987654321", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Person_key_and_period_selectors_are_required()
    {
        Assert.Throws<InvalidOperationException>(() => new ObjectPanelBuilder<PersonMonth>().WithPeriod(x => x.Month).Build([]));
        Assert.Throws<InvalidOperationException>(() => new ObjectPanelBuilder<PersonMonth>().WithPersonKey(x => x.Id).Build([]));
    }

    [Fact]
    public void Null_items_and_duplicate_names_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Builder().Build([null!]));
        Assert.Throws<ArgumentException>(() => Builder().AddNumeric("age", x => x.Age));
    }

    [Fact]
    public void Without_weights_the_panel_has_none()
    {
        var panel = new ObjectPanelBuilder<PersonMonth>().WithPersonKey(x => x.Id).WithPeriod(x => x.Month)
            .Build([new(1, new YearMonth(2024, 3), 1, 1, 1, "a")]);
        Assert.False(panel.HasWeights);
        Assert.Empty(panel.NumericColumns);
    }
}
