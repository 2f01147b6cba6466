using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Charts;

/// <summary>A chart that the package draws itself as inline SVG, for the HTML report and notebooks.</summary>
/// <remarks>
/// <para>
/// Charts are drawn without a plotting library: axes use "nice" ticks (1, 2 or 5 times a power of ten),
/// numbers are formatted deterministically per <see cref="ReportLanguage"/>, and every text is escaped.
/// Each SVG carries <c>role="img"</c>, a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> for screen readers;
/// when no description is given a summary of the data is written instead.
/// </para>
/// <para>Charts are immutable once constructed and safe to share between threads.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public abstract class ReportChart
{
    private readonly ReportColumnKind valueKind = ReportColumnKind.Number;

    private protected ReportChart(string title)
    {
        Title = Guard.NotEmpty(title);
    }

    /// <summary>Gets the chart's title, used as figure caption and SVG title.</summary>
    public string Title { get; }

    /// <summary>Gets the text alternative for the chart; when null a summary of the data is used.</summary>
    public string? Description { get; init; }

    /// <summary>Gets how values on the value axis are formatted.</summary>
    /// <value>The default is <see cref="ReportColumnKind.Number"/>; use <see cref="ReportColumnKind.Percent"/> for fractions shown as percent.</value>
    /// <exception cref="ArgumentOutOfRangeException">The kind is <see cref="ReportColumnKind.Text"/> or not defined.</exception>
    public ReportColumnKind ValueKind
    {
        get => valueKind;
        init
        {
            if (value == ReportColumnKind.Text || !Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A chart's value axis must be numeric.");
            }

            valueKind = value;
        }
    }

    /// <summary>Draws the chart as SVG markup.</summary>
    /// <param name="language">The language of legends and number formatting.</param>
    /// <param name="id">The SVG element's id; other element ids start with it. Give each chart on one page its own id.</param>
    /// <returns>The SVG markup, starting with <c>&lt;svg</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> does not start with an ASCII letter or has characters other than ASCII letters, digits, '-' and '_'.</exception>
    public string ToSvg(ReportLanguage language = ReportLanguage.English, string id = "chart")
    {
        if (string.IsNullOrEmpty(id) || !char.IsAsciiLetter(id[0]) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException("The id must start with an ASCII letter and contain only ASCII letters, digits, '-' and '_'.", nameof(id));
        }

        return Render(language, id);
    }

    /// <summary>Draws the chart with element ids that start with <paramref name="id"/>, unique within one HTML page.</summary>
    internal abstract string Render(ReportLanguage language, string id);

    /// <summary>A plain-language summary of the data, used when <see cref="Description"/> is null.</summary>
    internal abstract string Summarize(ReportLanguage language);

    internal string DescriptionOrSummary(ReportLanguage language) => Description ?? Summarize(language);

    internal string FormatValue(double value, ReportLanguage language)
        => NumberText.Format(value, ValueKind, ReportColumn.DecimalsFor(ValueKind, 2), language);
}
