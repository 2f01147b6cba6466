namespace Indikator.Core.Reporting.Notebooks;

/// <summary>
/// Formats one of the package's result types as an HTML fragment for a notebook cell.
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

    /// <summary>Gets the type this formatter is registered for; .NET Interactive also uses it for subclasses (charts).</summary>
    public Type Type { get; }

    /// <summary>Writes the HTML; returns false for any other object so another formatter can take it.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is null || !Type.IsInstanceOfType(instance))
        {
            return false;
        }

        return NotebookViews.TryWrite(instance, writer);
    }
}
