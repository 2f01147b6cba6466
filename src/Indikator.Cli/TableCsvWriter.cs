using System.Globalization;
using System.Text;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;

namespace Indikator.Cli;

/// <summary>Writes the demo report as UTF-8 CSV files with invariant culture; suppressed values are written as ":" (never 0).</summary>
internal sealed class TableCsvWriter : IDemoReportWriter
{
    private const string Hidden = ":";
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public string Format => "CSV";

    public IReadOnlyList<string> Write(DemoReport report, string directory)
    {
        var paths = new List<string>();
        foreach (var table in report.Indicators.Tables)
        {
            paths.Add(WriteTable(table, directory));
        }

        foreach (var comparison in report.Indicators.Comparisons)
        {
            paths.Add(WriteComparison(comparison, directory));
            paths.Add(WriteFunnel(comparison, directory));
        }

        paths.Add(WriteLegacy(report, directory));
        paths.Add(WriteTruth(report, directory));
        paths.Add(WriteSteps(report, directory));
        return paths;
    }

    private static string Name(string outcome, WorkUnitLevel level, ContributionVariant variant, string suffix)
        => $"{outcome}_{level.Name}_{(variant == ContributionVariant.MeanResidual ? "a" : "b")}{suffix}.csv";

    private static string WriteTable(WorkIndicatorTable table, string directory)
    {
        var sb = new StringBuilder("unit," + LabelHeader(table.Level) + "month,status,persons,person_months,actual,expected,contribution,se,lower,upper,relative_contribution\n");
        foreach (var r in table.Rows)
        {
            Line(sb, [r.Unit, .. CrossedLabels(table.Level, table.Labels(r.Unit)), r.Month?.ToString() ?? "all", r.Status.ToString(), I(r.Persons), I(r.PersonMonths), D(r.Actual), D(r.Expected), D(r.Contribution), D(r.StandardError), D(r.Lower), D(r.Upper), D(r.RelativeContribution)]);
        }

        return Save(directory, Name(table.Outcome, table.Level, table.Variant, string.Empty), sb);
    }

    private static string WriteComparison(UnitComparison comparison, string directory)
    {
        var sb = new StringBuilder("unit," + LabelHeader(comparison.Level) + "status,persons,person_months,contribution,se,reliability,shrunken,shrunken_se,z,lower95,upper95,lower998,upper998,rank\n");
        foreach (var r in comparison.Rows)
        {
            Line(sb, [r.Unit, .. CrossedLabels(comparison.Level, comparison.Labels(r.Unit)), r.Status.ToString(), I(r.Persons), I(r.PersonMonths), D(r.Contribution), D(r.StandardError), D(r.Reliability), D(r.Shrunken), D(r.ShrunkenStandardError), D(r.ZScore), D(r.Lower95), D(r.Upper95), D(r.Lower998), D(r.Upper998), I(r.Rank)]);
        }

        sb.Append(C, $"# tau2 ({comparison.TauEstimator}) = {comparison.TauSquared:R}; mean = {comparison.Mean:R}; phi = {comparison.Phi:R}; funnel tau2 = {comparison.FunnelTauSquared:R}; overdispersion = {comparison.Overdispersion}\n");
        return Save(directory, Name(comparison.Outcome, comparison.Level, comparison.Variant, "_comparison"), sb);
    }

    private static string WriteFunnel(UnitComparison comparison, string directory)
    {
        var sb = new StringBuilder("person_months,lower95,upper95,lower998,upper998\n");
        foreach (var p in comparison.FunnelCurve)
        {
            Line(sb, D(p.PersonMonths), D(p.Lower95), D(p.Upper95), D(p.Lower998), D(p.Upper998));
        }

        return Save(directory, Name(comparison.Outcome, comparison.Level, comparison.Variant, "_funnel"), sb);
    }

    private static string WriteLegacy(DemoReport report, string directory)
    {
        var rows = report.Legacy.Rows.Where(r => r.Levels[0] is not null).ToArray();
        var published = DisclosureControl.Suppress(CountTable.OneWay(rows.Select(r => new KeyValuePair<string, int>(r.Levels[0]!, r.Exits)), withTotal: true));
        var sb = new StringBuilder("office,status,exits,employed,share\n");
        foreach (var r in rows)
        {
            var status = published.Cell(string.Empty, r.Levels[0]!).Status;
            var shown = status == SuppressionStatus.Published;
            Line(sb, r.Levels[0]!, status.ToString(), shown ? I(r.Exits) : Hidden, shown ? I(r.Employed) : Hidden, shown ? D(r.Share) : Hidden);
        }

        return Save(directory, "arbeid6mnd_office.csv", sb);
    }

    private static string WriteTruth(DemoReport report, string directory)
    {
        var sb = new StringBuilder("outcome,offices,spearman_raw,spearman_a,spearman_b,spearman_b_shrunken,spearman_legacy,coverage_b,rmse_b,rmse_b_shrunken\n");
        foreach (var r in report.Truth.Rows)
        {
            Line(sb, r.Outcome, I(r.Offices), D(r.SpearmanRaw), D(r.SpearmanMeanResidual), D(r.SpearmanFixedEffect), D(r.SpearmanShrunken), D(report.Truth.LegacySpearman), D(r.Coverage), D(r.Rmse), D(r.RmseShrunken));
        }

        return Save(directory, "truth_check.csv", sb);
    }

    private static string WriteSteps(DemoReport report, string directory)
    {
        var sb = new StringBuilder("step,seconds,gc_pause_seconds\n");
        foreach (var step in report.Steps)
        {
            Line(sb, step.Name, D(step.Seconds), D(step.GcPauseSeconds));
        }

        return Save(directory, "timings.csv", sb);
    }

    /// <summary>A crossed level's units get one column per column of the level (office, need_category), for filtering.</summary>
    private static string LabelHeader(WorkUnitLevel level) => level.IsCrossed ? string.Join(',', level.Columns) + "," : string.Empty;

    private static IEnumerable<string> CrossedLabels(WorkUnitLevel level, IReadOnlyList<string> labels) => level.IsCrossed ? labels : [];

    private static string I(int? value) => value is { } v ? v.ToString(C) : Hidden;

    private static string D(double? value) => value is { } v ? v.ToString("R", C) : Hidden;

    private static void Line(StringBuilder sb, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var f = fields[i];
            sb.Append(f.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f);
        }

        sb.Append('\n');
    }

    private static string Save(string directory, string name, StringBuilder sb)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
