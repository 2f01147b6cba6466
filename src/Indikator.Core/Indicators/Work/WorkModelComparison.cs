using Indikator.Core.Internal;
using Indikator.Core.Reporting;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// The risk model of a work indicator beside the specifications analysts weigh it against, in one
/// <see cref="ModelComparison"/>: NAV's variant (a) model; the same without the labour-market deciles; the same with the
/// measurement-month effects switched (added when the indicators pool the months, as NAV does, removed when they compare
/// within the month); and variant (b), the model with each fixed-effect level's unit effects.
/// </summary>
/// <remarks>
/// <para>Every column is fitted on the same rows with the same options (standard errors clustered by person), so the
/// columns differ only in their terms. The first and the last columns are the models the indicators came from
/// (<see cref="WorkIndicatorResult.Model"/>, <see cref="WorkIndicatorResult.FixedEffectModel"/>), and they are kept
/// in the result once asked for; the two others are fitted here and not kept. The deciles column is left out when the
/// model has no deciles.</para>
/// <para>A large covariate coefficient that moves between columns says the term picks up what the other term measured:
/// for example the deciles and the month effects both carry the local labour market over time (docs/arbeidsindikatoren.md,
/// section 2).</para>
/// </remarks>
public static class WorkModelComparison
{
    /// <summary>Compares the risk models of one outcome of a work-indicator result.</summary>
    /// <param name="work">The work indicators, computed in memory.</param>
    /// <param name="outcome">The outcome, or null for <c>jobb3</c> when it was computed, else the first outcome.</param>
    /// <param name="options">How the table shows the estimates, or null for <see cref="ModelComparisonOptions.Default"/>.</param>
    /// <param name="language">The language of the column names: "(a) NAV model", "(a) without deciles", ... or "(a) NAVs modell", ....</param>
    /// <param name="cancellationToken">Cancels the fits.</param>
    /// <returns>The comparison, one column per model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="work"/> is null.</exception>
    /// <exception cref="ArgumentException">The outcome was not computed.</exception>
    /// <exception cref="NotSupportedException">The indicators were computed inside a database, so there are no rows to fit on.</exception>
    public static ModelComparison Create(
        WorkIndicatorResult work,
        string? outcome = null,
        ModelComparisonOptions? options = null,
        ReportLanguage language = ReportLanguage.English,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(work);
        var names = language == ReportLanguage.Norwegian ? Names.Norwegian : Names.English;
        var chosen = work.ShownOutcome(outcome, nameof(outcome));
        var within = work.Options.Model.CompareWithinMonth;
        var models = new List<(string, LinearModelResult)> { (names.Nav, work.Model(chosen)) };
        if (work.Options.Model.Deciles.Count > 0)
        {
            models.Add((names.WithoutDeciles, work.AlternativeModel(chosen, withDeciles: false, monthEffects: within, cancellationToken)));
        }

        models.Add((within ? names.WithoutMonthEffects : names.WithMonthEffects, work.AlternativeModel(chosen, withDeciles: true, monthEffects: !within, cancellationToken)));
        foreach (var level in work.Options.FixedEffectLevels)
        {
            cancellationToken.ThrowIfCancellationRequested();
            models.Add((names.UnitEffects(level), work.FixedEffectModel(chosen, level)));
        }

        options ??= ModelComparisonOptions.Default;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ModelSource.PeriodColumn] = names.Month,
            [ModelSource.PersonColumn] = names.Person,
        };
        foreach (var (name, label) in options.Labels)
        {
            labels[name] = label;
        }

        return ModelComparison.Create(models, options with { Labels = labels, Language = language });
    }
}

/// <summary>The column names of a <see cref="WorkModelComparison"/>, in the report's language.</summary>
file sealed record Names(
    string Nav, string WithoutDeciles, string WithMonthEffects, string WithoutMonthEffects, Func<string, string> UnitEffects, string Month, string Person)
{
    public static Names English { get; } = new(
        "(a) NAV model", "(a) without deciles", "(a) with month effects", "(a) without month effects", level => $"(b) {level} effects", "month", "person");

    public static Names Norwegian { get; } = new(
        "(a) NAVs modell", "(a) uten desiler", "(a) med månedseffekter", "(a) uten månedseffekter", level => $"(b) effekter per {level}", "måned", "person");
}
