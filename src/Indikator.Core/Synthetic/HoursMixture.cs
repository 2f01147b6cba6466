using System.Runtime.CompilerServices;

namespace Indikator.Core.Synthetic;

/// <summary>
/// Weekly contracted hours in a month with work: a main job from a fixed mixture and sometimes a
/// small second job. The mixture does not depend on the person, office or month, so
/// P(total &gt; 19 | employed) = q and E[total | employed] = m are constants computed here exactly.
/// </summary>
internal static class HoursMixture
{
    public const double FullTimeShare = 0.50;
    public const double PartTimeShare = 0.30;
    public const double FullTimeHours = 37.5;
    public const int PartTimeMin = 20;
    public const int PartTimeMax = 30;
    public const int SmallJobMin = 5;
    public const int SmallJobMax = 15;
    public const double SecondJobShare = 0.10;
    public const int SecondJobMin = 4;
    public const int SecondJobMax = 12;
    public const double JobThreshold = 19.0;

    /// <summary>The largest possible total weekly hours in a month.</summary>
    public const double MaxTotalHours = FullTimeHours + SecondJobMax;

    /// <summary>Gets q = P(total hours &gt; 19 | employed), by enumerating the discrete mixture.</summary>
    public static double ShareOverThreshold { get; } = ComputeShareOverThreshold();

    /// <summary>Gets m = E[total hours | employed].</summary>
    public static double MeanHours { get; } =
        (FullTimeShare * FullTimeHours)
        + (PartTimeShare * (PartTimeMin + PartTimeMax) / 2.0)
        + ((1.0 - FullTimeShare - PartTimeShare) * (SmallJobMin + SmallJobMax) / 2.0)
        + (SecondJobShare * (SecondJobMin + SecondJobMax) / 2.0);

    /// <summary>Draws the main job's hours.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DrawMain(ref Xoshiro256 rng)
    {
        var u = rng.NextDouble();
        return u < FullTimeShare
            ? FullTimeHours
            : u < FullTimeShare + PartTimeShare
                ? rng.NextInt(PartTimeMin, PartTimeMax)
                : rng.NextInt(SmallJobMin, SmallJobMax);
    }

    /// <summary>Draws the second job's hours, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DrawSecond(ref Xoshiro256 rng)
        => rng.NextDouble() < SecondJobShare ? rng.NextInt(SecondJobMin, SecondJobMax) : 0.0;

    private static double ComputeShareOverThreshold()
    {
        var pSecond = SecondJobShare / (SecondJobMax - SecondJobMin + 1);
        var total = 0.0;
        AddMain(FullTimeHours, FullTimeShare);
        for (var h = PartTimeMin; h <= PartTimeMax; h++)
        {
            AddMain(h, PartTimeShare / (PartTimeMax - PartTimeMin + 1));
        }

        for (var h = SmallJobMin; h <= SmallJobMax; h++)
        {
            AddMain(h, (1.0 - FullTimeShare - PartTimeShare) / (SmallJobMax - SmallJobMin + 1));
        }

        return total;

        void AddMain(double main, double weight)
        {
            var p = main > JobThreshold ? 1.0 - SecondJobShare : 0.0;
            for (var z = SecondJobMin; z <= SecondJobMax; z++)
            {
                if (main + z > JobThreshold)
                {
                    p += pSecond;
                }
            }

            total += weight * p;
        }
    }
}
