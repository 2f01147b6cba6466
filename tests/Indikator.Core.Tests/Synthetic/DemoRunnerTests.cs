using Indikator.Cli;
using Spectre.Console;

namespace Indikator.Core.Tests.Synthetic;

public sealed class DemoRunnerTests
{
    [Fact]
    public void Demo_prints_the_summary_and_the_naive_share_by_region()
    {
        using var text = new StringWriter();
        var console = CreateConsole(text);
        var exit = new DemoRunner(console).Run(new DemoSettings(PersonMonths: 5_000, Months: 6, Seed: 1, OutputDirectory: null));
        var output = text.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Person-months", output, StringComparison.Ordinal);
        Assert.Contains("Employment records", output, StringComparison.Ordinal);
        Assert.Contains("250", output, StringComparison.Ordinal);
        Assert.Contains("Troms og Finnmark", output, StringComparison.Ordinal);
        Assert.Contains("jobb3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_writes_the_csv_files_when_asked()
    {
        var directory = Path.Combine(Path.GetTempPath(), "indikator-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var text = new StringWriter();
            new DemoRunner(CreateConsole(text)).Run(new DemoSettings(5_000, 6, 1, directory));
            Assert.True(File.Exists(Path.Combine(directory, "stock.csv")));
            Assert.True(File.Exists(Path.Combine(directory, "truth_office.csv")));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Demo_adds_the_variation_and_model_comparison_sections_when_asked()
    {
        var directory = Path.Combine(Path.GetTempPath(), "indikator-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var text = new StringWriter();
            var exit = new DemoRunner(CreateConsole(text)).Run(new DemoSettings(20_000, 12, 1, directory, WriteData: false, Variation: true, CompareModels: true));
            Assert.Equal(0, exit);
            Assert.Contains("Variance decomposition", text.ToString(), StringComparison.Ordinal);
            var files = Directory.GetFiles(Path.Combine(directory, "report")).Select(f => Path.GetFileName(f)!).ToArray();
            Assert.Contains(files, f => f.StartsWith("how-much-of-the-office-variation-is-real-jobb3", StringComparison.Ordinal));
            Assert.Contains(files, f => f.StartsWith("risk-models-compared-jobb3", StringComparison.Ordinal) && f.EndsWith(".csv", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Demo_stops_with_exit_code_5_before_any_work_when_the_folder_cannot_be_created()
    {
        var file = Path.GetTempFileName();
        try
        {
            using var text = new StringWriter();
            var exit = new DemoRunner(CreateConsole(text)).Run(new DemoSettings(5_000, 6, 1, Path.Combine(file, "report")));
            Assert.Equal(5, exit);
            Assert.Contains("The report cannot be written to", text.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Person-months", text.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });
}
