namespace Indikator.Core.Reporting.Notebooks;

/// <summary>The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on <see cref="ReportTable"/> and <see cref="Report"/>.</summary>
/// <remarks>.NET Interactive creates it with its public parameterless constructor and calls the public <see cref="CreateTypeFormatters"/>.</remarks>
internal sealed class NotebookFormatterSource
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive calls CreateTypeFormatters on an instance it creates, by convention.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlNotebookFormatter(typeof(ReportTable));
        yield return new HtmlNotebookFormatter(typeof(Report));
    }
}
