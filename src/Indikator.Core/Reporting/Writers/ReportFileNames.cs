using System.Text;
using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Writers;

/// <summary>
/// Names the files of a report's tables when each table is written to its own file: one rule for
/// <see cref="Composition.IndicatorReport.WriteFolder"/> and for the command-line reporting job.
/// </summary>
/// <remarks>
/// <para>A table's file stem is its title in lower case, with every run of characters other than ASCII letters and
/// digits replaced by one <c>-</c>, without a leading or trailing <c>-</c>, cut to at most
/// <see cref="MaxStemLength"/> characters: "Offices: jobb3: in work 3 months later" becomes
/// <c>offices-jobb3-in-work-3-months-later</c>; the Norwegian letters æ, ø and å are first written ae, o and a, so
/// "Kontorer: jobb3: I jobb 3 måneder etter" becomes <c>kontorer-jobb3-i-jobb-3-maneder-etter</c>. A title without ASCII letters or digits gives <c>table</c>. A stem
/// already taken by an earlier table, or the name of the whole-report files (<see cref="ReportStemOf"/>), gets the suffix
/// <c>-2</c>, <c>-3</c>, ... in report order. The stem therefore depends only on the title and on earlier tables with
/// the same title, not on the table's position, so adding a section to a report does not rename the other files.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class ReportFileNames
{
    /// <summary>The longest stem before a uniqueness suffix.</summary>
    public const int MaxStemLength = 60;

    /// <summary>The stem of the files that hold the whole English report (<c>report.html</c>, <c>report.json</c>, ...); no table gets it.</summary>
    public const string ReportStem = "report";

    /// <summary>The stem of the files that hold the whole Norwegian report (<c>rapport.html</c>, <c>rapport.json</c>, ...); no table gets it.</summary>
    public const string NorwegianReportStem = "rapport";

    /// <summary>Returns the stem of the whole-report files in a language.</summary>
    /// <param name="language">The report's language.</param>
    /// <returns><see cref="ReportStem"/> or <see cref="NorwegianReportStem"/>.</returns>
    public static string ReportStemOf(ReportLanguage language) => language == ReportLanguage.Norwegian ? NorwegianReportStem : ReportStem;

    /// <summary>Returns the file stem (name without extension) of each table, in the order of <see cref="Report.Tables"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The report's language: its whole-report stem (<see cref="ReportStemOf"/>) is kept free.</param>
    /// <returns>One unique, ASCII-only stem per table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IReadOnlyList<string> TableStems(Report report, ReportLanguage language = ReportLanguage.English)
    {
        Guard.NotNull(report);
        var taken = new HashSet<string>(StringComparer.Ordinal) { ReportStemOf(language) };
        var stems = new List<string>(report.Tables.Count);
        foreach (var table in report.Tables)
        {
            var slug = Slug(table.Title);
            var stem = slug;
            for (var n = 2; !taken.Add(stem); n++)
            {
                stem = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            stems.Add(stem);
        }

        return stems;
    }

    internal static string Slug(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            var plain = c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                _ => null,
            };
            if (plain is not null)
            {
                name.Append(plain);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var text = name.ToString().TrimEnd('-');
        if (text.Length > MaxStemLength)
        {
            text = text[..MaxStemLength].TrimEnd('-');
        }

        return text.Length == 0 ? "table" : text;
    }
}
