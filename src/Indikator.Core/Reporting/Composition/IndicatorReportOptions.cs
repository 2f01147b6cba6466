using Indikator.Core.Indicators.Providers;
using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Composition;

/// <summary>Options of <see cref="IndicatorReport.Compose"/>: generation time, data source, the outcome to show, the highlighted office and the optional provider data.</summary>
/// <remarks>The collections are copied when set, so changing them afterwards does not change the options; provider
/// data is itself immutable. This type is immutable and thread safe.</remarks>
public sealed record IndicatorReportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="generatedAt">The generation time written in the report; pass it in so output is reproducible.</param>
    /// <param name="dataSource">A sentence on where the data come from, shown as a note, for example "Synthetic data (SyntheticNavData, seed 42); no real person is described."</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dataSource"/> is empty.</exception>
    public IndicatorReportOptions(DateTimeOffset generatedAt, string dataSource)
    {
        GeneratedAt = generatedAt;
        DataSource = Guard.NotEmpty(dataSource);
    }

    /// <summary>Gets the generation time written in the report.</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Gets the data-source note.</summary>
    public string DataSource { get; init; }

    /// <summary>Gets the report title, or null for the default title in <see cref="Language"/>.</summary>
    /// <value>The default value is null: "Arbeidsindikatoren: work indicator report" in English, "Arbeidsindikatoren: rapport" in Norwegian.</value>
    public string? Title { get; init; }

    /// <summary>Gets the language of every text the report composes: titles, column headers, descriptions, notes, chart
    /// labels, and so the sheet and file names derived from the titles, and the machine names of the columns.</summary>
    /// <value>The default value is <see cref="ReportLanguage.English"/>. Write the report with the same language
    /// (<see cref="IndicatorReport.WriteFolder"/>) so the writers' own texts match.</value>
    public ReportLanguage Language { get; init; }

    /// <summary>Gets the outcome whose indicator the report shows, or null for <c>jobb3</c> (NAV's headline) when it was computed, else the first outcome of the work result.</summary>
    /// <value>The default value is null.</value>
    public string? Outcome { get; init; }

    /// <summary>Gets the office to highlight in the funnel plot and to show as a monthly time series, or null for the published office with the most persons.</summary>
    /// <value>The default value is null.</value>
    public string? HighlightOffice { get; init; }

    /// <summary>Gets the region of each office (office name to region name), or null to take it from the legacy measure's exit table when that has the office and region columns.</summary>
    /// <value>The default value is null: offices without a known region show "..".</value>
    public IReadOnlyDictionary<string, string>? OfficeRegions { get; init => field = ValueMap.OfOrNull(value); }

    /// <summary>Gets the name of the office column of the legacy measure's exit table.</summary>
    /// <value>The default value is <c>office</c>.</value>
    public string LegacyOfficeColumn { get; init; } = "office";

    /// <summary>Gets the name of the region column of the legacy measure's exit table.</summary>
    /// <value>The default value is <c>region</c>.</value>
    public string LegacyRegionColumn { get; init; } = "region";

    /// <summary>Gets the provider data for the scorecard section, or null to leave the section out.</summary>
    /// <value>The default value is null.</value>
    public ProviderData? Providers { get; init; }

    /// <summary>Gets the provider whose scorecard is shown (highlighted), or null for the provider ranked in the middle.</summary>
    /// <value>The default value is null.</value>
    public string? OwnProviderId { get; init; }

    /// <summary>Gets a value indicating whether the provider data are synthetic; the scorecard section then says so in its titles.</summary>
    /// <value>The default value is false.</value>
    public bool ProvidersAreSynthetic { get; init; }

    /// <summary>Gets the variance decomposition of the offices (<see cref="Indicators.Variation.VarianceDecomposition.Compute"/>) for the section "How much of the office variation is real", or null to leave the section out.</summary>
    /// <value>The default value is null.</value>
    public Indicators.Variation.VarianceDecompositionResult? Variation { get; init; }

    /// <summary>Gets the comparison of risk-model specifications (<see cref="Indicators.Work.WorkModelComparison.Create"/>, or
    /// any <see cref="RiskAdjustment.ModelComparison"/>) for the section "Risk models compared", or null to leave the section out.</summary>
    /// <value>The default value is null.</value>
    public RiskAdjustment.ModelComparison? ModelComparison { get; init; }

    /// <summary>Gets the evaluation of an office trial (<see cref="Evaluation.TrialEvaluation.Evaluate(Indicators.Work.WorkIndicatorResult, Evaluation.TrialSpec, CancellationToken)"/>)
    /// for the section "Trial evaluation", or null to leave the section out.</summary>
    /// <value>The default value is null.</value>
    public Evaluation.TrialEvaluationResult? TrialEvaluation { get; init; }
}
