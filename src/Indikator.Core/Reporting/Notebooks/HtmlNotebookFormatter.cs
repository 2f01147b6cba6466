using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Reporting.Notebooks;

/// <summary>
/// Formats a <see cref="ReportTable"/> or <see cref="Report"/> as an HTML fragment for a notebook cell.
/// The public members are the convention .NET Interactive looks for: <c>MimeType</c>, <c>Type</c> and a
/// single <c>bool Format(object, TextWriter)</c>.
/// </summary>
internal sealed class HtmlNotebookFormatter
{
    public HtmlNotebookFormatter(Type type)
    {
        Type = type;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive reads MimeType as an instance property by convention.")]
    public string MimeType => "text/html";

    public Type Type { get; }

    /// <summary>Writes the HTML; returns false for any other object so another formatter can take it.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (instance)
        {
            case ReportTable table when Type == typeof(ReportTable):
                HtmlReportWriter.WriteFragment(table, writer);
                return true;
            case Report report when Type == typeof(Report):
                HtmlReportWriter.WriteFragment(report, writer);
                return true;
            default:
                return false;
        }
    }
}
