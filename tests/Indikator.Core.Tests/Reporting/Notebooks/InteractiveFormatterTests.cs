using Indikator.Core.Reporting;
using Microsoft.DotNet.Interactive.Formatting;

namespace Indikator.Core.Tests.Reporting.Notebooks;

public class InteractiveFormatterTests
{
    [Fact]
    public void Probe()
    {
        var html = ReportSamples.Small().ToDisplayString("text/html");
        Console.WriteLine(html);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }
}
