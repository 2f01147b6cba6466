using System.Text;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Writers;
using Indikator.Core.Tests.Reporting.Composition;

namespace Indikator.Core.Tests.Reporting.Rendering;

/// <summary>
/// Looks at the HTML report as a person would: renders the composed report of the synthetic run and the example
/// report in headless Chromium, checks what the browser parsed and laid out, and checks the screenshot's pixels. Skipped, with the
/// reason, when no Chromium-family browser is installed (see <see cref="ChromiumFactAttribute"/>).
/// </summary>
public sealed class HtmlReportRenderingTests
{
    private const int WindowWidth = 1280;
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [ChromiumFact]
    public void The_composed_report_renders_with_every_chart_laid_out_and_painted()
        => RenderAndCheck(CompositionFixture.Data.Report, ReportLanguage.English);

    [ChromiumFact]
    public void The_Norwegian_example_report_with_long_labels_renders_with_every_chart_laid_out_and_painted()
        => RenderAndCheck(ReportSamples.Example(ReportLanguage.Norwegian), ReportLanguage.Norwegian);

    private static void RenderAndCheck(Report report, ReportLanguage language)
    {
        var html = HtmlReportWriter.ToHtml(report, new HtmlReportOptions { Language = language });
        var directory = Directory.CreateTempSubdirectory("indikator-render-").FullName;
        var page = Path.Combine(directory, "report.html");
        var probe = Path.Combine(directory, "layout.html");
        var png = Path.Combine(directory, "report.png");
        File.WriteAllText(page, html, new UTF8Encoding(false));
        File.WriteAllText(probe, PageLayout.WithProbe(html), new UTF8Encoding(false));
        var problems = new List<string>();

        var (dom, domLog) = Chromium.Run(directory, probe, WindowWidth, 1000, "--dump-dom", Timeout);
        var layout = PageLayout.Parse(dom);
        CheckDocument(report, layout, problems);

        // Tall enough to show every chart; the tables below them are checked through the DOM.
        var height = (int)Math.Ceiling(layout.Svgs.Max(s => s.Box.Bottom)) + 24;
        var (_, shotLog) = Chromium.Run(directory, page, WindowWidth, height, "--screenshot=" + png, Timeout);
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot to {png}.{shotLog}");
        var image = PngImage.Read(png);
        CheckPixels(html, layout, image, height, problems);

        Assert.True(
            problems.Count == 0,
            $"The rendered report has {problems.Count} problem(s):\n- {string.Join("\n- ", problems)}\n"
            + $"Screenshot: {png}\nPage: {page}\nChromium's log while measuring:{domLog}");
        DeleteQuietly(directory);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's crash handler can hold the profile a moment after the browser exits; a temp folder left behind is harmless.
        }
    }

    private static void CheckDocument(Report report, PageLayout layout, List<string> problems)
    {
        if (layout.Scripts != 1)
        {
            problems.Add($"The page has {layout.Scripts - 1} script(s) of its own; the report should have none.");
        }

        if (layout.ScrollWidth > layout.ViewportWidth)
        {
            problems.Add($"The page is {layout.ScrollWidth} px wide in a {layout.ViewportWidth} px window: it scrolls sideways.");
        }

        if (layout.Figures != report.Charts.Count || layout.Svgs.Count != report.Charts.Count)
        {
            problems.Add($"Chromium found {layout.Figures} figures and {layout.Svgs.Count} SVG elements for {report.Charts.Count} charts.");
        }

        foreach (var (svg, chart) in layout.Svgs.Zip(report.Charts))
        {
            var name = $"chart '{chart.Title}' (#{svg.Id})";
            if (svg.Namespace != SvgNamespace || svg.Role != "img" || svg.Title != chart.Title)
            {
                problems.Add($"{name}: parsed in namespace {svg.Namespace} with role '{svg.Role}' and title '{svg.Title}'.");
            }

            if (svg.Labels.Count != 2 || svg.Labels[0] != chart.Title || string.IsNullOrWhiteSpace(svg.Labels[1]))
            {
                problems.Add($"{name}: aria-labelledby should name its title and description, but gives [{string.Join(" | ", svg.Labels)}].");
            }

            if (svg.Box.Width < 100 || svg.Box.Height < 100 || svg.Box.Left < 0 || svg.Box.Right > layout.ViewportWidth)
            {
                problems.Add($"{name}: laid out at {svg.Box}, not fully visible in the window.");
            }

            foreach (var text in svg.Texts.Where(t => !svg.Box.Contains(t.Box, 1)))
            {
                problems.Add($"{name}: the text '{text.Text}' at {text.Box} is cut off by the chart's edge {svg.Box}.");
            }

            for (var i = 0; i < svg.Texts.Count; i++)
            {
                for (var j = i + 1; j < svg.Texts.Count; j++)
                {
                    if (svg.Texts[i].Box.Overlap(svg.Texts[j].Box) > 4)
                    {
                        problems.Add($"{name}: the texts '{svg.Texts[i].Text}' at {svg.Texts[i].Box} and '{svg.Texts[j].Text}' at {svg.Texts[j].Box} overlap.");
                    }
                }
            }
        }

        if (layout.Tables.Count != report.Tables.Count)
        {
            problems.Add($"Chromium found {layout.Tables.Count} tables for {report.Tables.Count} in the report.");
        }

        foreach (var (box, table) in layout.Tables.Zip(report.Tables))
        {
            if (box.Caption is null || !box.Caption.Contains(table.Title, StringComparison.Ordinal)
                || box.ColumnHeaders != table.Columns.Count || box.Rows != table.Rows.Count)
            {
                problems.Add($"table '{table.Title}': parsed with caption '{box.Caption}', {box.ColumnHeaders} column headers and {box.Rows} rows, "
                             + $"expected {table.Columns.Count} and {table.Rows.Count}.");
            }

            if (box.Overflow > 0)
            {
                problems.Add($"table '{table.Title}': {box.Overflow} px wider than the page, so it scrolls sideways in a {WindowWidth} px window.");
            }
        }
    }

    private static void CheckPixels(string html, PageLayout layout, PngImage image, int height, List<string> problems)
    {
        if (image.Width != WindowWidth || image.Height != height)
        {
            problems.Add($"The screenshot is {image.Width} x {image.Height}, not the window's {WindowWidth} x {height}.");
            return;
        }

        var inked = image.Width * image.Height - image.Count(0xFFFFFF, 8, 0, 0, image.Width, image.Height);
        if (inked < image.Width * image.Height / 20)
        {
            problems.Add($"The screenshot is nearly blank: {inked} of {image.Width * image.Height} pixels are not white.");
        }

        foreach (var (markup, svg) in HtmlChecks.SvgElements(html).Zip(layout.Svgs))
        {
            var (left, top, right, bottom) = ((int)svg.Box.Left, (int)svg.Box.Top, (int)Math.Ceiling(svg.Box.Right), (int)Math.Ceiling(svg.Box.Bottom));
            foreach (var paint in ChartPaint.Read(markup))
            {
                // Edges are anti-aliased and marks overlap, so ask for a third of the declared area, and a few pixels at least.
                var expected = Math.Max(3, (int)(paint.Area / 3));
                var found = image.Count(paint.Colour, paint.Translucent ? 4 : 2, left, top, right, bottom);
                if (found < expected)
                {
                    problems.Add($"#{svg.Id}: {paint} shows on {found} pixels of the screenshot, expected at least {expected}.");
                }
            }
        }
    }
}
