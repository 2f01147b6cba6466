using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Indikator.Core.Tests.Reporting.Rendering;

/// <summary>
/// What Chromium made of a page after layout: the parsed SVG charts with their accessible names and the boxes of
/// their texts, and the tables. A copy of the page gets a small script that measures it and writes the result
/// into the DOM, which <c>--dump-dom</c> then prints; the report itself has no scripts.
/// </summary>
internal sealed partial record PageLayout(
    double ViewportWidth,
    double ScrollWidth,
    int Scripts,
    int Figures,
    IReadOnlyList<PageLayout.SvgBox> Svgs,
    IReadOnlyList<PageLayout.TableBox> Tables)
{
    private const string ProbeId = "indikator-layout-probe";

    private const string Probe = $$"""
<script>
(() => {
  const page = r => ({ left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY });
  const result = {
    viewportWidth: innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    scripts: document.scripts.length,
    figures: document.querySelectorAll('figure').length,
    svgs: [...document.querySelectorAll('svg')].map(svg => ({
      id: svg.id,
      namespace: svg.namespaceURI,
      role: svg.getAttribute('role'),
      title: svg.querySelector(':scope > title')?.textContent ?? null,
      labels: (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(s => s).map(id => {
        const e = document.getElementById(id);
        return e && svg.contains(e) ? e.textContent : null;
      }),
      box: page(svg.getBoundingClientRect()),
      texts: [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, box: page(t.getBoundingClientRect()) })),
    })),
    tables: [...document.querySelectorAll('table')].map(t => ({
      caption: t.caption?.textContent ?? null,
      columnHeaders: t.querySelectorAll('thead th[scope=col]').length,
      rows: t.tBodies.length ? t.tBodies[0].rows.length : 0,
      overflow: t.parentElement.scrollWidth - t.parentElement.clientWidth,
    })),
  };
  const pre = document.createElement('pre');
  pre.id = '{{ProbeId}}';
  pre.textContent = JSON.stringify(result);
  document.body.append(pre);
})();
</script>
""";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Returns the page with the measuring script added at the end of its body.</summary>
    public static string WithProbe(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        Assert.True(end >= 0, "The report has no </body>.");
        return html[..end] + Probe + html[end..];
    }

    /// <summary>Reads the measurements back from the DOM that Chromium printed.</summary>
    public static PageLayout Parse(string dom)
    {
        var match = ProbeOutput().Match(dom);
        if (!match.Success)
        {
            throw new InvalidOperationException($"The layout script wrote nothing: it did not run or failed. The DOM starts with: {dom[..Math.Min(dom.Length, 300)]}");
        }

        return JsonSerializer.Deserialize<PageLayout>(WebUtility.HtmlDecode(match.Groups[1].Value), Json)
               ?? throw new InvalidOperationException("The layout script wrote null.");
    }

    [GeneratedRegex("<pre id=\"" + ProbeId + "\">([^<]*)</pre>")]
    private static partial Regex ProbeOutput();

    internal sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public double Width => Right - Left;

        public double Height => Bottom - Top;

        public bool Contains(Box inner, double slack)
            => inner.Left >= Left - slack && inner.Top >= Top - slack && inner.Right <= Right + slack && inner.Bottom <= Bottom + slack;

        /// <summary>The area two boxes share, zero when they only touch.</summary>
        public double Overlap(Box other)
            => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left)) * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));

        public override string ToString() => FormattableString.Invariant($"({Left:0.#}, {Top:0.#})-({Right:0.#}, {Bottom:0.#})");
    }

    internal sealed record TextBox(string Text, Box Box);

    internal sealed record SvgBox(string Id, string Namespace, string? Role, string? Title, IReadOnlyList<string?> Labels, Box Box, IReadOnlyList<TextBox> Texts);

    internal sealed record TableBox(string? Caption, int ColumnHeaders, int Rows, double Overflow);
}
