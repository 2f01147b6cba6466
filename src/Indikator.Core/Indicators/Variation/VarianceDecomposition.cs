using Indikator.Core.Data;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Internal;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Variation;

/// <summary>
/// How much of the variation between offices (or other units) is real, and how much is noise or user mix: the
/// between-unit variance of the raw and of the risk-adjusted outcome with the sampling noise removed, the share the
/// adjustment explained, each unit's reliability and rank uncertainty, and the stability from year to year.
/// </summary>
/// <remarks>
/// <para>Person-months recur per person, so the rows are not independent and a row-level one-way model
/// (<see cref="OneWayRandomEffects"/>) would take the within-person correlation for signal. Instead: per unit the mean
/// c_u of the person-month values (raw outcome y, or adjusted outcome: the residual of the risk model, plus the unit's
/// fixed effect under <see cref="ContributionVariant.FixedEffect"/>) with its person-clustered (CR1) variance s_u^2; then
/// the random-effects model c_u ~ N(theta_u, s_u^2), theta_u ~ N(mu, tau^2) with tau^2 by the empirical-Bayes estimator of
/// the work indicators (DerSimonian-Laird or REML), its Q-profile interval (Viechtbauer 2007), and the share
/// tau^2 / Var(person-month values). The explained share 1 - tau_adj^2 / tau_raw^2 gets a percentile interval from a
/// bootstrap that resamples units (persons are nested in units, so this keeps each person's months together).</para>
/// <para>Per unit: reliability R_u = tau^2 / (tau^2 + s_u^2), shrunken mu + R_u (c_u - mu), and the rank's distribution
/// over draws theta_u ~ N(shrunken_u, R_u s_u^2) (independent posteriors, mu and tau^2 taken as known), seeded, so the
/// same inputs give the same result. Stability: per calendar year the units' adjusted means, correlated between
/// consecutive years, with the ceiling sqrt(R_1 R_2) that noise alone allows.</para>
/// <para>The adjusted means omit the model's coefficient uncertainty (the d'V d term of the published standard errors):
/// it is shared by all units and small, and the between-unit variance is about the units, not the coefficients.
/// docs/arbeidsindikatoren.md, section 5a, describes the method and its check on synthetic data.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class VarianceDecomposition
{
    /// <summary>Decomposes the between-unit variance of one outcome at one level of a work-indicator result.</summary>
    /// <param name="work">The work indicators; their risk models hold the rows, residuals and person codes used.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The decomposition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="work"/> is null.</exception>
    /// <exception cref="ArgumentException">The outcome or level was not computed, the level is the country or crossed,
    /// the fixed-effect variant was not computed for the level, or an option is out of range (named in the message).</exception>
    public static VarianceDecompositionResult Compute(WorkIndicatorResult work, VarianceDecompositionOptions? options = null)
    {
        Guard.NotNull(work);
        options ??= new VarianceDecompositionOptions();
        var outcome = options.Outcome ?? work.ShownOutcome(null, nameof(options));
        var level = Validate(work, options, outcome);
        var estimator = options.TauEstimator ?? work.Options.TauEstimator;
        var fit = options.Variant == ContributionVariant.FixedEffect ? work.FixedEffectModel(outcome, level.Name) : work.Model(outcome);
        var table = work.Table(outcome, level.Name, options.Variant);

        var source = fit.State.Frame.Source;
        var used = fit.UsedRows.ToArray();
        var residuals = fit.Residuals.ToArray();
        var y = fit.State.Frame.Outcome;
        var unitColumn = Categorical(source, level.Column!);
        var personColumn = Categorical(source, ModelSource.PersonColumn);
        var periodColumn = Categorical(source, ModelSource.PeriodColumn);
        var units = unitColumn.Levels;
        var effect = new double[units.Count];
        if (options.Variant == ContributionVariant.FixedEffect)
        {
            var estimates = fit.FixedEffects.First(f => f.Name == level.Column);
            for (var u = 0; u < units.Count; u++)
            {
                effect[u] = estimates.TryGetValue(units[u], out var a) ? a : double.NaN;
            }
        }

        var n = used.Length;
        var unitOf = new int[n];
        var personOf = new int[n];
        var adjusted = new double[n];
        var (yearOfPeriod, firstYear, years) = Years(periodColumn);
        var yearOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            var row = used[i];
            unitOf[i] = unitColumn.CodeArray[row];
            personOf[i] = personColumn.CodeArray[row];
            yearOf[i] = yearOfPeriod[periodColumn.CodeArray[row]];
            adjusted[i] = residuals[i] + (unitOf[i] >= 0 ? effect[unitOf[i]] : 0);
        }

        var pooled = ClusteredCellMeans.Compute(unitOf, personOf, personColumn.LevelCount, y, adjusted, units.Count);
        var usable = Enumerable.Range(0, units.Count).Where(u => Usable(pooled, u)).ToArray();
        var rawFit = Between(usable, pooled.Mean1, pooled.Variance1, estimator, options.ConfidenceLevel, Variance(y));
        var adjFit = Between(usable, pooled.Mean2, pooled.Variance2, estimator, options.ConfidenceLevel, Variance(adjusted));
        var explained = Bootstrap(usable, pooled, estimator, options);

        var status = new SuppressionStatus[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            status[u] = table.Find(units[u], null)?.Status ?? SuppressionStatus.Published;
        }

        var rows = Rows(units, status, pooled, usable, adjFit, options);
        var cellOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            cellOf[i] = unitOf[i] < 0 ? -1 : (unitOf[i] * years) + yearOf[i];
        }

        var yearly = ClusteredCellMeans.Compute(cellOf, personOf, personColumn.LevelCount, y, adjusted, units.Count * years);
        var stability = Stability(yearly, units.Count, firstYear, years, estimator);
        return new VarianceDecompositionResult(options, outcome, level, estimator, usable.Length, work.Options.MinimumPersons, rawFit, adjFit, explained, rows, stability);
    }

    private static WorkUnitLevel Validate(WorkIndicatorResult work, VarianceDecompositionOptions options, string outcome)
    {
        if (!work.Options.Outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Outcome '{outcome}' was not computed; the result has {string.Join(", ", work.Options.Outcomes)}.", nameof(options));
        }

        var level = work.Options.Units.FirstOrDefault(u => u.Name == options.Level)
            ?? throw new ArgumentException($"Level '{options.Level}' is not one of the result's levels.", nameof(options));
        if (level.IsCountry || level.IsCrossed)
        {
            throw new ArgumentException($"Level '{options.Level}' must be a single column (not the country, not a crossing).", nameof(options));
        }

        if (options.Variant == ContributionVariant.FixedEffect && !work.Options.FixedEffectLevels.Contains(options.Level, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Variant FixedEffect: level '{options.Level}' is not one of the result's FixedEffectLevels.", nameof(options));
        }

        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentException($"ConfidenceLevel must be in (0, 1) (was {options.ConfidenceLevel}).", nameof(options));
        }

        if (options.RankDraws < 100)
        {
            throw new ArgumentException($"RankDraws must be at least 100 (was {options.RankDraws}).", nameof(options));
        }

        if (options.BootstrapReplications < 99)
        {
            throw new ArgumentException($"BootstrapReplications must be at least 99 (was {options.BootstrapReplications}).", nameof(options));
        }

        return level;
    }

    private static CategoricalColumn Categorical(IColumnSource source, string name)
        => source.TryGetCategorical(name, out var column) ? column : throw new InvalidOperationException($"The fit's data have no column '{name}'.");

    private static bool Usable(ClusteredCellMeans means, int u)
        => means.Persons[u] >= 2
           && double.IsFinite(means.Mean1[u]) && means.Variance1[u] > 0 && double.IsFinite(means.Variance1[u])
           && double.IsFinite(means.Mean2[u]) && means.Variance2[u] > 0 && double.IsFinite(means.Variance2[u]);

    private static (int[] YearOfPeriod, int FirstYear, int Years) Years(CategoricalColumn period)
    {
        var year = new int[period.LevelCount];
        var min = int.MaxValue;
        var max = int.MinValue;
        for (var p = 0; p < year.Length; p++)
        {
            year[p] = YearMonth.Parse(period.Levels[p], System.Globalization.CultureInfo.InvariantCulture).Year;
            min = Math.Min(min, year[p]);
            max = Math.Max(max, year[p]);
        }

        for (var p = 0; p < year.Length; p++)
        {
            year[p] -= min;
        }

        return (year, min, max - min + 1);
    }

    private static double Variance(double[] values)
    {
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        var ss = 0.0;
        foreach (var v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        return ss / (values.Length - 1);
    }

    private static BetweenUnitVariance Between(int[] usable, double[] mean, double[] variance, TauSquaredEstimator estimator, double level, double total)
    {
        var c = new double[usable.Length];
        var se = new double[usable.Length];
        for (var i = 0; i < usable.Length; i++)
        {
            c[i] = mean[usable[i]];
            se[i] = Math.Sqrt(variance[usable[i]]);
        }

        if (c.Length < 2)
        {
            return new BetweenUnitVariance(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, total);
        }

        var fit = EmpiricalBayes.Fit(c, se, estimator);
        var (lower, upper) = TauSquaredInterval.Compute(c, se, level);
        double m = 0, noise = 0;
        for (var i = 0; i < c.Length; i++)
        {
            m += c[i];
            noise += se[i] * se[i];
        }

        m /= c.Length;
        var observed = 0.0;
        foreach (var v in c)
        {
            observed += (v - m) * (v - m);
        }

        return new BetweenUnitVariance(fit.TauSquared, lower, upper, fit.Mean, observed / (c.Length - 1), noise / c.Length, total);
    }

    /// <summary>Percentile interval of 1 - tau_adj^2 / tau_raw^2 over resampled units (replications with tau_raw^2 = 0 count as undefined and are left out).</summary>
    private static (double Lower, double Upper) Bootstrap(int[] usable, ClusteredCellMeans pooled, TauSquaredEstimator estimator, VarianceDecompositionOptions options)
    {
        var k = usable.Length;
        if (k < 3)
        {
            return (double.NaN, double.NaN);
        }

        var random = new Random(options.Seed);
        var raw = new double[k];
        var rawSe = new double[k];
        var adj = new double[k];
        var adjSe = new double[k];
        var shares = new List<double>(options.BootstrapReplications);
        for (var b = 0; b < options.BootstrapReplications; b++)
        {
            for (var i = 0; i < k; i++)
            {
                var u = usable[random.Next(k)];
                raw[i] = pooled.Mean1[u];
                rawSe[i] = Math.Sqrt(pooled.Variance1[u]);
                adj[i] = pooled.Mean2[u];
                adjSe[i] = Math.Sqrt(pooled.Variance2[u]);
            }

            var tauRaw = EmpiricalBayes.Fit(raw, rawSe, estimator).TauSquared;
            if (tauRaw > 0)
            {
                shares.Add(1 - (EmpiricalBayes.Fit(adj, adjSe, estimator).TauSquared / tauRaw));
            }
        }

        if (shares.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        shares.Sort();
        var alpha = 1 - options.ConfidenceLevel;
        return (Quantile(shares, alpha / 2), Quantile(shares, 1 - (alpha / 2)));
    }

    /// <summary>The type-7 (linear interpolation) quantile of sorted values.</summary>
    private static double Quantile(List<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static VarianceDecompositionRow[] Rows(IReadOnlyList<string> units, SuppressionStatus[] status, ClusteredCellMeans pooled, int[] usable, BetweenUnitVariance adjusted, VarianceDecompositionOptions options)
    {
        var tau2 = adjusted.TauSquared;
        var isUsable = new bool[units.Count];
        foreach (var u in usable)
        {
            isUsable[u] = true;
        }

        var ranked = Enumerable.Range(0, units.Count).Where(u => isUsable[u] && status[u] == SuppressionStatus.Published && double.IsFinite(tau2)).ToArray();
        var shrunken = new double[units.Count];
        var reliability = new double[units.Count];
        foreach (var u in usable)
        {
            var v = pooled.Variance2[u];
            reliability[u] = double.IsFinite(tau2) ? tau2 / (tau2 + v) : double.NaN;
            shrunken[u] = adjusted.Mean + (reliability[u] * (pooled.Mean2[u] - adjusted.Mean));
        }

        var ranks = RankDraws(ranked, shrunken, reliability, pooled.Variance2, options);
        var rows = new List<VarianceDecompositionRow>();
        for (var u = 0; u < units.Count; u++)
        {
            if (pooled.Rows[u] == 0)
            {
                continue;
            }

            if (status[u] != SuppressionStatus.Published)
            {
                rows.Add(new VarianceDecompositionRow(units[u], status[u], null, null, null, null, null, null, null, null, null, null, null, null));
                continue;
            }

            var rank = ranks.TryGetValue(u, out var r) ? r : default((double, double, int, int)?);
            rows.Add(new VarianceDecompositionRow(
                units[u], status[u], pooled.Persons[u], pooled.Rows[u], pooled.Mean1[u], Math.Sqrt(pooled.Variance1[u]), pooled.Mean2[u], Math.Sqrt(pooled.Variance2[u]),
                isUsable[u] ? reliability[u] : null, isUsable[u] ? shrunken[u] : null,
                rank?.Item1, rank?.Item2, rank?.Item3, rank?.Item4));
        }

        return [.. rows];
    }

    /// <summary>Per ranked unit: mean rank, its standard deviation and the 2.5 and 97.5 percent quantiles over posterior draws (rank 1 = highest).</summary>
    private static Dictionary<int, (double, double, int, int)?> RankDraws(int[] ranked, double[] shrunken, double[] reliability, double[] variance, VarianceDecompositionOptions options)
    {
        var k = ranked.Length;
        var result = new Dictionary<int, (double, double, int, int)?>();
        if (k < 2)
        {
            return result;
        }

        var draws = options.RankDraws;
        var random = new Random(unchecked((options.Seed * 31) + 7));
        var sd = new double[k];
        for (var i = 0; i < k; i++)
        {
            sd[i] = Math.Sqrt(reliability[ranked[i]] * variance[ranked[i]]);
        }

        var counts = new int[k * k];
        var theta = new double[k];
        var order = new int[k];
        for (var d = 0; d < draws; d++)
        {
            for (var i = 0; i < k; i++)
            {
                theta[i] = -(shrunken[ranked[i]] + (sd[i] * Normal(random)));
                order[i] = i;
            }

            // Ascending on -theta is descending on theta: position 0 is rank 1.
            Array.Sort(theta, order);
            for (var position = 0; position < k; position++)
            {
                counts[(order[position] * k) + position]++;
            }
        }

        for (var i = 0; i < k; i++)
        {
            double sum = 0, sum2 = 0;
            int lower = 0, upper = 0, cumulative = 0;
            var lowerFound = false;
            for (var position = 0; position < k; position++)
            {
                var c = counts[(i * k) + position];
                var rank = position + 1.0;
                sum += c * rank;
                sum2 += c * rank * rank;
                cumulative += c;
                if (!lowerFound && cumulative >= 0.025 * draws)
                {
                    lower = position + 1;
                    lowerFound = true;
                }

                if (upper == 0 && cumulative >= 0.975 * draws)
                {
                    upper = position + 1;
                }
            }

            var mean = sum / draws;
            result[ranked[i]] = (mean, Math.Sqrt(Math.Max(0, (sum2 / draws) - (mean * mean))), lower, upper);
        }

        return result;
    }

    /// <summary>A standard normal draw (Box-Muller on two uniforms in (0, 1]).</summary>
    private static double Normal(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static YearStability[] Stability(ClusteredCellMeans yearly, int units, int firstYear, int years, TauSquaredEstimator estimator)
    {
        var result = new List<YearStability>();
        for (var t = 0; t + 1 < years; t++)
        {
            var pairs = Enumerable.Range(0, units).Where(u => Usable(yearly, (u * years) + t) && Usable(yearly, (u * years) + t + 1)).ToArray();
            if (pairs.Length < 3)
            {
                continue;
            }

            var first = pairs.Select(u => yearly.Mean2[(u * years) + t]).ToArray();
            var second = pairs.Select(u => yearly.Mean2[(u * years) + t + 1]).ToArray();
            var ceiling = Math.Sqrt(
                Reliability(first, [.. pairs.Select(u => Math.Sqrt(yearly.Variance2[(u * years) + t]))], estimator)
                * Reliability(second, [.. pairs.Select(u => Math.Sqrt(yearly.Variance2[(u * years) + t + 1]))], estimator));
            result.Add(new YearStability(firstYear + t, firstYear + t + 1, pairs.Length, IndicatorCorrelation.Pearson(first, second), IndicatorCorrelation.Spearman(first, second), ceiling));
        }

        return [.. result];
    }

    private static double Reliability(double[] c, double[] se, TauSquaredEstimator estimator)
    {
        var tau2 = EmpiricalBayes.Fit(c, se, estimator).TauSquared;
        var noise = 0.0;
        foreach (var s in se)
        {
            noise += s * s;
        }

        return tau2 / (tau2 + (noise / se.Length));
    }
}
