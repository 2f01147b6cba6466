using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Tests.Reporting.Writers;

public class ReportFileNamesTests
{
    [Fact]
    public void Stems_are_lower_case_ascii_slugs_of_the_titles()
    {
        var stems = ReportFileNames.TableStems(Report("National level per outcome", "Offices: jobb3: in work 3 months later", "Rød  kontor!"));
        Assert.Equal(["national-level-per-outcome", "offices-jobb3-in-work-3-months-later", "rod-kontor"], stems);
    }

    [Fact]
    public void Long_titles_are_cut_at_the_limit_without_a_trailing_dash()
    {
        var stem = Assert.Single(ReportFileNames.TableStems(Report("Scorecard: Placement into work, Avklaring, 2025 (synthetic providers)")));
        Assert.Equal("scorecard-placement-into-work-avklaring-2025-synthetic-provi", stem);
        Assert.True(stem.Length <= ReportFileNames.MaxStemLength);
    }

    [Fact]
    public void Repeated_titles_the_report_stem_and_titles_without_ascii_get_unique_stems()
    {
        var stems = ReportFileNames.TableStems(Report("Offices", "offices!", "Report", "!?", "Offices-2", "«»", "øæå"));
        Assert.Equal(["offices", "offices-2", "report-2", "table", "offices-2-2", "table-2", "oaea"], stems);
    }

    [Fact]
    public void Norwegian_titles_keep_their_letters_as_ascii_and_the_norwegian_report_stem_is_kept_free()
    {
        // æ -> ae, ø -> o, å -> a, then the ASCII slug: "Kontorer: jobb3: I jobb 3 måneder etter" -> kontorer-jobb3-i-jobb-3-maneder-etter.
        var stems = ReportFileNames.TableStems(Report("Kontorer: jobb3: I jobb 3 måneder etter", "Rapport", "Landets bidrag per måned: Særlig tilpasset"), ReportLanguage.Norwegian);
        Assert.Equal(["kontorer-jobb3-i-jobb-3-maneder-etter", "rapport-2", "landets-bidrag-per-maned-saerlig-tilpasset"], stems);
        Assert.Equal("rapport", ReportFileNames.ReportStemOf(ReportLanguage.Norwegian));
        Assert.Equal("report", ReportFileNames.ReportStemOf(ReportLanguage.English));
    }

    [Fact]
    public void A_stem_does_not_depend_on_the_tables_before_it_unless_they_share_its_title()
    {
        var alone = ReportFileNames.TableStems(Report("Legacy measure beside the new indicator: offices"));
        var after = ReportFileNames.TableStems(Report("National level per outcome", "Regions: jobb3", "Legacy measure beside the new indicator: offices"));
        Assert.Equal(alone[0], after[2]);
    }

    [Fact]
    public void Stems_are_unique_ascii_and_never_the_report_stem_for_any_titles()
    {
        var title = Gen.Elements("Offices", "offices", "Report", "ø", "a b", "a-b", "x: y", "Tabell 1", "Tabell 1 ", "é");
        var titles = Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(title, n));
        Prop.ForAll(titles.ToArbitrary(), t =>
        {
            var stems = ReportFileNames.TableStems(Report(t));
            return stems.Count == t.Length
                && stems.Distinct(StringComparer.Ordinal).Count() == stems.Count
                && !stems.Contains(ReportFileNames.ReportStem)
                && stems.All(s => s.Length > 0 && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && s[0] != '-' && s[^1] != '-');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Null_report_is_rejected() => Assert.Throws<ArgumentNullException>(() => ReportFileNames.TableStems(null!));

    private static Report Report(params string[] titles)
    {
        var builder = new ReportBuilder("R", ReportSamples.GeneratedAt);
        foreach (var title in titles)
        {
            builder.AddTable(new ReportTableBuilder(title).AddColumn("x", "X", ReportColumnKind.Text).Build());
        }

        return builder.Build();
    }
}
