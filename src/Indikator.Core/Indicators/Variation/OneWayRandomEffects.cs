using Indikator.Core.Internal;
using MathNet.Numerics.Distributions;

namespace Indikator.Core.Indicators.Variation;

/// <summary>
/// Variance components of the one-way random-effects model y_ij = mu + b_i + e_ij on row data with a group code: REML,
/// ML or the ANOVA method of moments, with the intraclass correlation, its interval, the GLS intercept and the
/// conditional modes.
/// </summary>
/// <remarks>
/// <para>REML and ML: the likelihood profiled over mu and sigma_e^2 depends on the ratio l = sigma_b^2 / sigma_e^2 alone
/// (Bates et al. 2015, section 3.4). The root of its derivative is bracketed and bisected to double precision, so the
/// estimate is the exact optimum, not an optimiser's approximation: it agrees with lme4 1.1-31 to about 1e-7 relative,
/// which is lme4's own optimiser tolerance (reference: docs/inference.md, section 5).</para>
/// <para>ANOVA: MSB = sum n_i (ybar_i - ybar)^2 / (a - 1), MSW = SSW / (N - a), sigma_b^2 = (MSB - MSW) / n0,
/// n0 = (N - sum n_i^2 / N) / (a - 1) (Searle, Casella and McCulloch 1992, sections 3.5 and 3.6). In a balanced design it
/// equals REML when positive.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class OneWayRandomEffects
{
    /// <summary>Fits the model.</summary>
    /// <param name="y">The outcome of each row; finite.</param>
    /// <param name="groups">The group of each row as a code 0..a-1; every code in that range must have a row.</param>
    /// <param name="method">The estimation method.</param>
    /// <param name="confidenceLevel">The level of the interval for the intraclass correlation, in (0, 1).</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">The lengths differ, a value is not finite, a code is negative or a group has no
    /// row (named in the message), there are fewer than two groups, no group has two rows, or the level is outside (0, 1).</exception>
    public static OneWayRandomEffectsResult Fit(
        ReadOnlySpan<double> y,
        ReadOnlySpan<int> groups,
        VarianceComponentsMethod method = VarianceComponentsMethod.RestrictedMaximumLikelihood,
        double confidenceLevel = 0.95)
    {
        Guard.SameLength(y.Length, groups.Length, nameof(groups));
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentException($"The confidence level must be in (0, 1) (was {confidenceLevel}).", nameof(confidenceLevel));
        }

        var a = 0;
        for (var r = 0; r < y.Length; r++)
        {
            if (!double.IsFinite(y[r]))
            {
                throw new ArgumentException($"y[{r}] is not finite ({y[r]}).", nameof(y));
            }

            if (groups[r] < 0)
            {
                throw new ArgumentException($"groups[{r}] is negative ({groups[r]}).", nameof(groups));
            }

            a = Math.Max(a, groups[r] + 1);
        }

        var n = new double[a];
        var sum = new double[a];
        var grand = 0.0;
        for (var r = 0; r < y.Length; r++)
        {
            n[groups[r]]++;
            sum[groups[r]] += y[r];
            grand += y[r];
        }

        var rows = y.Length;
        grand /= rows;
        for (var i = 0; i < a; i++)
        {
            if (n[i] == 0)
            {
                throw new ArgumentException($"Group code {i} has no rows; codes must be 0..a-1 without gaps.", nameof(groups));
            }
        }

        if (a < 2 || rows <= a)
        {
            throw new ArgumentException($"The model needs at least two groups and more rows than groups (a = {a}, N = {rows}).", nameof(groups));
        }

        // Group means centred on the grand mean, then SSW in a second pass: no digits lost to the level of y.
        var mean = new double[a];
        for (var i = 0; i < a; i++)
        {
            mean[i] = (sum[i] / n[i]) - grand;
        }

        var ssw = 0.0;
        for (var r = 0; r < rows; r++)
        {
            var d = y[r] - grand - mean[groups[r]];
            ssw += d * d;
        }

        double ssb = 0, sumN2 = 0, centre = 0;
        for (var i = 0; i < a; i++)
        {
            centre += n[i] * mean[i];
        }

        centre /= rows;
        for (var i = 0; i < a; i++)
        {
            ssb += n[i] * (mean[i] - centre) * (mean[i] - centre);
            sumN2 += n[i] * n[i];
        }

        var msb = ssb / (a - 1);
        var msw = ssw / (rows - a);
        var n0 = (rows - (sumN2 / rows)) / (a - 1);
        var alpha = 1 - confidenceLevel;

        double lambda, between, within, criterion, lower, upper, ratioForBlup;
        OneWayProfile profile;
        if (method == VarianceComponentsMethod.AnovaMoments)
        {
            within = msw;
            between = (msb - msw) / n0;
            lambda = between / within;
            ratioForBlup = Math.Max(0, lambda);
            criterion = double.NaN;
            profile = new OneWayProfile(n, mean, ssw, reml: true);
            // Searle (1971): F = MSB / MSW ~ (1 + n l) F(a - 1, N - a), so l lies in ((F / F_hi - 1) / n0, (F / F_lo - 1) / n0).
            var f = msb / msw;
            var fHi = FisherSnedecor.InvCDF(a - 1, rows - a, 1 - (alpha / 2));
            var fLo = FisherSnedecor.InvCDF(a - 1, rows - a, alpha / 2);
            lower = Icc(((f / fHi) - 1) / n0);
            upper = Icc(((f / fLo) - 1) / n0);
        }
        else
        {
            profile = new OneWayProfile(n, mean, ssw, method == VarianceComponentsMethod.RestrictedMaximumLikelihood);
            lambda = profile.Minimise();
            ratioForBlup = lambda;
            within = profile.At(lambda).Q / profile.Divisor;
            between = lambda * within;
            criterion = profile.Criterion(lambda);
            var (lo, hi) = profile.Interval(lambda, ChiSquared.InvCDF(1, confidenceLevel));
            lower = Icc(lo);
            upper = Icc(hi);
        }

        var (mu, _, sw) = profile.At(ratioForBlup);
        var modes = new double[a];
        var variances = new double[a];
        for (var i = 0; i < a; i++)
        {
            var shrink = n[i] * ratioForBlup / (1 + (n[i] * ratioForBlup));
            modes[i] = shrink * (mean[i] - mu);
            variances[i] = within * ratioForBlup / (1 + (n[i] * ratioForBlup));
        }

        return new OneWayRandomEffectsResult(
            method, confidenceLevel, rows, between, within, lambda, criterion, (lower, upper), grand + mu, Math.Sqrt(within / sw),
            (msb, msw, n0), n, modes, variances);
    }

    private static double Icc(double ratio) => double.IsPositiveInfinity(ratio) ? 1 : ratio / (1 + ratio);
}
