using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>
/// Against R fixest 0.12.1 on shared/reference/fixest/panel_200k (200,000 rows, 300 offices, 60 periods):
/// <c>feols(y ~ x1 + ... + x10 | office + period, data, cluster = ~office)</c> and the variants named in the
/// README there. Every test names the file and the tolerance.
/// </summary>
public class FixestPanelTests(FixestPanelFixture fits) : IClassFixture<FixestPanelFixture>
{
    private static readonly (string Keys, Dictionary<string, double[]> Columns) CoefSe = Load("feols_coef_se.csv");

    [Fact]
    public void Coefficients_match_feols_to_1e_9_relative()
    {
        // feols_coef_se.csv, column estimate; tolerance 1e-9 relative.
        var (keys, columns) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.FixestDir, "feols_coef_se.csv"));
        Assert.Equal(keys, fits.FixedEffects.CoefficientNames);
        AssertRelative(columns["estimate"], fits.FixedEffects.Estimates, 1e-9, "estimate");
        Assert.Equal(AbsorptionMethod.ExactTwoWay, fits.FixedEffects.Absorption.Method);
    }

    public static TheoryData<string> SeColumns => new()
    {
        "se_cluster_office_default", "se_cluster_office_fixefK_full", "se_cluster_office_fixefK_none",
        "se_cluster_office_noadj", "se_twoway_office_period", "se_iid", "se_hetero",
    };

    [Theory]
    [MemberData(nameof(SeColumns))]
    public void Standard_errors_match_feols_to_1e_7_relative(string column)
    {
        // feols_coef_se.csv, the named column; tolerance 1e-7 relative.
        var spec = column switch
        {
            "se_cluster_office_default" => CovarianceSpec.Cluster("office"),
            "se_cluster_office_fixefK_full" => CovarianceSpec.Cluster("office", new SmallSampleCorrection { FixedEffects = FixedEffectDof.Full }),
            "se_cluster_office_fixefK_none" => CovarianceSpec.Cluster("office", new SmallSampleCorrection { FixedEffects = FixedEffectDof.None }),
            "se_cluster_office_noadj" => CovarianceSpec.Cluster("office", SmallSampleCorrection.NoAdjustment),
            "se_twoway_office_period" => CovarianceSpec.TwoWayCluster("office", "period"),
            "se_iid" => CovarianceSpec.Iid(),
            "se_hetero" => CovarianceSpec.Robust(RobustType.HC1),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
        var result = fits.FixedEffects.WithCovariance(spec);
        AssertRelative(CoefSe.Columns[column], result.StandardErrors, 1e-7, column);
    }

    [Fact]
    public void Clustered_t_and_p_values_use_G_minus_1_degrees_of_freedom()
    {
        // feols_coef_se.csv, t_cluster_office_default (1e-7 relative) and p_cluster_office_default for the
        // coefficients whose p-value is representable (x1, x7; 1e-6 relative: the tail of t(299) near 1e-104).
        var coefficients = fits.FixedEffects.Coefficients;
        AssertRelative(CoefSe.Columns["t_cluster_office_default"], [.. coefficients.Select(c => c.TStatistic)], 1e-7, "t");
        Assert.Equal(299, fits.FixedEffects.InferenceDegreesOfFreedom);
        foreach (var i in new[] { 0, 6 })
        {
            var expected = CoefSe.Columns["p_cluster_office_default"][i];
            Assert.True(Math.Abs(coefficients[i].PValue - expected) <= 1e-6 * expected, $"p of x{i + 1}: {coefficients[i].PValue} vs {expected}");
        }
    }

    [Fact]
    public void Clustered_covariance_matrix_matches_feols()
    {
        // feols_vcov_cluster_office.csv; tolerance 1e-7 x sqrt(V_ii V_jj) per element.
        var (keys, columns) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.FixestDir, "feols_vcov_cluster_office.csv"));
        var v = fits.FixedEffects.GetCovarianceMatrix();
        for (var i = 0; i < keys.Length; i++)
        {
            for (var j = 0; j < keys.Length; j++)
            {
                var expected = columns[keys[j]][i];
                var scale = Math.Sqrt(columns[keys[i]][i] * columns[keys[j]][j]);
                Assert.True(Math.Abs(v[i][j] - expected) <= 1e-7 * scale, $"V[{keys[i]},{keys[j]}] = {v[i][j]} vs {expected}");
            }
        }
    }

    [Fact]
    public void Fit_statistics_match_feols_stats_to_1e_9()
    {
        // feols_stats.json; tolerance 1e-9 relative.
        var stats = ReferenceData.ReadJson(Path.Combine(ReferenceData.FixestDir, "feols_stats.json"));
        var r = fits.FixedEffects;
        Assert.Equal(stats.GetProperty("nobs").GetInt32(), r.ObservationCount);
        AssertClose(stats.GetProperty("r2").GetDouble(), r.RSquared, 1e-9, "r2");
        AssertClose(stats.GetProperty("adj_r2").GetDouble(), r.AdjustedRSquared, 1e-9, "adj_r2");
        AssertClose(stats.GetProperty("within_r2").GetDouble(), r.WithinRSquared!.Value, 1e-9, "within_r2");
        AssertClose(stats.GetProperty("adj_within_r2").GetDouble(), r.AdjustedWithinRSquared!.Value, 1e-9, "adj_within_r2");
        AssertClose(stats.GetProperty("ssr").GetDouble(), r.Ssr, 1e-9, "ssr");
        AssertClose(stats.GetProperty("ssr_null").GetDouble(), r.TotalSumOfSquares, 1e-9, "ssr_null");
        AssertClose(stats.GetProperty("sigma2").GetDouble(), r.Sigma * r.Sigma, 1e-9, "sigma2");
        AssertClose(stats.GetProperty("rmse").GetDouble(), r.Rmse, 1e-9, "rmse");
        Assert.Equal(300, r.ClusterCounts[0]);
    }

    [Fact]
    public void Fitted_values_and_residuals_match_feols_row_by_row()
    {
        // feols_fitted_resid.csv.gz; tolerance 1e-9 absolute.
        var (fitted, residuals) = ReferenceData.ReadFittedResiduals();
        var ours = fits.FixedEffects.FittedValues.Span;
        var e = fits.FixedEffects.Residuals.Span;
        Assert.Equal(fitted.Length, ours.Length);
        var worst = 0.0;
        for (var i = 0; i < fitted.Length; i++)
        {
            worst = Math.Max(worst, Math.Max(Math.Abs(fitted[i] - ours[i]), Math.Abs(residuals[i] - e[i])));
        }

        Assert.True(worst <= 1e-9, $"largest absolute difference {worst}");
    }

    [Fact]
    public void Fixed_effects_match_feols_fixef_with_the_same_reference()
    {
        // feols_fixef.csv; fixest sets period 57 (the first row's period) to 0, as our default normalisation does;
        // tolerance 1e-7 absolute.
        var lines = File.ReadAllLines(Path.Combine(ReferenceData.FixestDir, "feols_fixef.csv")).Skip(1);
        var byName = fits.FixedEffects.FixedEffects.ToDictionary(f => f.Name, StringComparer.Ordinal);
        Assert.Equal(0.0, byName["period"]["57"]);
        var count = 0;
        foreach (var line in lines)
        {
            var f = line.Split(',');
            var expected = double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            var actual = byName[f[0]][f[1]];
            Assert.True(Math.Abs(actual - expected) <= 1e-7, $"{f[0]} {f[1]}: {actual} vs {expected}");
            count++;
        }

        Assert.Equal(360, count);
    }

    [Fact]
    public void Ols_without_fixed_effects_matches_feols()
    {
        // ols_nofe_coef_se.csv (estimates 1e-9 relative; standard errors 1e-7 relative) and ols_nofe_stats.json (1e-9).
        var (keys, columns) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.FixestDir, "ols_nofe_coef_se.csv"));
        var r = fits.NoFixedEffects;
        Assert.Equal(keys, r.CoefficientNames);
        AssertRelative(columns["estimate"], r.Estimates, 1e-9, "estimate");
        AssertRelative(columns["se_cluster_office_default"], r.StandardErrors, 1e-7, "cluster");
        AssertRelative(columns["se_iid"], r.WithCovariance(CovarianceSpec.Iid()).StandardErrors, 1e-7, "iid");
        AssertRelative(columns["se_hetero"], r.WithCovariance(CovarianceSpec.Robust()).StandardErrors, 1e-7, "hetero");
        var stats = ReferenceData.ReadJson(Path.Combine(ReferenceData.FixestDir, "ols_nofe_stats.json"));
        AssertClose(stats.GetProperty("r2").GetDouble(), r.RSquared, 1e-9, "r2");
        AssertClose(stats.GetProperty("adj_r2").GetDouble(), r.AdjustedRSquared, 1e-9, "adj_r2");
        AssertClose(stats.GetProperty("ssr").GetDouble(), r.Ssr, 1e-9, "ssr");
        AssertClose(stats.GetProperty("sigma2").GetDouble(), r.Sigma * r.Sigma, 1e-9, "sigma2");
        AssertClose(stats.GetProperty("rmse").GetDouble(), r.Rmse, 1e-9, "rmse");
        Assert.Null(r.WithinRSquared);
    }

    [Fact]
    public void Office_and_period_as_indicator_columns_match_lm_with_dummies()
    {
        // lm_dummies_coef_se.csv: R lm(y ~ x1 + ... + x10 + factor(office) + factor(period)); estimates 1e-9 relative,
        // standard errors (vcovCL HC1 by office, iid, vcovHC HC1) 1e-7 relative.
        var (keys, columns) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.FixestDir, "lm_dummies_coef_se.csv"));
        var fit = LinearModel.Fit(
            ReferenceData.Panel200k,
            new LinearModelSpec("y", FixestPanelFixture.Slopes) { Categorical = [new CategoricalTerm("office"), new CategoricalTerm("period")] },
            new FitOptions { Covariance = CovarianceSpec.Cluster("office") });
        Assert.Equal(369, fit.Rank);
        Assert.True(fit.Solver == LeastSquaresSolver.NormalEquations, $"{fit.Solver}, condition {fit.ConditionNumber:E2}");
        var index = keys.Select(k => fit.CoefficientNames.ToList().IndexOf(k)).ToArray();
        AssertRelative(columns["estimate"], [.. index.Select(i => fit.Estimates[i])], 1e-9, "estimate");
        AssertRelative(columns["se_vcovCL_HC1"], [.. index.Select(i => fit.StandardErrors[i])], 1e-7, "vcovCL");
        var iid = fit.WithCovariance(CovarianceSpec.Iid()).StandardErrors;
        AssertRelative(columns["se_iid"], [.. index.Select(i => iid[i])], 1e-7, "iid");
        var hc1 = fit.WithCovariance(CovarianceSpec.Robust()).StandardErrors;
        AssertRelative(columns["se_vcovHC_HC1"], [.. index.Select(i => hc1[i])], 1e-7, "HC1");
    }

    private static (string Keys, Dictionary<string, double[]> Columns) Load(string file)
    {
        var (_, columns) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.FixestDir, file));
        return (file, columns);
    }

    internal static void AssertRelative(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertClose(expected[i], actual[i], tolerance, $"{what}[{i}]");
        }
    }

    internal static void AssertClose(double expected, double actual, double relative, string what)
        => Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"{what}: {actual:R} vs {expected:R} (relative {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
}
