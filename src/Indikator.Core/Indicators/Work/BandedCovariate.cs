using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>A numeric column entered in the risk model as bands (age groups, time registered), one indicator per band.</summary>
/// <param name="Column">The numeric column.</param>
/// <param name="Cuts">Increasing cut points c_1 &lt; ... &lt; c_m: bands are x &lt; c_1, c_1 &lt;= x &lt; c_2, ..., x &gt;= c_m.</param>
/// <remarks>
/// <para>The band column is named <c>Column_band</c> with levels such as <c>&lt;25</c>, <c>25-30</c> and
/// <c>&gt;=60</c> (lower bound included, upper excluded). A missing (NaN) value gives a missing band, so the row is
/// left out of the fit and counted there.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record BandedCovariate(string Column, IReadOnlyList<double> Cuts)
{
    /// <summary>Gets the increasing cut points, a copy of the list given (so changing that list later changes
    /// nothing here, and two bandings with equal cuts are equal).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<double> Cuts { get; init => field = ValueList.Of(value); } = ValueList.Of(Cuts, nameof(Cuts));

    /// <summary>Gets the name of the derived categorical column.</summary>
    public string BandColumn => Column + "_band";

    internal string[] Levels()
    {
        var c = CultureInfo.InvariantCulture;
        var levels = new string[Cuts.Count + 1];
        levels[0] = string.Create(c, $"<{Cuts[0]:G}");
        for (var k = 1; k < Cuts.Count; k++)
        {
            levels[k] = string.Create(c, $"{Cuts[k - 1]:G}-{Cuts[k]:G}");
        }

        levels[Cuts.Count] = string.Create(c, $">={Cuts[^1]:G}");
        return levels;
    }

    internal void Validate()
    {
        if (Cuts is null || Cuts.Count == 0)
        {
            throw new ArgumentException($"Banded covariate '{Column}': at least one cut point is needed.", nameof(Cuts));
        }

        for (var k = 0; k < Cuts.Count; k++)
        {
            if (!double.IsFinite(Cuts[k]) || (k > 0 && Cuts[k] <= Cuts[k - 1]))
            {
                throw new ArgumentException($"Banded covariate '{Column}': cut points must be finite and strictly increasing (cut {k}).", nameof(Cuts));
            }
        }
    }

    internal int[] Codes(double[] values)
    {
        var cuts = new double[Cuts.Count];
        for (var k = 0; k < cuts.Length; k++)
        {
            cuts[k] = Cuts[k];
        }

        var codes = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            if (double.IsNaN(x))
            {
                codes[i] = CategoricalColumn.MissingCode;
                continue;
            }

            // An infinite age would fall silently into the last band: it is bad data, not a very old person.
            if (double.IsInfinity(x))
            {
                throw new RiskAdjustment.NonFiniteValueException(Column, i);
            }

            var band = 0;
            while (band < cuts.Length && x >= cuts[band])
            {
                band++;
            }

            codes[i] = band;
        }

        return codes;
    }
}
