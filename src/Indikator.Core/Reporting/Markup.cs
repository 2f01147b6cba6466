using System.Text;

namespace Indikator.Core.Reporting;

/// <summary>Escapes text for HTML and XML (SVG) content and attribute values.</summary>
internal static class Markup
{
    public static string Escape(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, string text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n' or '\r': sb.Append(ch); break;

                // Control characters are not allowed in XML 1.0, so an SVG containing one would not parse.
                case < ' ': sb.Append('\uFFFD'); break;
                default: sb.Append(ch); break;
            }
        }
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var ch in text)
        {
            if (ch is '&' or '<' or '>' or '"' or '\'' || (ch < ' ' && ch is not ('\t' or '\n' or '\r')))
            {
                return true;
            }
        }

        return false;
    }
}
