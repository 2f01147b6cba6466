using System.Diagnostics;
using Indikator.Core.Reporting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Indikator.Core.Tests.Reporting.Notebooks;

/// <summary>
/// Runs the C# cells of docs/notebooks/arbeidsindikatoren.dib in a real .NET Interactive C# kernel, so the example
/// notebook cannot rot: the package reference cell is swapped for a #r to the Indikator.Core.dll these tests load.
/// </summary>
public class ExampleNotebookTests
{
    private static readonly string NotebookPath = Path.Combine(RepositoryFiles.Root(), "docs", "notebooks", "arbeidsindikatoren.dib");

    [Fact]
    public async Task Every_cell_of_the_example_notebook_runs_and_results_display_as_our_HTML()
    {
        var document = CodeSubmission.Parse(await File.ReadAllTextAsync(NotebookPath));
        var cells = document.Elements.Where(e => e.KernelName == "csharp").Select(e => e.Contents).ToList();
        Assert.Contains("#r \"nuget: Indikator.Core, ", cells[0], StringComparison.Ordinal);
        cells[0] = $"#r \"{typeof(ReportTable).Assembly.Location}\"";

        using var kernel = new CSharpKernel();
        var html = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < cells.Count; i++)
        {
            var result = await kernel.SendAsync(new SubmitCode(cells[i]));
            var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
            Assert.True(failure is null, $"C# cell {i + 1} failed: {failure?.Message}");
            html.AddRange(result.Events
                .OfType<DisplayEvent>()
                .SelectMany(e => e.FormattedValues)
                .Where(v => v.MimeType == HtmlFormatter.MimeType && v.Value.Contains("class=\"indikator-report\"", StringComparison.Ordinal))
                .Select(v => v.Value));
        }

        // Work result, risk model, office table, comparison, legacy table, scorecard and report.
        Assert.Equal(7, html.Count);
        Assert.All(html, h => Assert.Contains("<table>", h, StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("<caption>Linear model: ", StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("<caption>Scorecard: ", StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("<li>: suppressed by disclosure control", StringComparison.Ordinal) && h.Contains(">:</abbr>", StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("<caption>Shrinkage and funnel limits: ", StringComparison.Ordinal) && HtmlChecks.SvgElements(h).Count == 1);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"The notebook took {watch.Elapsed}; keep it small enough to run in seconds.");
    }
}
