using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Charts;

/// <summary>
/// A pair of control limits for a <see cref="FunnelPlot"/> (such as 95 % or 99.8 %), given as lower and
/// upper values at increasing sizes (numbers of persons or person-months, as the plot's
/// <see cref="FunnelPlot.SizeMeasure"/>). The caller computes them from the indicator's model;
/// the plot only draws them and classifies points against them.
/// </summary>
/// <remarks>
/// <para>
/// Between the given sizes the limits are interpolated linearly. Non-finite limit values
/// (a limit that does not exist for very small units) leave a gap in the drawn curve.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class FunnelChartLimits
{
    private readonly double[] sizes;
    private readonly double[] lower;
    private readonly double[] upper;

    /// <summary>Creates limits from arrays.</summary>
    /// <param name="label">The label shown in the legend, such as "95 %".</param>
    /// <param name="sizes">Sizes (x values), strictly increasing and finite.</param>
    /// <param name="lower">The lower limit at each size.</param>
    /// <param name="upper">The upper limit at each size.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The label is empty, the arrays differ in length or have fewer than two entries, or <paramref name="sizes"/> is not strictly increasing and finite.</exception>
    public FunnelChartLimits(string label, IReadOnlyList<double> sizes, IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        Label = Guard.NotEmpty(label);
        Guard.NotNull(sizes);
        Guard.NotNull(lower);
        Guard.NotNull(upper);
        if (sizes.Count < 2 || lower.Count != sizes.Count || upper.Count != sizes.Count)
        {
            throw new ArgumentException($"Limits '{label}' need at least two points and equally long arrays (sizes {sizes.Count}, lower {lower.Count}, upper {upper.Count}).", nameof(sizes));
        }

        for (var i = 0; i < sizes.Count; i++)
        {
            if (!double.IsFinite(sizes[i]) || (i > 0 && sizes[i] <= sizes[i - 1]))
            {
                throw new ArgumentException($"Limits '{label}': sizes must be finite and strictly increasing (index {i}).", nameof(sizes));
            }
        }

        this.sizes = [.. sizes];
        this.lower = [.. lower];
        this.upper = [.. upper];
        Sizes = ValueList.Wrap(this.sizes);
        Lower = ValueList.Wrap(this.lower);
        Upper = ValueList.Wrap(this.upper);
    }

    /// <summary>Gets the label shown in the legend.</summary>
    public string Label { get; }

    /// <summary>Gets the sizes the limits are given at.</summary>
    public IReadOnlyList<double> Sizes { get; }

    /// <summary>Gets the lower limit at each size.</summary>
    public IReadOnlyList<double> Lower { get; }

    /// <summary>Gets the upper limit at each size.</summary>
    public IReadOnlyList<double> Upper { get; }

    /// <summary>Creates limits by evaluating a function at evenly spaced sizes.</summary>
    /// <param name="label">The label shown in the legend, such as "99.8 %".</param>
    /// <param name="limits">Returns the lower and upper limit for a size.</param>
    /// <param name="minSize">The smallest size to evaluate.</param>
    /// <param name="maxSize">The largest size to evaluate.</param>
    /// <param name="points">How many points to evaluate; 200 gives smooth curves.</param>
    /// <returns>The limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not finite and increasing, or <paramref name="points"/> is below 2.</exception>
    /// <example>
    /// Limits for a mean with standard deviation <c>sd</c> around a centre <c>c</c>:
    /// <code>FunnelChartLimits.FromFunction("95 %", n => (c - 1.96 * sd / Math.Sqrt(n), c + 1.96 * sd / Math.Sqrt(n)), 5, 2000)</code>
    /// </example>
    public static FunnelChartLimits FromFunction(string label, Func<double, (double Lower, double Upper)> limits, double minSize, double maxSize, int points = 200)
    {
        Guard.NotNull(limits);
        if (!double.IsFinite(minSize) || !double.IsFinite(maxSize) || maxSize <= minSize)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSize), maxSize, "The range of sizes must be finite with maxSize above minSize.");
        }

        if (points < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "At least two points are needed.");
        }

        var x = new double[points];
        var lo = new double[points];
        var hi = new double[points];
        for (var i = 0; i < points; i++)
        {
            x[i] = minSize + ((maxSize - minSize) * i / (points - 1));
            (lo[i], hi[i]) = limits(x[i]);
        }

        return new FunnelChartLimits(label, x, lo, hi);
    }

    /// <summary>Interpolates the limits at a size; NaN outside the given range or where a limit is missing.</summary>
    internal (double Lower, double Upper) At(double n)
    {
        if (!(n >= sizes[0]) || n > sizes[^1])
        {
            return (double.NaN, double.NaN);
        }

        var i = Array.BinarySearch(sizes, n);
        if (i >= 0)
        {
            return (lower[i], upper[i]);
        }

        var hiIndex = ~i;
        var loIndex = hiIndex - 1;
        var t = (n - sizes[loIndex]) / (sizes[hiIndex] - sizes[loIndex]);
        return (Lerp(lower[loIndex], lower[hiIndex], t), Lerp(upper[loIndex], upper[hiIndex], t));
    }

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);
}
