using System.Reflection;
using System.Text;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>
/// Compares each package's public surface with its committed PublicAPI.txt so that every API change
/// shows as a diff in review. To accept a change, run the tests with INDIKATOR_UPDATE_PUBLIC_API=1
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
        var actual = PublicApiSurface.Describe(Packages[package]);
        var path = Path.Combine(RepositoryRoot(), "src", package, "PublicAPI.txt");
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
        var surface = PublicApiSurface.Describe(typeof(YearMonth).Assembly);
        Assert.Contains("public readonly struct Indikator.Core.Data.YearMonth", surface, StringComparison.Ordinal);
        Assert.Contains("  method YearMonth AddMonths(Int32 months)", surface, StringComparison.Ordinal);
        Assert.DoesNotContain("CategoryEncoder", surface, StringComparison.Ordinal);
        Assert.DoesNotContain("Guard", surface, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indikator.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find Indikator.Core.sln above " + AppContext.BaseDirectory);
    }
}
