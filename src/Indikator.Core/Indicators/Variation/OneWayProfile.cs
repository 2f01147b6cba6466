namespace Indikator.Core.Indicators.Variation;

/// <summary>
/// The one-way random-effects likelihood profiled over the mean and the residual variance, as a function of the
/// variance ratio l = sigma_b^2 / sigma_e^2 alone.
/// </summary>
/// <remarks>
/// With group sizes n_i, group means ybar_i, within sum of squares SSW and N rows (Searle, Casella and McCulloch 1992,
/// section 6.3; Bates et al. 2015, section 3.4):
/// w_i(l) = n_i / (1 + n_i l), mu(l) = sum w_i ybar_i / sum w_i, Q(l) = SSW + sum w_i (ybar_i - mu)^2, and with m = N
/// (ML) or N - 1 (REML)
/// criterion(l) = m (1 + log(2 pi Q / m)) + sum log(1 + n_i l) [+ log sum w_i for REML],
/// d criterion / dl = m sum w'_i (ybar_i - mu)^2 / Q + sum n_i / (1 + n_i l) [+ sum w'_i / sum w_i],
/// w'_i = -n_i^2 / (1 + n_i l)^2 (mu drops out of the derivative because it minimises Q).
/// The group means are stored centred on the grand mean so that Q does not lose digits to a large level.
/// </remarks>
internal sealed class OneWayProfile
{
    private readonly double[] _n;
    private readonly double[] _mean;
    private readonly double _ssw;
    private readonly double _m;
    private readonly bool _reml;

    public OneWayProfile(double[] n, double[] centredMeans, double ssw, bool reml)
    {
        _n = n;
        _mean = centredMeans;
        _ssw = ssw;
        _reml = reml;
        var total = 0.0;
        foreach (var size in n)
        {
            total += size;
        }

        _m = reml ? total - 1 : total;
    }

    /// <summary>Gets the divisor of Q in the residual variance: N (ML) or N - 1 (REML).</summary>
    public double Divisor => _m;

    /// <summary>The GLS mean (centred), Q and sum of the weights at l.</summary>
    public (double Mu, double Q, double SumW) At(double l)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < _n.Length; i++)
        {
            var w = _n[i] / (1 + (_n[i] * l));
            sw += w;
            swy += w * _mean[i];
        }

        var mu = swy / sw;
        var q = _ssw;
        for (var i = 0; i < _n.Length; i++)
        {
            var d = _mean[i] - mu;
            q += _n[i] / (1 + (_n[i] * l)) * d * d;
        }

        return (mu, q, sw);
    }

    public double Criterion(double l)
    {
        var (_, q, sw) = At(l);
        var log = 0.0;
        for (var i = 0; i < _n.Length; i++)
        {
            log += Math.Log(1 + (_n[i] * l));
        }

        var value = (_m * (1 + Math.Log(2 * Math.PI * q / _m))) + log;
        return _reml ? value + Math.Log(sw) : value;
    }

    public double Derivative(double l)
    {
        var (mu, q, sw) = At(l);
        double quad = 0, trace = 0, swp = 0;
        for (var i = 0; i < _n.Length; i++)
        {
            var a = 1 + (_n[i] * l);
            var wp = -_n[i] * _n[i] / (a * a);
            var d = _mean[i] - mu;
            quad += wp * d * d;
            trace += _n[i] / a;
            swp += wp;
        }

        var value = (_m * quad / q) + trace;
        return _reml ? value + (swp / sw) : value;
    }

    /// <summary>
    /// The minimiser of the criterion over l &gt;= 0: 0 when the derivative at 0 is not negative (the boundary, as lme4
    /// reports it), otherwise the root of the derivative, bracketed by doubling and bisected until the bracket cannot
    /// shrink in double precision.
    /// </summary>
    public double Minimise()
    {
        if (Derivative(0) >= 0)
        {
            return 0;
        }

        double lo = 0, hi = 1;
        while (Derivative(hi) < 0)
        {
            lo = hi;
            hi *= 2;
            if (hi > 1e300)
            {
                return double.PositiveInfinity;
            }
        }

        return Bisect(l => Derivative(l), lo, hi);
    }

    /// <summary>
    /// The profile-likelihood interval for l: the values whose criterion is at most <paramref name="threshold"/> above
    /// the minimum (threshold = the chi-square(1) quantile), found on each side of the estimate by bisection.
    /// </summary>
    public (double Lower, double Upper) Interval(double estimate, double threshold)
    {
        if (double.IsPositiveInfinity(estimate))
        {
            return (double.NaN, double.PositiveInfinity);
        }

        var floor = Criterion(estimate) + threshold;
        double Excess(double l) => Criterion(l) - floor;
        var lower = estimate <= 0 || Excess(0) <= 0 ? 0 : Bisect(l => -Excess(l), 0, estimate);
        var hi = Math.Max(1, 2 * estimate);
        var lo = estimate;
        while (Excess(hi) < 0)
        {
            lo = hi;
            hi *= 2;
            if (hi > 1e300)
            {
                return (lower, double.PositiveInfinity);
            }
        }

        return (lower, Bisect(Excess, lo, hi));
    }

    /// <summary>Bisection for an increasing sign change of <paramref name="f"/> in [lo, hi] (f(lo) &lt; 0 &lt;= f(hi)), to the last representable midpoint.</summary>
    private static double Bisect(Func<double, double> f, double lo, double hi)
    {
        for (var iteration = 0; iteration < 2200; iteration++)
        {
            var mid = lo + ((hi - lo) / 2);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (f(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo + ((hi - lo) / 2);
    }
}
