using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>NIST StRD linear regression (shared/reference/nist, certified with 500-digit arithmetic). Accuracy is the
/// log relative error LRE = -log10(|estimate - certified| / |certified|), absolute where the certified value is 0,
/// capped at 15. Required: at least 9 digits everywhere, and for coefficients never fewer than statsmodels 0.13.5's
/// QR solver (README figures).</summary>
public class NistStrdTests
{
    [Theory]
    [InlineData("Norris", 13.3)]
    [InlineData("Pontius", 12.4)]
    [InlineData("NoInt1", 14.7)]
    [InlineData("NoInt2", 15.0)]
    [InlineData("Longley", 10.9)]
    [InlineData("Wampler1", 9.6)]
    [InlineData("Wampler2", 12.7)]
    [InlineData("Wampler3", 9.8)]
    public void Certified_values_are_reproduced_to_at_least_nine_digits(string dataset, double statsmodelsCoefficientLre)
    {
        var (result, certified) = Fit(dataset);
        var names = result.CoefficientNames;
        var coefficients = certified.GetProperty("coefficients");
        Assert.Equal(coefficients.GetArrayLength(), names.Count);
        var minCoefficient = 15.0;
        var se = result.StandardErrors;
        var i = 0;
        foreach (var c in coefficients.EnumerateArray())
        {
            Assert.Equal(c.GetProperty("name").GetString(), names[i]);
            var lre = Lre(result.Estimates[i], c.GetProperty("estimate").GetDouble());
            minCoefficient = Math.Min(minCoefficient, lre);
            Assert.True(lre >= 9, $"{dataset} {names[i]}: coefficient LRE {lre:F1} < 9");
            var seLre = Lre(se[i], c.GetProperty("stdError").GetDouble());
            Assert.True(seLre >= 9, $"{dataset} {names[i]}: standard deviation LRE {seLre:F1} < 9");
            i++;
        }

        Assert.True(
            minCoefficient >= Math.Min(15, statsmodelsCoefficientLre),
            $"{dataset}: minimum coefficient LRE {minCoefficient:F1} below statsmodels QR's {statsmodelsCoefficientLre}");
        var sigmaLre = Lre(result.Sigma, certified.GetProperty("residualStandardError").GetDouble());
        Assert.True(sigmaLre >= 9, $"{dataset}: residual SD LRE {sigmaLre:F1} < 9");
        var r2Lre = Lre(result.RSquared, certified.GetProperty("rSquared").GetDouble());
        Assert.True(r2Lre >= 9, $"{dataset}: R2 LRE {r2Lre:F1} < 9");
    }

    [Theory]
    [InlineData("Norris")]
    [InlineData("Pontius")]
    [InlineData("NoInt1")]
    [InlineData("NoInt2")]
    [InlineData("Longley")]
    [InlineData("Wampler1")]
    [InlineData("Wampler2")]
    [InlineData("Wampler3")]
    public void Refined_normal_equations_also_reach_nine_digits(string dataset)
    {
        var (result, certified) = Fit(dataset, LeastSquaresSolver.NormalEquations);
        Assert.Equal(result.ConditionNumber > 1e6 ? LeastSquaresSolver.Qr : LeastSquaresSolver.NormalEquations, result.Solver);
        var i = 0;
        foreach (var c in certified.GetProperty("coefficients").EnumerateArray())
        {
            var lre = Lre(result.Estimates[i++], c.GetProperty("estimate").GetDouble());
            Assert.True(lre >= 9, $"{dataset}: LRE {lre:F1} with {result.Solver}, condition {result.ConditionNumber:E1}");
        }
    }

    internal static (LinearModelResult Result, System.Text.Json.JsonElement Certified) Fit(string dataset, LeastSquaresSolver solver = LeastSquaresSolver.Auto)
    {
        var table = ReferenceData.ReadTable(Path.Combine(ReferenceData.NistDir, dataset + ".csv"), []);
        var certified = ReferenceData.ReadJson(Path.Combine(ReferenceData.NistDir, dataset + ".certified.json"));
        var covariates = table.NumericColumns.Select(c => c.Name).Where(n => n != "y").ToArray();
        var spec = new LinearModelSpec("y", covariates) { Intercept = certified.GetProperty("intercept").GetBoolean() };
        return (LinearModel.Fit(table, spec, new FitOptions { Solver = solver }), certified);
    }

    internal static double Lre(double estimate, double certified)
    {
        var error = Math.Abs(estimate - certified);
        if (error == 0)
        {
            return 15;
        }

        var lre = certified == 0 ? -Math.Log10(error) : -Math.Log10(error / Math.Abs(certified));
        return Math.Min(15, lre);
    }
}
