namespace Indikator.Core.Tests;

/// <summary>Finds files of the repository from the test binaries, which run from a folder below it.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds Indikator.Core.sln.</summary>
    public static string Root()
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
