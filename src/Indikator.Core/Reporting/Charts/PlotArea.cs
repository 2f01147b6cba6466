namespace Indikator.Core.Reporting.Charts;

/// <summary>The rectangle data are drawn in, with the scales that map data to pixels.</summary>
internal sealed record PlotArea(double Left, double Top, double Width, double Height, TickScale X, TickScale Y)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public double MapX(double value) => Left + (X.Fraction(value) * Width);

    public double MapY(double value) => Bottom - (Y.Fraction(value) * Height);

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}
