using System.Globalization;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Tests.RiskAdjustment;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>
/// Against shared/reference/inference, Part 4 (README.md there): funnel limits for 50 proportions after Spiegelhalter
/// (2005), computed in closed form by make_inference_refs.R (R 4.2.2, <c>Rscript make_inference_refs.R</c>) and
/// written with sprintf("%.17g"). Files: funnel_units.csv (data), funnel_reference.json (p0, phi, tau2, counts),
/// funnel_limits.csv (per unit). Tolerance: 1e-10 relative, as the README advises for closed-form results.
/// Winsorisation rule: k = floor(I/10) smallest z set to the (k+1)-th smallest, likewise at the top (the README's
/// main rule, not the quantile type 7 alternative).
/// </summary>
public sealed partial class FunnelLimitsTests
{
    private const double Tolerance = 1e-10;

    [Fact]
    public void Phi_tau_squared_and_target_match_the_R_reference()
    {
        var data = FunnelReference.Load();
        var fit = FunnelLimits.Fit(data.Deviations, data.Se0, FunnelOverdispersion.Additive);
        var json = ReferenceData.ReadJson(Path.Combine(ReferenceData.InferenceDir, "funnel_reference.json"));

        AssertClose(json.GetProperty("p0").GetDouble(), data.P0);
        AssertClose(json.GetProperty("z95").GetDouble(), FunnelFit.Z95);
        AssertClose(json.GetProperty("z998").GetDouble(), FunnelFit.Z998);
        AssertClose(json.GetProperty("phi").GetDouble(), fit.Phi);
        AssertClose(json.GetProperty("tau2").GetDouble(), fit.TauSquared);
        var winsorised = FunnelLimits.Winsorise(data.Z);
        AssertClose(json.GetProperty("winsor_lower_z").GetDouble(), winsorised.Min());
        AssertClose(json.GetProperty("winsor_upper_z").GetDouble(), winsorised.Max());
        var k = json.GetProperty("winsor_k").GetInt32();
        Assert.Equal(k, Enumerable.Range(0, data.Z.Length).Count(u => data.Z[u] < winsorised[u]));
        Assert.Equal(k, Enumerable.Range(0, data.Z.Length).Count(u => data.Z[u] > winsorised[u]));
    }

    [Fact]
    public void Z_scores_and_winsorised_z_scores_match_the_R_reference()
    {
        var data = FunnelReference.Load();
        var winsorised = FunnelLimits.Winsorise(data.Z);
        for (var u = 0; u < data.Units.Length; u++)
        {
            AssertClose(data.Column("proportion")[u], data.Proportion[u]);
            AssertClose(data.Column("se0")[u], data.Se0[u]);
            AssertClose(data.Column("z")[u], data.Z[u]);
            AssertClose(data.Column("z_winsorised")[u], winsorised[u]);
        }
    }

    [Theory]
    [InlineData(FunnelOverdispersion.None, "")]
    [InlineData(FunnelOverdispersion.Multiplicative, "od_")]
    [InlineData(FunnelOverdispersion.Additive, "re_")]
    public void Limits_match_the_R_reference_for_each_adjustment(FunnelOverdispersion mode, string prefix)
    {
        var data = FunnelReference.Load();
        var fit = FunnelLimits.Fit(data.Deviations, data.Se0, mode);
        for (var u = 0; u < data.Units.Length; u++)
        {
            // Limits are p0 +/- half-width; the reference does not truncate them to [0, 1].
            var h95 = fit.HalfWidth(data.Se0[u], FunnelFit.Z95);
            var h998 = fit.HalfWidth(data.Se0[u], FunnelFit.Z998);
            AssertClose(data.Column(prefix + "lo95")[u], data.P0 - h95);
            AssertClose(data.Column(prefix + "hi95")[u], data.P0 + h95);
            AssertClose(data.Column(prefix + "lo998")[u], data.P0 - h998);
            AssertClose(data.Column(prefix + "hi998")[u], data.P0 + h998);
        }
    }

    [Fact]
    public void Counts_outside_the_limits_match_the_R_reference()
    {
        var data = FunnelReference.Load();
        var json = ReferenceData.ReadJson(Path.Combine(ReferenceData.InferenceDir, "funnel_reference.json"));
        int Outside(FunnelOverdispersion mode, double z)
        {
            var fit = FunnelLimits.Fit(data.Deviations, data.Se0, mode);
            return Enumerable.Range(0, data.Units.Length).Count(u => Math.Abs(data.Deviations[u]) > fit.HalfWidth(data.Se0[u], z));
        }

        Assert.Equal(json.GetProperty("n_outside_95").GetInt32(), Outside(FunnelOverdispersion.None, FunnelFit.Z95));
        Assert.Equal(json.GetProperty("n_outside_998").GetInt32(), Outside(FunnelOverdispersion.None, FunnelFit.Z998));
        Assert.Equal(json.GetProperty("n_outside_od_998").GetInt32(), Outside(FunnelOverdispersion.Multiplicative, FunnelFit.Z998));
        Assert.Equal(json.GetProperty("n_outside_re_998").GetInt32(), Outside(FunnelOverdispersion.Additive, FunnelFit.Z998));
    }

    private static void AssertClose(double expected, double actual)
        => Assert.True(Math.Abs(actual - expected) <= Tolerance * Math.Abs(expected), string.Create(CultureInfo.InvariantCulture, $"expected {expected:R}, got {actual:R} (relative tolerance {Tolerance})"));

    /// <summary>funnel_units.csv with the definitions of the README: p0 = sum O / sum n, se0 = sqrt(p0 (1 - p0) / n), z = (p - p0) / se0.</summary>
    private sealed record FunnelReference(string[] Units, double P0, double[] Proportion, double[] Deviations, double[] Se0, double[] Z, Dictionary<string, double[]> Limits)
    {
        public double[] Column(string name) => Limits[name];

        public static FunnelReference Load()
        {
            var (units, data) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.InferenceDir, "funnel_units.csv"));
            var (limitUnits, limits) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.InferenceDir, "funnel_limits.csv"));
            Assert.Equal(units, limitUnits);
            var o = data["numerator"];
            var n = data["denominator"];
            var p0 = o.Sum() / n.Sum();
            var p = new double[units.Length];
            var d = new double[units.Length];
            var se = new double[units.Length];
            var z = new double[units.Length];
            for (var u = 0; u < units.Length; u++)
            {
                p[u] = o[u] / n[u];
                d[u] = p[u] - p0;
                se[u] = Math.Sqrt(p0 * (1 - p0) / n[u]);
                z[u] = d[u] / se[u];
            }

            return new FunnelReference(units, p0, p, d, se, z, limits);
        }
    }
}
