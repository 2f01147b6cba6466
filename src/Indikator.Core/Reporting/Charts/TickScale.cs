namespace Indikator.Core.Reporting.Charts;

/// <summary>Evenly spaced axis ticks: <see cref="Count"/> values from <see cref="First"/> in steps of <see cref="Step"/>.</summary>
internal readonly record struct TickScale(long FirstMultiple, int Mantissa, int Exponent, int Count)
{
    public double Step => Scaled(Mantissa);

    public double First => this[0];

    public double Last => this[Count - 1];

    public double Span => Last - First;

    // Ticks are integer multiples of mantissa * 10^exponent; dividing by a power of ten (rather than
    // multiplying by 0.1) gives the double nearest the decimal value, so 0.3 is 0.3 and not 0.30000000000000004.
    public double this[int index] => Scaled((FirstMultiple + index) * Mantissa);

    public double Fraction(double value) => (value - First) / Span;

    private double Scaled(long units) => Exponent >= 0
        ? units * Math.Pow(10, Exponent)
        : units / Math.Pow(10, -Exponent);
}
