namespace Indikator.Core.Reporting.Charts;

/// <summary>Chooses axis ticks with steps of 1, 2 or 5 times a power of ten that cover a data range.</summary>
/// <remarks>
/// The step is the smallest "nice" number at least (max - min) / (maxTicks - 1); the first tick is the
/// largest multiple of the step at or below min and the last the smallest at or above max, so the
/// ticks always cover the data and there are at most maxTicks + 1 of them.
/// </remarks>
internal static class NiceTicks
{
    public static TickScale Compute(double min, double max, int maxTicks = 6)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), "Axis range must be finite.");
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        maxTicks = Math.Max(maxTicks, 2);
        if (max - min <= Math.Max(Math.Abs(max), Math.Abs(min)) * 1e-12)
        {
            // A single value: widen symmetrically so the value sits inside a readable range.
            var half = min == 0 ? 1 : Math.Abs(min) * 0.1;
            min -= half;
            max += half;
        }

        var rough = (max - min) / (maxTicks - 1);
        var exponent = (int)Math.Floor(Math.Log10(rough));
        var magnitude = Math.Pow(10, exponent);
        var residual = rough / magnitude;
        var mantissa = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        if (mantissa == 10)
        {
            mantissa = 1;
            exponent++;
        }

        var scale = new TickScale(0, mantissa, exponent, 1);
        var step = scale.Step;
        // The tolerance keeps 0.35 / 0.05 = 6.9999999999999991 from adding a tick below 0.35;
        // the loops below then restore coverage whenever rounding went the other way.
        var first = (long)Math.Floor((min / step) + 1e-9);
        var last = (long)Math.Ceiling((max / step) - 1e-9);

        while (new TickScale(first, mantissa, exponent, 1).First > min)
        {
            first--;
        }

        while (new TickScale(last, mantissa, exponent, 1).First < max)
        {
            last++;
        }

        return new TickScale(first, mantissa, exponent, (int)(last - first) + 1);
    }
}
