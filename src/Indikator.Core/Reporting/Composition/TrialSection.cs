using System.Globalization;
using Indikator.Core.Evaluation;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Reporting.Composition;

/// <summary>
/// The report section "Trial evaluation" from a <see cref="TrialEvaluationResult"/>: the average effect (headline and
/// two-way fixed effects) with t and wild-bootstrap inference and a plain reading as notes, the event study as a chart
/// with its interval band and as a table, the placebo test, each trial office against its controls with a verdict, and
/// the control offices with how they were chosen. Texts come from <see cref="ReportText"/> in the report's language.
/// </summary>
/// <remarks>The only counts are person-months of trial offices at a relative month and control offices' person-months per
/// month: both count persons in an office and month, so a value below the report's threshold is suppressed, and an
/// event-study point resting on so few trial person-months is suppressed whole (its estimate is their mean outcome
/// against the controls). Effects pooled over offices and months are not counts and are shown.</remarks>
internal static class TrialSection
{
    public static void Add(ReportBuilder report, TrialEvaluationResult result, int minimumPersons, ReportLanguage language)
    {
        var format = OutcomeFormat.For(result.Spec.Outcome, language);
        if (EventStudyChart(result, format, minimumPersons, language) is { } chart)
        {
            report.AddChart(chart);
        }

        foreach (var table in Tables(result, format, minimumPersons, language))
        {
            report.AddTable(table);
        }
    }

    public static IReadOnlyList<ReportTable> Tables(TrialEvaluationResult result, OutcomeFormat format, int minimumPersons, ReportLanguage language)
        => [Summary(result, format, language), EventStudy(result, format, minimumPersons, language), Placebo(result, format, language), Offices(result, format, language), Controls(result, format, minimumPersons, language)];

    public static ReportTable Summary(TrialEvaluationResult result, OutcomeFormat format, ReportLanguage language)
    {
        var level = UnitTables.Level(result.Spec.ConfidenceLevel);
        var kind = format.ContributionKind;
        var builder = new ReportTableBuilder(ReportText.TrialTitle(language, format.Name))
            .WithDescription(ReportText.TrialDescription(language, OutcomeText(result, format, language)))
            .AddColumn(ReportText.Key(language, "estimator", "estimator"), ReportText.TrialEstimator(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "effect", "effekt"), ReportText.TrialEffectHeader(language), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "lower", "nedre"), ReportText.TrialLower(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "upper", "ovre"), ReportText.TrialUpper(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "standard_error", "standardfeil"), ReportText.TrialStandardError(language), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "p_value", "p_verdi"), ReportText.TrialPValue(language), ReportColumnKind.Number, 3)
            .AddColumn(ReportText.Key(language, "bootstrap_p_value", "bootstrap_p_verdi"), ReportText.TrialBootstrapPValue(language), ReportColumnKind.Number, 3)
            .AddColumn(ReportText.Key(language, "bootstrap_lower", "bootstrap_nedre"), ReportText.TrialBootstrapLower(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "bootstrap_upper", "bootstrap_ovre"), ReportText.TrialBootstrapUpper(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "offices", "kontorer"), ReportText.TrialOfficeClusters(language), ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "person_months", "personmaaneder"), ReportText.TrialPersonMonths(language), ReportColumnKind.WholeNumber);
        foreach (var (name, effect) in new[] { (ReportText.TrialHeadline(language), result.Effect), (ReportText.TrialTwoWay(language, result.IsStaggered), result.TwoWayFixedEffects) })
        {
            var bootstrap = effect.Bootstrap;
            builder.AddRow(
                ReportCell.FromText(name),
                Number(effect.Estimate),
                Number(effect.Lower),
                Number(effect.Upper),
                Number(effect.StandardError),
                Number(effect.PValue),
                Number(bootstrap?.PValue ?? double.NaN),
                Number(bootstrap?.ConfidenceInterval.Lower ?? double.NaN),
                Number(bootstrap?.ConfidenceInterval.Upper ?? double.NaN),
                bootstrap is null ? ReportCell.NotAvailable : ReportCell.FromNumber(bootstrap.ClusterCount),
                ReportCell.FromNumber(effect.PersonMonths));
        }

        builder.AddNote(Reading(result, format, language));
        builder.AddNote(result.IsStaggered
            ? ReportText.TrialStaggered(language, string.Join(", ", result.Cohorts.Select(c => c.ToString())))
            : ReportText.TrialOneStart(language, result.Cohorts[0].ToString()));
        builder.AddNote(ReportText.TrialNotCausal(language));
        if (result.ExcludedRows > 0)
        {
            builder.AddNote(ReportText.TrialExcluded(language, NumberText.Format(result.ExcludedRows, ReportColumnKind.WholeNumber, 0, language)));
        }

        return builder.Build();
    }

    public static ReportTable EventStudy(TrialEvaluationResult result, OutcomeFormat format, int minimumPersons, ReportLanguage language)
    {
        var level = UnitTables.Level(result.Spec.ConfidenceLevel);
        var kind = format.ContributionKind;
        var builder = new ReportTableBuilder(ReportText.TrialEventStudyTitle(language, format.Name, level))
            .WithDescription(ReportText.TrialEventStudyDescription(language))
            .WithSuppressionThreshold(minimumPersons)
            .AddColumn(ReportText.Key(language, "relative_month", "maaneder_siden_start"), ReportText.TrialRelativeMonth(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "effect", "effekt"), ReportText.TrialEffectHeader(language), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "lower", "nedre"), ReportText.TrialLower(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "upper", "ovre"), ReportText.TrialUpper(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "standard_error", "standardfeil"), ReportText.TrialStandardError(language), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "trial_person_months", "personmaaneder_forsok"), ReportText.TrialTrialPersonMonths(language), ReportColumnKind.WholeNumber);
        foreach (var point in result.EventStudy)
        {
            var label = ReportCell.FromText(ReportText.TrialRelativeLabel(language, point.RelativeMonth, point.IsBinned, point.IsReference));
            if (!point.IsReference && Suppressed(point, minimumPersons))
            {
                builder.AddRow([label, .. Enumerable.Repeat(ReportCell.Suppressed, 5)]);
                continue;
            }

            builder.AddRow(
                label,
                Number(point.Estimate),
                Number(point.Lower),
                Number(point.Upper),
                Number(point.StandardError),
                point.IsReference ? ReportCell.NotAvailable : ReportCell.FromNumber(point.PersonMonths));
        }

        return builder.Build();
    }

    /// <summary>The event study as a line over the relative months with its interval band and a zero line; suppressed or
    /// unreached months are gaps. Null when no point has a value to draw.</summary>
    public static LineChart? EventStudyChart(TrialEvaluationResult result, OutcomeFormat format, int minimumPersons, ReportLanguage language)
    {
        var points = result.EventStudy;
        if (points.Count == 0)
        {
            return null;
        }

        var values = new double[points.Count];
        var lower = new double[points.Count];
        var upper = new double[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var hidden = !p.IsReference && Suppressed(p, minimumPersons);
            values[i] = hidden ? double.NaN : p.Estimate;
            lower[i] = hidden ? double.NaN : p.Lower;
            upper[i] = hidden ? double.NaN : p.Upper;
        }

        if (!values.Any(double.IsFinite))
        {
            return null;
        }

        var level = UnitTables.Level(result.Spec.ConfidenceLevel);
        return new LineChart(
            ReportText.TrialEventStudyTitle(language, format.Name, level),
            [.. points.Select(p => ReportText.TrialRelativeLabel(language, p.RelativeMonth, p.IsBinned, reference: false))],
            [
                new LineSeries(ReportText.TrialEffectSeries(language), values, lower, upper),
                new LineSeries(ReportText.TrialNoEffect(language), new double[points.Count], isReference: true),
            ])
        {
            ValueKind = format.ContributionKind,
            YAxisTitle = ReportText.TrialEffectAxis(language, format.ContributionUnit),
        };
    }

    public static ReportTable Placebo(TrialEvaluationResult result, OutcomeFormat format, ReportLanguage language)
    {
        var placebo = result.Placebo;
        return new ReportTableBuilder(ReportText.TrialPlaceboTitle(language, format.Name))
            .WithDescription(ReportText.TrialPlaceboDescription(language))
            .AddColumn(ReportText.Key(language, "leads", "maaneder_testet"), ReportText.TrialLeadsTested(language), ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "f_statistic", "f_verdi"), ReportText.TrialFStatistic(language), ReportColumnKind.Number, 3)
            .AddColumn(ReportText.Key(language, "denominator_df", "frihetsgrader_nevner"), ReportText.TrialDenominatorDf(language), ReportColumnKind.Number, 1)
            .AddColumn(ReportText.Key(language, "p_value", "p_verdi"), ReportText.TrialFPValue(language), ReportColumnKind.Number, 3)
            .AddColumn(ReportText.Key(language, "reading", "tolkning"), ReportText.TrialReadingColumn(language), ReportColumnKind.Text)
            .AddRow(
                ReportCell.FromNumber(placebo.Leads),
                Number(placebo.FStatistic),
                Number(placebo.DenominatorDegreesOfFreedom),
                Number(placebo.PValue),
                ReportCell.FromText(ReportText.TrialPlaceboReading(language, placebo.PValue, placebo.Note)))
            .Build();
    }

    public static ReportTable Offices(TrialEvaluationResult result, OutcomeFormat format, ReportLanguage language)
    {
        var level = UnitTables.Level(result.Spec.ConfidenceLevel);
        var kind = format.ContributionKind;
        var builder = new ReportTableBuilder(ReportText.TrialOfficesTitle(language, format.Name))
            .WithDescription(ReportText.TrialOfficesDescription(language, level))
            .AddColumn(ReportText.Key(language, "office", "kontor"), ReportText.TrialOffice(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "start", "start"), ReportText.TrialStart(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "controls", "kontrollkontorer"), ReportText.TrialControls(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "effect", "effekt"), ReportText.TrialEffectHeader(language), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "lower", "nedre"), ReportText.TrialLower(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "upper", "ovre"), ReportText.TrialUpper(language, level), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "standard_error", "standardfeil"), ReportText.TrialStandardError(language), kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "verdict", "vurdering"), ReportText.TrialVerdictHeader(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "person_months", "personmaaneder"), ReportText.TrialPersonMonths(language), ReportColumnKind.WholeNumber);
        foreach (var office in result.Offices)
        {
            builder.AddRow(
                ReportCell.FromText(office.Office),
                ReportCell.FromText(office.Start.ToString()),
                ReportCell.FromText(string.Join(", ", office.Controls)),
                Number(office.Effect.Estimate),
                Number(office.Effect.Lower),
                Number(office.Effect.Upper),
                Number(office.Effect.StandardError),
                ReportCell.FromText(ReportText.TrialVerdictText(language, office.Verdict)),
                ReportCell.FromNumber(office.Effect.PersonMonths));
        }

        builder.AddNote(ReportText.TrialOfficesSummary(
            language,
            result.Offices.Count,
            result.Offices.Count(o => o.Verdict == TrialVerdict.AsGoodAsControls),
            result.Offices.Count(o => o.Verdict == TrialVerdict.Better),
            result.Offices.Count(o => o.Verdict == TrialVerdict.Worse),
            level));
        return builder.Build();
    }

    public static ReportTable Controls(TrialEvaluationResult result, OutcomeFormat format, int minimumPersons, ReportLanguage language)
    {
        var matched = result.Spec.Controls.Count == 0;
        var builder = new ReportTableBuilder(ReportText.TrialControlsTitle(language, format.Name))
            .WithDescription(matched
                ? ReportText.TrialMatchedDescription(language, result.Spec.ControlsPerTrialOffice, result.Spec.MatchingMonths)
                : ReportText.TrialGivenDescription(language))
            .WithSuppressionThreshold(minimumPersons)
            .AddColumn(ReportText.Key(language, "trial_office", "forsokskontor"), ReportText.TrialOffice(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "control_office", "kontrollkontor"), ReportText.TrialControlOffice(language), ReportColumnKind.Text);
        if (matched)
        {
            builder
                .AddColumn(ReportText.Key(language, "distance", "avstand"), ReportText.TrialDistance(language), ReportColumnKind.Number, 3)
                .AddColumn(ReportText.Key(language, "level", "niva"), ReportText.TrialLevel(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
                .AddColumn(ReportText.Key(language, "trend", "trend"), ReportText.TrialTrend(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
                .AddColumn(ReportText.Key(language, "person_months_per_month", "personmaaneder_per_maaned"), ReportText.TrialSize(language), ReportColumnKind.Number, 1);
        }

        foreach (var control in result.Controls)
        {
            if (!matched)
            {
                builder.AddRow(ReportCell.FromText(control.TrialOffice), ReportCell.FromText(control.ControlOffice));
                continue;
            }

            builder.AddRow(
                ReportCell.FromText(control.TrialOffice),
                ReportCell.FromText(control.ControlOffice),
                Number(control.Distance),
                Number(control.Level),
                Number(control.Trend),
                double.IsFinite(control.PersonMonthsPerMonth) && control.PersonMonthsPerMonth < minimumPersons
                    ? ReportCell.Suppressed
                    : Number(control.PersonMonthsPerMonth));
        }

        return builder.Build();
    }

    /// <summary>The plain reading of the headline, on its CR2 t interval with Bell-McCaffrey degrees of freedom, the
    /// interval whose coverage held with few trial offices (docs/evaluation.md).</summary>
    private static string Reading(TrialEvaluationResult result, OutcomeFormat format, ReportLanguage language)
    {
        var effect = result.Effect;
        var (lower, upper, p) = (effect.Lower, effect.Upper, effect.PValue);
        var kind = format.ContributionKind;
        var decimals = ReportColumn.DecimalsFor(kind, OutcomeFormat.NumberDecimals);
        string Text(double value) => double.IsFinite(value) ? NumberText.Format(value, kind, decimals, language) : "..";
        var clear = lower > 0 || upper < 0;
        return ReportText.TrialReading(
            language,
            Text(effect.Estimate),
            Text(lower),
            Text(upper),
            UnitTables.Level(result.Spec.ConfidenceLevel),
            double.IsFinite(p) ? NumberText.Format(p, ReportColumnKind.Number, 3, language) : "..",
            result.Offices.Count,
            result.Controls.Select(c => c.ControlOffice).Distinct(StringComparer.Ordinal).Count(),
            clear);
    }

    /// <summary>What the outcome is, in the report's language. The result describes it in English only: from a work
    /// result it is the risk model's residual, from a caller's columns it is the column as given, whose description is
    /// then the column's name.</summary>
    private static string OutcomeText(TrialEvaluationResult result, OutcomeFormat format, ReportLanguage language)
        => string.Equals(result.OutcomeDescription, result.Spec.Outcome, StringComparison.Ordinal)
            ? ReportText.TrialGivenOutcome(language, format.Name)
            : ReportText.TrialResidualOutcome(language, format.Name);

    // A month no trial office reaches has no person behind it and no estimate: shown as missing, not suppressed.
    private static bool Suppressed(EventStudyPoint point, int minimumPersons) => point.PersonMonths > 0 && point.PersonMonths < minimumPersons;

    private static ReportCell Number(double value) => double.IsFinite(value) ? ReportCell.FromNumber(value) : ReportCell.NotAvailable;
}
