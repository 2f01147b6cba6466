using Indikator.Core.Indicators.Disclosure;
using System.Globalization;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Catalogue;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Reporting.Notebooks;

/// <summary>Turns the package's results into <see cref="ReportTable"/>s for display in a notebook.</summary>
/// <remarks>Suppressed rows stay suppressed: every value of a row that disclosure control withheld becomes
/// <see cref="ReportCell.Suppressed"/>, never a zero. A single indicator table does not know the threshold it was
/// suppressed with, so its footnote says "suppressed by disclosure control" without a number.</remarks>
internal static class NotebookTables
{
    private const string NotCausal =
        "The NAV contribution (actual minus expected) describes how a unit's users fared compared with similar users elsewhere over the same period; it is not a causal effect of the unit.";

    public static ReportTable Model(LinearModelResult fit)
    {
        var c = CultureInfo.InvariantCulture;
        var fixedEffects = fit.FixedEffects.Count == 0
            ? "no fixed effects"
            : "fixed effects " + string.Join(" + ", fit.FixedEffects.Select(f => string.Create(c, $"{f.Name} ({f.Levels.Count} levels)")));
        var within = fit.WithinRSquared is { } w ? string.Create(c, $", within R² {w:0.####}") : string.Empty;
        var builder = new ReportTableBuilder(string.Create(c, $"Linear model: {fit.ObservationCount:N0} observations, {fixedEffects}"))
            .WithDescription(string.Create(c, $"Standard errors: {fit.CovarianceDescription}. R² {fit.RSquared:0.####}{within}, RMSE {fit.Rmse:G4}; t distribution with {fit.InferenceDegreesOfFreedom:G6} degrees of freedom."))
            .AddColumn("coefficient", "Coefficient", ReportColumnKind.Text)
            .AddColumn("estimate", "Estimate", ReportColumnKind.Number, 4)
            .AddColumn("std_error", "Std. error", ReportColumnKind.Number, 4)
            .AddColumn("t", "t value", ReportColumnKind.Number, 2)
            .AddColumn("p", "Pr(>|t|)", ReportColumnKind.Text)
            .AddColumn("lower", "95 % lower", ReportColumnKind.Number, 4)
            .AddColumn("upper", "95 % upper", ReportColumnKind.Number, 4);
        var intervals = fit.ConfidenceIntervals().ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var coefficient in fit.Coefficients)
        {
            var interval = intervals[coefficient.Name];
            builder.AddRow(
                ReportCell.FromText(coefficient.Name),
                ReportCell.FromNumber(coefficient.Estimate),
                ReportCell.FromNumber(coefficient.StandardError),
                ReportCell.FromNumber(coefficient.TStatistic),
                ReportCell.FromText(coefficient.PValue < 0.0001 ? "< 0.0001" : coefficient.PValue.ToString("0.0000", c)),
                ReportCell.FromNumber(interval.Lower),
                ReportCell.FromNumber(interval.Upper));
        }

        foreach (var dropped in fit.Dropped)
        {
            builder.AddRow(
                ReportCell.FromText(dropped.Name),
                ReportCell.NotAvailable,
                ReportCell.NotAvailable,
                ReportCell.NotAvailable,
                ReportCell.FromText("dropped: " + dropped.Reason),
                ReportCell.NotAvailable,
                ReportCell.NotAvailable);
        }

        if (fit.ReferenceLevels.Count > 0)
        {
            builder.AddNote("Reference levels: " + string.Join("; ", fit.ReferenceLevels.Select(r => $"{r.Key} = {r.Value}")) + ".");
        }

        var sample = fit.Sample;
        if (sample.MissingRows + sample.ZeroWeightRows + sample.SingletonRows > 0)
        {
            builder.AddNote(string.Create(c, $"Rows removed: {sample.MissingRows} with a missing value, {sample.ZeroWeightRows} with zero weight; {sample.SingletonRows} singleton rows ({(sample.SingletonsDropped ? "removed" : "kept")})."));
        }

        return builder.Build();
    }

    public static ReportTable Work(WorkIndicatorTable table)
    {
        var format = OutcomeFormat.For(table.Outcome);
        var monthly = table.Rows.Count(r => r.Month is not null);
        var builder = new ReportTableBuilder($"{format.Name} by {table.Level.Name}, {Variant(table.Variant)}")
            .WithDescription(
                $"Pooled over all measurement months ({monthly} unit-month rows are in Rows and Find(unit, month)). Actual and expected are mean outcomes; " +
                $"contribution (NAV-bidraget) = actual - expected, in {format.ContributionUnit}, with its standard error and confidence interval.")
            .WithUpstreamSuppression()
            .AddColumn("unit", Capitalised(table.Level.Name), ReportColumnKind.Text)
            .AddColumn("persons", "Persons", ReportColumnKind.WholeNumber)
            .AddColumn("person_months", "Person-months", ReportColumnKind.WholeNumber)
            .AddColumn("actual", "Actual", format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn("expected", "Expected", format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn("contribution", "Contribution", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("std_error", "Std. error", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("lower", "Lower", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("upper", "Upper", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddNote(NotCausal);
        foreach (var row in table.Rows)
        {
            if (row.Month is not null)
            {
                continue;
            }

            builder.AddRow(
                ReportCell.FromText(row.Unit),
                Published(row.Status, row.Persons),
                Published(row.Status, row.PersonMonths),
                Published(row.Status, row.Actual),
                Published(row.Status, row.Expected),
                Published(row.Status, row.Contribution),
                Published(row.Status, row.StandardError),
                Published(row.Status, row.Lower),
                Published(row.Status, row.Upper));
        }

        return builder.Build();
    }

    public static ReportTable Comparison(UnitComparison comparison)
    {
        var c = CultureInfo.InvariantCulture;
        var format = OutcomeFormat.For(comparison.Outcome);
        var builder = new ReportTableBuilder($"Shrinkage and funnel limits: {format.Name} by {comparison.Level.Name}, {Variant(comparison.Variant)}")
            .WithDescription(string.Create(
                c,
                $"Pooled contributions in {format.ContributionUnit}. Shrunken: pulled towards the mean {comparison.Mean:G4} in proportion to the noise (empirical Bayes, tau² = {comparison.TauSquared:G4}, {comparison.TauEstimator}). " +
                $"Reliability: the share of a unit's variation that is signal (0 to 1). Funnel: where the contribution lies against the 95 % and 99.8 % limits around the national value 0 at the unit's precision (overdispersion: {comparison.Overdispersion})."))
            .WithUpstreamSuppression()
            .AddColumn("unit", Capitalised(comparison.Level.Name), ReportColumnKind.Text)
            .AddColumn("persons", "Persons", ReportColumnKind.WholeNumber)
            .AddColumn("person_months", "Person-months", ReportColumnKind.WholeNumber)
            .AddColumn("contribution", "Contribution", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("std_error", "Std. error", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("reliability", "Reliability", ReportColumnKind.Share)
            .AddColumn("shrunken", "Shrunken", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("rank", "Rank (shrunken)", ReportColumnKind.WholeNumber)
            .AddColumn("funnel", "Funnel", ReportColumnKind.Text)
            .AddNote(NotCausal)
            .AddNote("A point outside the 95 % limits is expected for about 1 unit in 20 by chance alone; read it as worth looking into, not as a verdict.");
        foreach (var row in comparison.Rows)
        {
            builder.AddRow(
                ReportCell.FromText(row.Unit),
                Published(row.Status, row.Persons),
                Published(row.Status, row.PersonMonths),
                Published(row.Status, row.Contribution),
                Published(row.Status, row.StandardError),
                Published(row.Status, row.Reliability),
                Published(row.Status, row.Shrunken),
                Published(row.Status, row.Rank),
                row.Status == SuppressionStatus.Published ? FunnelPosition(row) : ReportCell.Suppressed);
        }

        return builder.Build();
    }

    public static IReadOnlyList<string> WorkNotes(WorkIndicatorResult work)
    {
        var options = work.Options;
        return
        [
            NotCausal,
            string.Create(CultureInfo.InvariantCulture, $"Disclosure control: units with fewer than {options.MinimumPersons} persons are suppressed (:), with secondary suppression where a margin would reveal them."),
            "Show one table with result.Table(outcome, level), its shrinkage and funnel limits with result.Comparison(outcome, level), and the risk model with result.Model(outcome).",
        ];
    }

    public static ReportTable Contents(WorkIndicatorResult work)
    {
        var builder = new ReportTableBuilder("Computed tables")
            .WithDescription("Per outcome, level and variant: how many units have a pooled row, and how many of them are published or suppressed.")
            .AddColumn("outcome", "Outcome", ReportColumnKind.Text)
            .AddColumn("level", "Level", ReportColumnKind.Text)
            .AddColumn("variant", "Variant", ReportColumnKind.Text)
            .AddColumn("units", "Units", ReportColumnKind.WholeNumber)
            .AddColumn("published", "Published", ReportColumnKind.WholeNumber)
            .AddColumn("suppressed", "Suppressed", ReportColumnKind.WholeNumber);
        foreach (var table in work.Tables)
        {
            var pooled = table.Rows.Where(r => r.Month is null).ToArray();
            var published = pooled.Count(r => r.Status == SuppressionStatus.Published);
            builder.AddRow(
                ReportCell.FromText(table.Outcome),
                ReportCell.FromText(table.Level.Name),
                ReportCell.FromText(Variant(table.Variant)),
                ReportCell.FromNumber(pooled.Length),
                ReportCell.FromNumber(published),
                ReportCell.FromNumber(pooled.Length - published));
        }

        return builder.Build();
    }

    public static ReportTable Scorecard(Scorecard card)
    {
        var definition = card.Definition;
        var percent = definition.Unit == IndicatorUnit.Percent;

        // Provider results in percent are stored as 0 to 100; the report's percent columns hold fractions.
        var scale = percent ? 0.01 : 1.0;
        var kind = percent ? ReportColumnKind.Percent : ReportColumnKind.Number;
        var programme = card.Programme is { } p ? ", " + ProgrammeNames.Code(p) : string.Empty;
        var builder = new ReportTableBuilder(string.Create(CultureInfo.InvariantCulture, $"Scorecard: {definition.EnglishName}{programme}, {card.Year}"))
            .WithDescription(string.Create(CultureInfo.InvariantCulture, $"The best {card.Top.Count} of {card.ProviderCount} providers, the own provider ({card.OwnProviderId}) and its latest earlier result. National average: unweighted mean over providers. Results of fewer persons than the minimum are suppressed ({card.SuppressedProviderCount} this year)."))
            .AddColumn("provider", "Provider", ReportColumnKind.Text)
            .AddColumn("rank", "Rank", ReportColumnKind.WholeNumber)
            .AddColumn("value", definition.EnglishName, kind, 1)
            .AddColumn("basis", "Basis", ReportColumnKind.WholeNumber);
        var ownInTop = false;
        foreach (var entry in card.Top)
        {
            var own = string.Equals(entry.ProviderId, card.OwnProviderId, StringComparison.Ordinal);
            ownInTop |= own;
            builder.AddRow(
                ReportCell.FromText(own ? entry.ProviderId + " (own)" : entry.ProviderId),
                ReportCell.FromNumber(entry.Rank),
                ReportCell.FromNumber(entry.Value * scale),
                ReportCell.FromNumber(entry.Basis));
        }

        if (!ownInTop && card.OwnResult is { } result)
        {
            builder.AddRow(ReportCell.FromText(card.OwnProviderId + " (own)"), ReportCell.FromOptional(card.OwnRank), ReportCell.FromNumber(result * scale), ReportCell.NotAvailable);
        }
        else if (card.IsOwnResultSuppressed)
        {
            builder.AddRow(ReportCell.FromText(card.OwnProviderId + " (own)"), ReportCell.NotAvailable, ReportCell.Suppressed, ReportCell.Suppressed);
        }

        builder.AddRow(
            ReportCell.FromText(string.Create(CultureInfo.InvariantCulture, $"National average ({card.ProviderCount} providers)")),
            ReportCell.NotAvailable,
            card.IsNationalAverageSuppressed ? ReportCell.Suppressed : ReportCell.FromNumber(card.NationalAverage * scale),
            ReportCell.NotAvailable);
        if (card.OwnPrevious is { } previous)
        {
            builder.AddRow(
                ReportCell.FromText(string.Create(CultureInfo.InvariantCulture, $"{card.OwnProviderId} (own), {previous.Year}")),
                ReportCell.NotAvailable,
                previous.Value is { } value ? ReportCell.FromNumber(value * scale) : ReportCell.Suppressed,
                ReportCell.NotAvailable);
        }

        if (card.Note is { } note)
        {
            builder.AddNote(note);
        }

        return builder.AddNote(ProviderScorecards.Warning).Build();
    }

    private static ReportCell FunnelPosition(UnitComparisonRow row)
    {
        if (row.Contribution is not { } value)
        {
            return ReportCell.NotAvailable;
        }

        if (value < row.Lower998 || value > row.Upper998)
        {
            return ReportCell.FromText(value < row.Lower998 ? "below 99.8 %" : "above 99.8 %");
        }

        if (value < row.Lower95 || value > row.Upper95)
        {
            return ReportCell.FromText(value < row.Lower95 ? "below 95 %" : "above 95 %");
        }

        return ReportCell.FromText("inside");
    }

    private static ReportCell Published(SuppressionStatus status, double? value)
        => status == SuppressionStatus.Published ? ReportCell.FromOptional(value) : ReportCell.Suppressed;

    private static string Variant(ContributionVariant variant) => variant == ContributionVariant.FixedEffect
        ? "variant (b), unit fixed effects"
        : "variant (a), mean residual";

    private static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
