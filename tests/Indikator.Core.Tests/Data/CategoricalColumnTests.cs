using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public sealed class CategoricalColumnTests
{
    [Fact]
    public void Levels_are_in_ordinal_order_with_Norwegian_letters_by_code_point()
    {
        // Code points: B 0x42, Z 0x5A, a 0x61, Å 0xC5, Æ 0xC6, Ø 0xD8; so Å, Æ, Ø after all ASCII letters, in that order
        // (Norwegian alphabetical order would be Æ, Ø, Å).
        string?[] labels = ["Ø", "a", null, "Å", "Z", "Æ", "B", "Ø"];
        var column = new ColumnTableBuilder().AddCategorical("c", labels).Build().Categorical("c");

        Assert.Equal(["B", "Z", "a", "Å", "Æ", "Ø"], column.Levels);
        Assert.Equal([5, 2, CategoricalColumn.MissingCode, 3, 1, 4, 0, 5], column.Codes.ToArray());
        Assert.Equal(labels, Enumerable.Range(0, labels.Length).Select(column.LabelAt));
    }

    [Fact]
    public void Encoded_columns_are_sorted_on_a_copy_of_the_codes()
    {
        int[] codes = [0, 1, 2, -1, 0];
        var column = new ColumnTableBuilder().AddCategorical("c", codes, ["r2", "r10", "r1"]).Build().Categorical("c");

        Assert.Equal(["r1", "r10", "r2"], column.Levels);
        Assert.Equal([2, 1, 0, -1, 2], column.Codes.ToArray());
        Assert.Equal([0, 1, 2, -1, 0], codes);
    }

    [Fact]
    public void Levels_and_labels_do_not_depend_on_row_order()
    {
        var label = Gen.Elements("Oslo", "Bergen", "Ås", "Ørland", "Ærø", "bodø", "10", "9");
        var rows = from n in Gen.Choose(1, 40) from l in Gen.ArrayOf(label, n) from seed in Gen.Choose(0, 1000) select (l, seed);
        Prop.ForAll(rows.ToArbitrary(), data =>
        {
            var (labels, seed) = data;
            var shuffled = (string[])labels.Clone();
            new Random(seed).Shuffle(shuffled);
            var a = new ColumnTableBuilder().AddCategorical("c", labels).Build().Categorical("c");
            var b = new ColumnTableBuilder().AddCategorical("c", shuffled).Build().Categorical("c");

            Assert.Equal(a.Levels, b.Levels);
            Assert.Equal(labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), a.Levels);
            Assert.Equal(shuffled, Enumerable.Range(0, shuffled.Length).Select(b.LabelAt));
        }).QuickCheckThrowOnFailure();
    }
}
