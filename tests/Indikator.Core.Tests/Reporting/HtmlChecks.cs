using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Indikator.Core.Tests.Reporting;

/// <summary>Helpers to pull SVG parts out of HTML and look for external references.</summary>
internal static partial class HtmlChecks
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IReadOnlyList<string> SvgElements(string html)
        => SvgPattern().Matches(html).Select(m => m.Value).ToArray();

    public static IReadOnlyList<string> ExternalReferences(string html)
        => ExternalPattern().Matches(html).Select(m => m.Value).ToArray();

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex SvgPattern();

    [GeneratedRegex("(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalPattern();
}
