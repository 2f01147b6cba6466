namespace Indikator.Core.Tests.PublicApi;

/// <summary>The synthetic data are a client of the library, not its foundation: the canonical column names live in
/// the indicator layer (<see cref="Indikator.Core.Indicators.ColumnNames"/>) and nothing outside Synthetic uses it.</summary>
public class LayeringTests
{
    [Fact]
    public void Only_the_synthetic_data_use_the_Synthetic_namespace()
    {
        var source = Path.Combine(RepositoryFiles.Root(), "src", "Indikator.Core");
        var users = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsUnder(f, Path.Combine(source, "Synthetic")) && !IsUnder(f, Path.Combine(source, "obj")) && !IsUnder(f, Path.Combine(source, "bin")))
            .Where(f => File.ReadAllText(f).Contains("Indikator.Core.Synthetic", StringComparison.Ordinal)
                || File.ReadAllText(f).Contains("SyntheticColumns", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(source, f)).ToList();
        Assert.True(users.Count == 0, "files outside Synthetic that use it: " + string.Join(", ", users));
    }

    private static bool IsUnder(string file, string folder) =>
        file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
