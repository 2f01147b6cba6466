using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Charts;

/// <summary>One series of a <see cref="LineChart"/>, with an optional interval band.</summary>
/// <remarks>
/// <para>A NaN value leaves a gap in the line (for example a suppressed month). The band is drawn where both limits are finite.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class LineSeries
{
    /// <summary>Creates a series.</summary>
    /// <param name="name">The series name shown in the legend, such as an office or "National".</param>
    /// <param name="values">One value per period; NaN for a gap.</param>
    /// <param name="lower">Lower interval limits, one per period, or null for no band.</param>
    /// <param name="upper">Upper interval limits, one per period, or null for no band.</param>
    /// <param name="isReference">True to draw the series as a grey dashed reference line (such as the national value).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is empty, only one of the limits is given, or the limits' lengths differ from the values'.</exception>
    public LineSeries(string name, IReadOnlyList<double> values, IReadOnlyList<double>? lower = null, IReadOnlyList<double>? upper = null, bool isReference = false)
    {
        Name = Guard.NotEmpty(name);
        Guard.NotNull(values);
        if ((lower is null) != (upper is null))
        {
            throw new ArgumentException($"Series '{name}': give both interval limits or neither.", nameof(lower));
        }

        if (lower is not null && (lower.Count != values.Count || upper!.Count != values.Count))
        {
            throw new ArgumentException($"Series '{name}': interval limits need one value per period ({values.Count}).", nameof(lower));
        }

        Values = [.. values];
        Lower = lower is null ? null : [.. lower];
        Upper = upper is null ? null : [.. upper];
        IsReference = isReference;
    }

    /// <summary>Gets the series name.</summary>
    public string Name { get; }

    /// <summary>Gets one value per period; NaN marks a gap.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Gets the lower interval limits, or null.</summary>
    public IReadOnlyList<double>? Lower { get; }

    /// <summary>Gets the upper interval limits, or null.</summary>
    public IReadOnlyList<double>? Upper { get; }

    /// <summary>Gets a value indicating whether the series is drawn as a grey dashed reference line.</summary>
    public bool IsReference { get; }
}
