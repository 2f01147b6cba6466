using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class ColumnBufferTests
{
    [Fact]
    public void ToArray_returns_exactly_the_added_values_in_order()
    {
        var cases =
            from count in Gen.Choose(0, 30_000)
            from capacity in Gen.Elements(0, 1, 7, 4096, 30_000)
            select (count, capacity);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var buffer = new ColumnBuffer<int>(c.capacity);
            for (var i = 0; i < c.count; i++)
            {
                buffer.Add(i * 3);
            }

            var array = buffer.ToArray();
            return buffer.Count == 0 && array.Length == c.count && array.Select((v, i) => v == i * 3).All(ok => ok);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_exactly_filled_first_chunk_is_returned_without_copying()
    {
        var buffer = new ColumnBuffer<double>(3);
        buffer.Add(1);
        buffer.Add(2);
        buffer.Add(3);
        Assert.Equal([1.0, 2, 3], buffer.ToArray());
    }
}
