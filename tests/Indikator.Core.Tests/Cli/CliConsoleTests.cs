using Indikator.Cli;
using Spectre.Console;

namespace Indikator.Core.Tests.Cli;

/// <summary>Output to a file or a pipe is plain text with whole tables; a terminal keeps its colours.</summary>
public class CliConsoleTests
{
    [Fact]
    public void Redirected_output_has_no_escape_codes_and_no_truncated_cells()
    {
        var text = new StringWriter();
        var console = CliConsole.Create(text, redirected: true, noColor: false);
        console.Write(WideTable());
        console.MarkupLine("[bold blue]Report written[/]");

        var output = text.ToString();
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('…', output);
        for (var c = 0; c < 12; c++)
        {
            Assert.Contains($"a rather long column header number {c}", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NO_COLOR_removes_colours_on_a_terminal_too()
    {
        var text = new StringWriter();
        CliConsole.Create(text, redirected: false, noColor: true).MarkupLine("[bold blue]Report written[/]");
        Assert.DoesNotContain('\u001b', text.ToString());
        Assert.Contains("Report written", text.ToString(), StringComparison.Ordinal);
    }

    private static Table WideTable()
    {
        var table = new Table();
        for (var c = 0; c < 12; c++)
        {
            table.AddColumn($"a rather long column header number {c}");
        }

        table.AddRow([.. Enumerable.Range(0, 12).Select(c => $"value {c:D3} with some words")]);
        return table;
    }
}
