using System.Collections;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Internal;

namespace Indikator.Core.Tests.Internal;

public sealed class ValueListTests
{
    [Fact]
    public void Equal_content_means_equal_lists_and_hash_codes()
        => Prop.ForAll(Gen.Choose(-5, 5).ArrayOf().ToArbitrary(), Gen.Choose(-5, 5).ArrayOf().ToArbitrary(), (a, b) =>
        {
            var x = ValueList.Of(a);
            var y = ValueList.Of(b.ToList());
            var equal = a.SequenceEqual(b);
            return x.Equals(y) == equal && x.Equals((object)y) == equal && (!equal || x.GetHashCode() == y.GetHashCode());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Of_copies_and_keeps_an_existing_list()
    {
        var source = new List<int> { 1, 2, 3 };
        var list = ValueList.Of(source);
        source[0] = 9;
        Assert.Equal([1, 2, 3], list);
        Assert.Same(list, ValueList.Of(list));
        Assert.Same(ValueList<int>.Empty, ValueList.Of(new List<int>()));
        Assert.Equal("Items", Assert.Throws<ArgumentNullException>(() => ValueList.Of<int>(null!, "Items")).ParamName);
    }

    [Fact]
    public void Writes_through_the_collection_interfaces_are_refused()
    {
        var list = ValueList.Of([1, 2]);
        IList<int> generic = list;
        IList plain = list;
        Assert.True(generic.IsReadOnly);
        Assert.True(plain.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => generic[0] = 5);
        Assert.Throws<NotSupportedException>(() => generic.Add(5));
        Assert.Throws<NotSupportedException>(() => generic.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => plain[0] = 5);
        Assert.Throws<NotSupportedException>(() => plain.Clear());
        var copy = list.ToArray();
        copy[0] = 7;
        Assert.Equal([1, 2], list);
        Assert.Equal("[1, 2]", list.ToString());
    }

    [Fact]
    public void Maps_are_equal_whatever_the_order_of_their_entries()
    {
        var a = ValueMap.Of(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });
        var b = ValueMap.Of(new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 });
        var c = ValueMap.Of(new Dictionary<string, int> { ["a"] = 1, ["b"] = 3 });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.False((object)a is IDictionary<string, int>);
    }

    [Fact]
    public void A_map_keeps_the_key_comparer_of_a_dictionary()
    {
        var map = ValueMap.Of(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Oslo"] = 1 });
        Assert.Equal(1, map["OSLO"]);
    }
}
