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
        Assert.Equal(["national-level-per-outcome", "offices-jobb3-in-work-3-months-later", "r-d-kontor"], stems);
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
        var stems = ReportFileNames.TableStems(Report("Offices", "offices!", "Report", "øæå", "Offices-2", "ÆØ"));
        Assert.Equal(["offices", "offices-2", "report-2", "table", "offices-2-2", "table-2"], stems);
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
