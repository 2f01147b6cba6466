using System.CommandLine;
using Indikator.Cli;

namespace Indikator.Core.Tests.Cli;

/// <summary>Each command's help names its exit codes and marks its required options; a cancelled run exits 130.</summary>
public class CliHelpTests
{
    [Theory]
    [InlineData("demo", new string[0], new[] { 0, 2, 5, 130 })]
    [InlineData("fit", new[] { "--input", "--outcome", "--covariates" }, new[] { 0, 2, 3, 4, 5, 6, 130 })]
    [InlineData("run", new[] { "--config" }, new[] { 0, 2, 3, 4, 5, 6, 130 })]
    [InlineData("evaluate", new[] { "--config" }, new[] { 0, 2, 3, 4, 5, 6, 130 })]
    public void Help_lists_exit_codes_and_marks_required_options(string command, string[] required, int[] codes)
    {
        var output = new StringWriter();
        CliApp.CreateRoot().Parse([command, "--help"]).Invoke(new InvocationConfiguration { Output = output });
        var help = output.ToString();

        Assert.Contains("Exit codes: ", help, StringComparison.Ordinal);
        Assert.Contains(CliExitCode.HelpLine(codes), help.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var option in required)
        {
            Assert.Matches(@"(?m)^\s*" + System.Text.RegularExpressions.Regex.Escape(option) + @" <[^>]+>\s+Required\. ", help);
        }

        Assert.Equal(required.Length, System.Text.RegularExpressions.Regex.Count(help, @"\sRequired\. "));
    }

    [Fact]
    public void A_cancelled_demo_exits_with_130()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var console = CliConsole.Create(new StringWriter(), redirected: true, noColor: true);
        var directory = Path.Combine(Path.GetTempPath(), "indikator-cancel-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var exit = new DemoRunner(console).Run(new DemoSettings(20_000, 6, 3, directory, WriteData: false), cancelled.Token);
            Assert.Equal(CliExitCode.Cancelled, exit);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
