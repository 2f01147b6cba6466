using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Charts;

/// <summary>
/// A pair of control limits for a <see cref="FunnelPlot"/> (such as 95 % or 99.8 %), given as lower and
/// upper values at increasing numbers of persons. The caller computes them from the indicator's model;
/// the plot only draws them and classifies points against them.
/// </summary>
/// <remarks>
/// <para>
/// Between the given numbers of persons the limits are interpolated linearly. Non-finite limit values
/// (a limit that does not exist for very small units) leave a gap in the drawn curve.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class FunnelLimits
{
    private readonly double[] persons;
    private readonly double[] lower;
    private readonly double[] upper;

    /// <summary>Creates limits from arrays.</summary>
    /// <param name="label">The label shown in the legend, such as "95 %".</param>
    /// <param name="persons">Numbers of persons, strictly increasing and finite.</param>
    /// <param name="lower">The lower limit at each number of persons.</param>
    /// <param name="upper">The upper limit at each number of persons.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The label is empty, the arrays differ in length or have fewer than two entries, or <paramref name="persons"/> is not strictly increasing and finite.</exception>
    public FunnelLimits(string label, IReadOnlyList<double> persons, IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        Label = Guard.NotEmpty(label);
        Guard.NotNull(persons);
        Guard.NotNull(lower);
        Guard.NotNull(upper);
        if (persons.Count < 2 || lower.Count != persons.Count || upper.Count != persons.Count)
        {
            throw new ArgumentException($"Limits '{label}' need at least two points and equally long arrays (persons {persons.Count}, lower {lower.Count}, upper {upper.Count}).", nameof(persons));
        }

        for (var i = 0; i < persons.Count; i++)
        {
            if (!double.IsFinite(persons[i]) || (i > 0 && persons[i] <= persons[i - 1]))
            {
                throw new ArgumentException($"Limits '{label}': persons must be finite and strictly increasing (index {i}).", nameof(persons));
            }
        }

        this.persons = [.. persons];
        this.lower = [.. lower];
        this.upper = [.. upper];
    }

    /// <summary>Gets the label shown in the legend.</summary>
    public string Label { get; }

    /// <summary>Gets the numbers of persons the limits are given at.</summary>
    public IReadOnlyList<double> Persons => persons;

    /// <summary>Gets the lower limit at each number of persons.</summary>
    public IReadOnlyList<double> Lower => lower;

    /// <summary>Gets the upper limit at each number of persons.</summary>
    public IReadOnlyList<double> Upper => upper;

    /// <summary>Creates limits by evaluating a function at evenly spaced numbers of persons.</summary>
    /// <param name="label">The label shown in the legend, such as "99.8 %".</param>
    /// <param name="limits">Returns the lower and upper limit for a number of persons.</param>
    /// <param name="minPersons">The smallest number of persons to evaluate.</param>
    /// <param name="maxPersons">The largest number of persons to evaluate.</param>
    /// <param name="points">How many points to evaluate; 200 gives smooth curves.</param>
    /// <returns>The limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not finite and increasing, or <paramref name="points"/> is below 2.</exception>
    /// <example>
    /// Limits for a mean with standard deviation <c>sd</c> around a centre <c>c</c>:
    /// <code>FunnelLimits.FromFunction("95 %", n => (c - 1.96 * sd / Math.Sqrt(n), c + 1.96 * sd / Math.Sqrt(n)), 5, 2000)</code>
    /// </example>
    public static FunnelLimits FromFunction(string label, Func<double, (double Lower, double Upper)> limits, double minPersons, double maxPersons, int points = 200)
    {
        Guard.NotNull(limits);
        if (!double.IsFinite(minPersons) || !double.IsFinite(maxPersons) || maxPersons <= minPersons)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPersons), maxPersons, "The range of persons must be finite with maxPersons above minPersons.");
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
            x[i] = minPersons + ((maxPersons - minPersons) * i / (points - 1));
            (lo[i], hi[i]) = limits(x[i]);
        }

        return new FunnelLimits(label, x, lo, hi);
    }

    /// <summary>Interpolates the limits at a number of persons; NaN outside the given range or where a limit is missing.</summary>
    internal (double Lower, double Upper) At(double n)
    {
        if (!(n >= persons[0]) || n > persons[^1])
        {
            return (double.NaN, double.NaN);
        }

        var i = Array.BinarySearch(persons, n);
        if (i >= 0)
        {
            return (lower[i], upper[i]);
        }

        var hiIndex = ~i;
        var loIndex = hiIndex - 1;
        var t = (n - persons[loIndex]) / (persons[hiIndex] - persons[loIndex]);
        return (Lerp(lower[loIndex], lower[hiIndex], t), Lerp(upper[loIndex], upper[hiIndex], t));
    }

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);
}
