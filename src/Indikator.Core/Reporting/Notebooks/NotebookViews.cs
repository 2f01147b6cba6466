using System.Globalization;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Reporting.Writers;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Reporting.Notebooks;

/// <summary>Writes each displayable type as an HTML fragment: the scoped CSS, then notes, figures and tables.</summary>
/// <remarks>Results are turned into <see cref="ReportTable"/>s by <see cref="NotebookTables"/> and drawn by the HTML report
/// writer, so a notebook shows the same escaping, number formats and suppression marks as the published report.</remarks>
internal static class NotebookViews
{
    private static long chartViews;

    public static bool TryWrite(object instance, TextWriter writer)
    {
        switch (instance)
        {
            case ReportTable table:
                HtmlReportWriter.WriteFragment(table, writer);
                return true;
            case Report report:
                HtmlReportWriter.WriteFragment(report, writer);
                return true;
            case ReportChart chart:
                Write(writer, [], [chart], []);
                return true;
            case LinearModelResult fit:
                Write(writer, [], [], [NotebookTables.Model(fit)]);
                return true;
            case WorkIndicatorResult work:
                Write(writer, NotebookTables.WorkNotes(work), [], [UnitTables.National(work), NotebookTables.Contents(work)]);
                return true;
            case WorkIndicatorTable table:
                Write(writer, [], [], [NotebookTables.Work(table)]);
                return true;
            case UnitComparison comparison:
                var funnel = IndicatorCharts.Funnel(comparison, OutcomeFormat.For(comparison.Outcome), highlight: null);
                Write(writer, [], funnel is null ? [] : [funnel], [NotebookTables.Comparison(comparison)]);
                return true;
            case Indicators.Variation.VarianceDecompositionResult variation:
                var format = OutcomeFormat.For(variation.Outcome);
                Write(writer, [], [], [VariationSection.Summary(variation, format, ReportLanguage.English), VariationSection.Units(variation, format, ReportLanguage.English)]);
                return true;
            case Evaluation.TrialEvaluationResult trial:
                // Alone, the result does not know the report's threshold: the library's default applies.
                var trialFormat = OutcomeFormat.For(trial.Spec.Outcome);
                var minimum = new WorkIndicatorOptions().MinimumPersons;
                var eventStudy = TrialSection.EventStudyChart(trial, trialFormat, minimum, ReportLanguage.English);
                Write(writer, [], eventStudy is null ? [] : [eventStudy], TrialSection.Tables(trial, trialFormat, minimum, ReportLanguage.English));
                return true;
            case Scorecard card:
                Write(writer, [], [], [NotebookTables.Scorecard(card)]);
                return true;
            case Data.PersonMonthPanel panel:
                Write(writer, [], [], [NotebookDataTables.Panel(panel)]);
                return true;
            case Data.ColumnTable table:
                Write(writer, [], [], [NotebookDataTables.Table(table)]);
                return true;
            case Data.EmploymentRecords employment:
                Write(writer, [], [], [NotebookDataTables.Employment(employment)]);
                return true;
            case Data.StatusRecords statuses:
                Write(writer, [], [], [NotebookDataTables.Statuses(statuses)]);
                return true;
            case ModelComparison comparison:
                Write(writer, [], [], [comparison.ToReportTable()]);
                return true;
            case Data.ValidationReport validation:
                Write(writer, [], [], [NotebookDataTables.Validation(validation)]);
                return true;
            default:
                return false;
        }
    }

    private static void Write(TextWriter w, IReadOnlyList<string> notes, IReadOnlyList<ReportChart> charts, IReadOnlyList<ReportTable> tables)
    {
        const ReportLanguage language = ReportLanguage.English;
        w.Write("<style>\n");
        w.Write(HtmlStyles.Css);
        w.Write("</style>\n<div class=\"indikator-report\">\n");
        if (notes.Count > 0)
        {
            w.Write("<section class=\"notes\">\n<ul>\n");
            foreach (var note in notes)
            {
                w.Write("<li>");
                w.Write(Markup.Escape(note));
                w.Write("</li>\n");
            }

            w.Write("</ul>\n</section>\n");
        }

        if (charts.Count > 0)
        {
            // A chart's clip path is referenced by id, and a notebook page holds every cell's output: each display
            // gets its own prefix. A counter, not a hash of the chart, because the same chart may be shown twice.
            var prefix = "iknb" + Interlocked.Increment(ref chartViews).ToString(CultureInfo.InvariantCulture) + "-";
            for (var i = 0; i < charts.Count; i++)
            {
                HtmlReportWriter.WriteFigure(charts[i], w, language, i + 1, prefix);
            }
        }

        foreach (var table in tables)
        {
            HtmlReportWriter.WriteTable(table, w, language, id: null, number: null);
        }

        w.Write("</div>\n");
    }
}
