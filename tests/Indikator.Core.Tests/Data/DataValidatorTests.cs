using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class DataValidatorTests
{
    private const double Nan = double.NaN;
    private const double Inf = double.PositiveInfinity;

    private static ColumnTable Table() => new ColumnTableBuilder()
        .AddNumeric("age", [30, Nan, 15, Inf, 70, 40, -Inf, 200, 10, 5, 1])
        .AddNumeric("income", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
        .AddCategorical("office", ["a", null, "b", "a", null, "c", "a", "a", "a", "a", "a"])
        .Build();

    [Fact]
    public void Counts_missing_non_finite_and_out_of_range_values_and_lists_the_first_five_invalid_rows()
    {
        var rules = new ValidationRules { Ranges = new Dictionary<string, ValueRange> { ["age"] = new(16, 67) } };
        var report = DataValidator.Validate(Table(), rules);
        var age = report.Column("age");
        Assert.Equal(ColumnKind.Numeric, age.Kind);
        Assert.Equal(11, age.RowCount);
        Assert.Equal(1, age.MissingCount);
        Assert.Equal(2, age.NonFiniteCount);

        // 15, 70, 200, 10, 5, 1 lie outside [16, 67]; missing is allowed by default.
        Assert.Equal(6, age.OutOfRangeCount);
        Assert.Equal(8, age.InvalidCount);
        Assert.Equal([2, 3, 4, 6, 7], age.FirstInvalidRows);
        Assert.False(age.IsValid);
        Assert.True(report.Column("income").IsValid);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Categorical_columns_report_missing_and_levels_and_fail_only_when_required()
    {
        var lenient = DataValidator.Validate(Table()).Column("office");
        Assert.Equal(2, lenient.MissingCount);
        Assert.Equal(3, lenient.LevelCount);
        Assert.True(lenient.IsValid);

        var strict = DataValidator.Validate(Table(), new ValidationRules { RequiredColumns = ["office"] }).Column("office");
        Assert.Equal(2, strict.InvalidCount);
        Assert.Equal([1, 4], strict.FirstInvalidRows);
    }

    [Fact]
    public void Required_numeric_columns_count_missing_values_as_invalid()
    {
        var age = DataValidator.Validate(Table(), new ValidationRules { RequiredColumns = ["age"] }).Column("age");
        Assert.Equal(3, age.InvalidCount);
        Assert.Equal([1, 3, 6], age.FirstInvalidRows);
    }

    [Fact]
    public void A_weight_column_of_a_table_must_be_present_finite_and_non_negative()
    {
        var table = new ColumnTableBuilder().AddNumeric("w", [1, -0.5, Nan, 0, Inf]).Build();
        var w = DataValidator.Validate(table, new ValidationRules { WeightColumn = "w" }).Column("w");
        Assert.Equal(ColumnKind.Weight, w.Kind);
        Assert.Equal(1, w.OutOfRangeCount);
        Assert.Equal(1, w.MissingCount);
        Assert.Equal(1, w.NonFiniteCount);
        Assert.Equal([1, 2, 4], w.FirstInvalidRows);
    }

    [Fact]
    public void Panel_weights_are_reported()
    {
        // The internal constructor lets bad weights through, as a panel built elsewhere might.
        var periods = new[] { new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 3) };
        var panel = new PersonMonthPanel([1, 2, 3], periods, [1, -1, 2], new ColumnTableBuilder().Build(expectedRows: 3));
        var report = DataValidator.Validate(panel);
        var weights = report.Column(DataValidator.PanelWeightsName);
        Assert.Equal(ColumnKind.Weight, weights.Kind);
        Assert.Equal([1], weights.FirstInvalidRows);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Rules_naming_unknown_or_wrongly_typed_columns_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => DataValidator.Validate(Table(), new ValidationRules { Ranges = new Dictionary<string, ValueRange> { ["office"] = new(0, 1) } }));
        Assert.Throws<ArgumentException>(() => DataValidator.Validate(Table(), new ValidationRules { RequiredColumns = ["nope"] }));
        Assert.Throws<ArgumentException>(() => DataValidator.Validate(Table(), new ValidationRules { WeightColumn = "office" }));
        Assert.Throws<ArgumentNullException>(() => DataValidator.Validate(null!));
    }

    [Fact]
    public void Counts_agree_with_a_direct_count()
    {
        var values = Gen.ArrayOf(Gen.Frequency(
            (1, Gen.Constant(Nan)), (1, Gen.Elements(Inf, -Inf)), (6, Gen.Choose(-100, 100).Select(i => (double)i))));
        Prop.ForAll(values.ToArbitrary(), v =>
        {
            var table = new ColumnTableBuilder().AddNumeric("x", v).Build();
            var x = DataValidator.Validate(table, new ValidationRules { Ranges = new Dictionary<string, ValueRange> { ["x"] = new(-50, 50) } }).Column("x");
            var invalidRows = Enumerable.Range(0, v.Length).Where(i => double.IsInfinity(v[i]) || Math.Abs(v[i]) > 50).ToArray();
            return x.MissingCount == v.Count(double.IsNaN)
                && x.NonFiniteCount == v.Count(double.IsInfinity)
                && x.OutOfRangeCount == v.Count(d => double.IsFinite(d) && Math.Abs(d) > 50)
                && x.InvalidCount == invalidRows.Length
                && x.FirstInvalidRows.SequenceEqual(invalidRows.Take(ColumnValidation.MaxListedRows));
        }).QuickCheckThrowOnFailure();
    }
}
