using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class ObjectTableBuilderTests
{
    private sealed record Row(double Y, int? Age, string? Office);

    private static readonly ObjectTableBuilder<Row> Builder = new ObjectTableBuilder<Row>()
        .AddNumeric("y", r => r.Y)
        .AddNumeric("age", r => r.Age)
        .AddCategorical("office", r => r.Office);

    [Fact]
    public void Equals_the_csv_loader_on_the_same_data()
    {
        Row[] rows = [new(1, 30, "b"), new(0, null, "a,1"), new(double.PositiveInfinity, 40, null), new(0.5, 41, "b")];
        var fromObjects = Builder.Build(rows);
        var fromCsv = CsvLoader.LoadTable(
            new StringReader("y,age,office\n1,30,b\n0,NA,\"a,1\"\nInfinity,40,\n0.5,41,b\n"),
            new CsvSchema().AddNumeric("y").AddNumeric("age").AddCategorical("office"));
        Assert.Equal(fromCsv.Numeric("y").Values.ToArray(), fromObjects.Numeric("y").Values.ToArray());
        Assert.Equal(fromCsv.Numeric("age").Values.ToArray(), fromObjects.Numeric("age").Values.ToArray());
        Assert.Equal(fromCsv.Categorical("office").Codes.ToArray(), fromObjects.Categorical("office").Codes.ToArray());
        Assert.Equal(fromCsv.Categorical("office").Levels, fromObjects.Categorical("office").Levels);
    }

    [Fact]
    public void The_builder_can_be_reused_and_columns_keep_their_order()
    {
        var first = Builder.Build([new(1, 1, "x")]);
        var second = Builder.Build([new(2, 2, "y"), new(3, 3, "x")]);
        Assert.Equal(1, first.RowCount);
        Assert.Equal(2, second.RowCount);
        Assert.Equal(["y", "age"], second.NumericColumns.Select(c => c.Name));
        Assert.Equal(["x", "y"], second.Categorical("office").Levels); // ordinal order, not order of appearance
    }

    [Fact]
    public void An_empty_sequence_gives_an_empty_table()
    {
        var table = Builder.Build([]);
        Assert.Equal(0, table.RowCount);
        Assert.Equal(0, table.Numeric("y").Length);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Builder.Build(null!));
        Assert.Throws<ArgumentNullException>(() => new ObjectTableBuilder<Row>().AddCategorical("c", null!));
        Assert.Throws<ArgumentException>(() => new ObjectTableBuilder<Row>().AddNumeric(string.Empty, r => r.Y));
    }
}
