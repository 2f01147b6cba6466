namespace Indikator.Core.Reporting.Writers;

/// <summary>Options for <see cref="HtmlReportWriter"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record HtmlReportOptions
{
    /// <summary>Gets the default options: English.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>Gets the language of the texts the writer adds and of number formatting.</summary>
    /// <value>The default is <see cref="ReportLanguage.English"/>.</value>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    /// <summary>Gets a value indicating whether the full report starts with a table of contents.</summary>
    /// <value>The default is true.</value>
    public bool IncludeContents { get; init; } = true;
}
