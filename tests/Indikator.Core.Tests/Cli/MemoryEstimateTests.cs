using Indikator.Cli;

namespace Indikator.Core.Tests.Cli;

/// <summary>The out-of-memory message (exit code 6) estimates the memory from the input files.</summary>
public sealed class MemoryEstimateTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"indikator-mem-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Rows_are_estimated_from_the_line_length()
    {
        File.WriteAllLines(_path, ["y,x", .. Enumerable.Range(0, 10_000).Select(i => $"{i % 10},{i % 7}")]);
        var rows = MemoryEstimate.EstimateRows(_path);
        Assert.InRange(rows, 9_000, 11_000);
    }

    [Fact]
    public void The_message_names_rows_and_gigabytes_and_the_exit_code_is_documented()
    {
        var message = MemoryEstimate.Message(50_000_000, 24_000_000_000);
        Assert.StartsWith("not enough memory: about 50,000,000 rows need at least 24.0 GB", message, StringComparison.Ordinal);
        Assert.Contains("the process can use", message, StringComparison.Ordinal);
        Assert.Equal(6, CliExitCode.OutOfMemory);
        var docs = File.ReadAllText(Path.Combine(Root(), "docs", "cli.md"));
        Assert.Contains("| 6 | not enough memory", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_estimate_grows_with_the_file_and_the_columns()
    {
        File.WriteAllLines(_path, ["y,x1,x2,g", .. Enumerable.Range(0, 5_000).Select(i => $"{i},{i % 3},{i % 5},g{i % 4}")]);
        var small = new FitArguments(_path, "y", ["x1"], [], null, true, null, null);
        var large = small with { Covariates = ["x1", "x2"], FixedEffects = ["g"] };
        Assert.Contains("rows need at least", MemoryEstimate.FitMessage(small), StringComparison.Ordinal);
        Assert.InRange(MemoryEstimate.FitBytes(small), 4_500 * ((24 * 2) + 16), 5_500 * ((24 * 2) + 16));
        Assert.True(MemoryEstimate.FitBytes(large) > MemoryEstimate.FitBytes(small));
    }

    [Fact]
#pragma warning disable CA2201 // The runtime's type is what the command must recognise; the test makes one to show it.
    public void Out_of_memory_is_recognised_inside_a_parallel_loop_failure()
    {
        Assert.True(MemoryEstimate.IsOutOfMemory(new OutOfMemoryException()));
        Assert.True(MemoryEstimate.IsOutOfMemory(new AggregateException(new AggregateException(new OutOfMemoryException()))));
        Assert.False(MemoryEstimate.IsOutOfMemory(new AggregateException(new InvalidOperationException())));
    }
#pragma warning restore CA2201

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indikator.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
