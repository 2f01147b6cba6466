using Indikator.Core.Data;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>One name per idea: a user who imports two of the packages' namespaces, or MathNet.Numerics beside them,
/// must never need a namespace to tell two types apart.</summary>
public class TypeNameTests
{
    private static readonly Type[] Exported =
    [
        .. typeof(YearMonth).Assembly.GetExportedTypes(),
        .. typeof(Indikator.Core.Parquet.ParquetLoader).Assembly.GetExportedTypes(),
        .. typeof(Indikator.Core.DuckDB.DuckDbLoader).Assembly.GetExportedTypes(),
        .. typeof(Indikator.Core.PostgreSql.PostgreSqlLoader).Assembly.GetExportedTypes(),
    ];

    [Fact]
    public void No_two_public_types_share_a_name()
    {
        var clashes = Exported.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(t => t.FullName))).ToList();
        Assert.True(clashes.Count == 0, "public types sharing a name: " + string.Join("; ", clashes));
    }

    [Fact]
    public void No_public_type_shares_a_name_with_a_MathNet_type()
    {
        var mathNet = typeof(MathNet.Numerics.Statistics.Correlation).Assembly.GetExportedTypes()
            .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var clashes = Exported.Where(t => mathNet.Contains(t.Name)).Select(t => t.FullName).ToList();
        Assert.True(clashes.Count == 0, "public types named like a MathNet.Numerics type: " + string.Join(", ", clashes));
    }
}
