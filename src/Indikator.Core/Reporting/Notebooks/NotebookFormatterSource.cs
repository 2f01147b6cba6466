using Indikator.Core.Indicators.Providers;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Reporting.Notebooks;

/// <summary>The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on every type that displays as HTML in a notebook.</summary>
/// <remarks>
/// .NET Interactive creates it with its public parameterless constructor and calls the public <see cref="CreateTypeFormatters"/>
/// the first time it displays any of these types; each formatter carries its own <c>Type</c>, so one source serves them all.
/// </remarks>
internal sealed class NotebookFormatterSource
{
    /// <summary>The types that display as HTML; each carries the attribute.</summary>
    internal static readonly Type[] FormattedTypes =
    [
        typeof(ReportTable),
        typeof(Report),
        typeof(ReportChart),
        typeof(LinearModelResult),
        typeof(WorkIndicatorResult),
        typeof(WorkIndicatorTable),
        typeof(UnitComparison),
        typeof(Scorecard),
        typeof(Indicators.Variation.VarianceDecompositionResult),
        typeof(Data.PersonMonthPanel),
        typeof(Data.ColumnTable),
        typeof(Data.EmploymentRecords),
        typeof(Data.StatusRecords),
        typeof(Data.ValidationReport),
        typeof(ModelComparison),
        typeof(Evaluation.TrialEvaluationResult),
    ];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive calls CreateTypeFormatters on an instance it creates, by convention.")]
    public IEnumerable<object> CreateTypeFormatters() => FormattedTypes.Select(t => new HtmlNotebookFormatter(t));
}
