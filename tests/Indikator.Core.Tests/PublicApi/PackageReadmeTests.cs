using System.Text.RegularExpressions;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>
/// The READMEs shipped inside the NuGet packages are read on nuget.org and in an IDE, away from the repository:
/// their links must be absolute and they must not tell the reader to run commands in a clone.
/// </summary>
public partial class PackageReadmeTests
{
    public static TheoryData<string> Packages => new()
    {
        "Indikator.Core", "Indikator.Core.Parquet", "Indikator.Core.DuckDB", "Indikator.Core.PostgreSql",
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_readme_links_are_absolute_and_name_no_repository_command(string package)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "src", package, "README.md"));

        var relative = MarkdownLink().Matches(text).Select(m => m.Groups[1].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal)).ToList();
        Assert.True(relative.Count == 0, $"{package}: relative links in the package README: {string.Join(", ", relative)}");
        foreach (var command in new[] { "dotnet run", "dotnet test", "--project ", ".ci/", "scripts/" })
        {
            Assert.DoesNotContain(command, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Core_package_readme_shows_the_example_the_repository_readme_tests()
    {
        var root = RepositoryFiles.Root();
        var repository = FirstCSharpBlock(File.ReadAllText(Path.Combine(root, "README.md")));
        var package = FirstCSharpBlock(File.ReadAllText(Path.Combine(root, "src", "Indikator.Core", "README.md")));
        Assert.Equal(repository, package);
    }

    private static string FirstCSharpBlock(string markdown)
    {
        var match = CSharpBlock().Match(markdown.ReplaceLineEndings("\n"));
        Assert.True(match.Success, "no ```csharp block");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
