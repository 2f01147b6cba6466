using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class CsvSchemaTests
{
    [Fact]
    public void Methods_return_new_schemas_and_leave_the_original_unchanged()
    {
        var empty = new CsvSchema();
        var one = empty.AddNumeric("x");
        Assert.Equal(0, empty.Count);
        Assert.Equal(1, one.Count);
    }

    [Fact]
    public void A_header_cannot_be_read_twice()
    {
        var schema = new CsvSchema().AddNumeric("x").WithPersonKey("id");
        Assert.Throws<ArgumentException>(() => schema.AddCategorical("x", "other"));
        Assert.Throws<ArgumentException>(() => schema.WithPeriod("id"));
    }

    [Fact]
    public void A_column_name_cannot_be_used_twice()
        => Assert.Throws<ArgumentException>(() => new CsvSchema().AddNumeric("a", "x").AddCategorical("b", "x"));

    [Fact]
    public void With_person_key_replaces_an_earlier_choice()
    {
        var schema = new CsvSchema().WithPersonKey("old").WithPeriod("m").WithPersonKey("new");
        Assert.Equal(2, schema.Count);
        var panel = CsvLoader.LoadPanel(new StringReader("new,m\n5,2024-01\n"), schema);
        Assert.Equal([5L], panel.PersonKeys.ToArray());
    }

    [Fact]
    public void Empty_or_null_headers_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new CsvSchema().AddNumeric(" "));
        Assert.Throws<ArgumentNullException>(() => new CsvSchema().AddNumeric(null!));
    }
}
