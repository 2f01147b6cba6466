using System.Reflection;
using System.Text;
using Indikator.Core.Data;
using PublicApiGenerator;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>
/// Compares each package's public surface, as PublicApiGenerator writes it, with its committed PublicAPI.txt so
/// that every API change shows as a diff in review. To accept a change, run the tests with INDIKATOR_UPDATE_PUBLIC_API=1
/// and commit the rewritten files.
/// </summary>
public class PublicApiTests
{
    private static readonly Dictionary<string, Assembly> Packages = new(StringComparer.Ordinal)
    {
        ["Indikator.Core"] = typeof(YearMonth).Assembly,
        ["Indikator.Core.Parquet"] = typeof(Indikator.Core.Parquet.ParquetLoader).Assembly,
        ["Indikator.Core.DuckDB"] = typeof(Indikator.Core.DuckDB.DuckDbLoader).Assembly,
        ["Indikator.Core.PostgreSql"] = typeof(Indikator.Core.PostgreSql.PostgreSqlLoader).Assembly,
    };

    [Theory]
    [InlineData("Indikator.Core")]
    [InlineData("Indikator.Core.Parquet")]
    [InlineData("Indikator.Core.DuckDB")]
    [InlineData("Indikator.Core.PostgreSql")]
    public void Public_surface_matches_the_committed_snapshot(string package)
    {
        var actual = Describe(Packages[package]);
        var path = Path.Combine(RepositoryFiles.Root(), "src", package, "PublicAPI.txt");
        if (Environment.GetEnvironmentVariable("INDIKATOR_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"Missing {path}; run the tests once with INDIKATOR_UPDATE_PUBLIC_API=1.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
            var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
            var added = actualLines.Where(l => !expectedLines.Contains(l)).Select(l => "+ " + l);
            var removed = expectedLines.Where(l => !actualLines.Contains(l)).Select(l => "- " + l);
            Assert.Fail(
                "The public API changed. Review the diff and, if intended, rerun with INDIKATOR_UPDATE_PUBLIC_API=1:\n"
                + string.Join('\n', removed.Concat(added).Take(60)));
        }
    }

    [Fact]
    public void Describe_lists_public_members_and_hides_internal_ones()
    {
        var surface = Describe(typeof(YearMonth).Assembly);
        Assert.Contains("public readonly struct YearMonth", surface, StringComparison.Ordinal);
        Assert.Contains("public Indikator.Core.Data.YearMonth AddMonths(int months)", surface, StringComparison.Ordinal);
        Assert.DoesNotContain("CategoryEncoder", surface, StringComparison.Ordinal);
        Assert.DoesNotContain("class Guard", surface, StringComparison.Ordinal);
    }

    // Assembly attributes (target framework, InternalsVisibleTo) are left out: they differ by build, not by API.
    private static string Describe(System.Reflection.Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");
}
