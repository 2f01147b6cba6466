using System.Globalization;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.PushDown;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.PushDown;

/// <summary>
/// A seeded person-month table for comparing the fit pushed into a database with the in-memory fit on the same rows:
/// offices nested in regions, months, persons with several rows, two categorical covariates, NULLs, zero weights.
/// </summary>
internal static class PushDownData
{
    /// <summary>The tolerance of the comparisons: 1e-10 relative, as the issue asks. The two paths add the same products
    /// in another order (the database's) and solve with normal equations instead of QR; on this well-conditioned design
    /// (condition below 100) both differences are of the order 1e-14.</summary>
    public const double Tolerance = 1e-10;

    private static readonly string[] Offices = ["0301", "1103", "4601", "5001", "3401", "1804", "4204", "1508"];
    private static readonly string[] Needs = ["standard", "situasjonsbestemt", "spesielt tilpasset"];

    /// <summary>Gets the columns as the loaders read them, for the in-memory fit.</summary>
    public static CsvSchema Schema { get; } = new CsvSchema()
        .AddCategorical("person_key").AddCategorical("office").AddCategorical("region").AddCategorical("period")
        .AddCategorical("need").AddCategorical("gender")
        .AddNumeric("x1").AddNumeric("x2").AddNumeric("x3").AddNumeric("w").AddNumeric("y");

    /// <summary>CREATE TABLE and INSERT statements for the table (<paramref name="real"/> is the double type's name).</summary>
    public static string[] Statements(string table, string real, int seed = 7, int rows = 600)
    {
        var random = new Random(seed);
        var sql = new StringBuilder($"insert into {table} values ");
        for (var i = 0; i < rows; i++)
        {
            var person = 98_765_432_100L + (i / 5);
            var office = Offices[(int)(person % Offices.Length)];
            var region = "R" + (Array.IndexOf(Offices, office) % 3).ToString(CultureInfo.InvariantCulture);
            var month = 1 + random.Next(10);
            var need = i % 31 == 4 ? null : Needs[random.Next(Needs.Length)];
            var gender = random.Next(2) == 0 ? "K" : "M";
            double? x1 = i % 37 == 9 ? null : 20 + random.Next(45) + random.NextDouble();
            var x2 = random.NextDouble() * 10;
            var x3 = (0.3 * x2) + random.NextDouble();
            var w = i % 43 == 11 ? 0 : 0.5 + random.Next(5);
            var y = (0.02 * (x1 ?? 0)) - (0.3 * x2) + (0.5 * x3) + (0.1 * Array.IndexOf(Offices, office)) + (0.05 * month)
                + (need == "standard" ? 0.4 : 0) + (gender == "K" ? 0.1 : 0) + (random.NextDouble() * 2) - 1;
            sql.Append(i == 0 ? "(" : ", (")
                .Append(CultureInfo.InvariantCulture, $"{person}, '{office}', '{region}', '2024-{month:00}', ")
                .Append(need is null ? "null" : "'" + need + "'").Append(", '" + gender + "', ")
                .Append(x1 is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null").Append(", ")
                .Append(CultureInfo.InvariantCulture, $"{x2:R}, {x3:R}, {w:R}, {y:R})");
        }

        return
        [
            $"create table {table} (person_key bigint, office text, region text, period text, need text, gender text, x1 {real}, x2 {real}, x3 {real}, w {real}, y {real})",
            sql.ToString(),
        ];
    }

    /// <summary>The specifications compared: weights, categorical covariates, none / one / two fixed effects, and covariances.</summary>
    public static (LinearModelSpec Spec, CovarianceSpec Covariance) Case(string name) => name switch
    {
        "ols-iid" => (new LinearModelSpec("y", ["x1", "x2", "x3"]), CovarianceSpec.Iid()),
        "ols-categorical-hc1-weights" => (new LinearModelSpec("y", ["x1", "x2"]) { Categorical = [new CategoricalTerm("need"), new CategoricalTerm("gender", "M")], Weights = "w" }, CovarianceSpec.Robust()),
        "office-iid" => (new LinearModelSpec("y", ["x1", "x2", "x3"]) { FixedEffects = ["office"] }, CovarianceSpec.Iid()),
        "office-cluster-office-weights" => (new LinearModelSpec("y", ["x1", "x2", "x3"]) { FixedEffects = ["office"], Weights = "w" }, CovarianceSpec.Cluster("office")),
        "two-fe-hc1" => (new LinearModelSpec("y", ["x1", "x2", "x3"]) { FixedEffects = ["office", "period"], Categorical = [new CategoricalTerm("need")] }, CovarianceSpec.Robust()),
        "two-fe-cluster-office-weights-categorical" => (new LinearModelSpec("y", ["x1", "x2", "x3"]) { FixedEffects = ["office", "period"], Categorical = [new CategoricalTerm("need"), new CategoricalTerm("gender")], Weights = "w" }, CovarianceSpec.Cluster("office")),
        "two-fe-cluster-region" => (new LinearModelSpec("y", ["x1", "x2"]) { FixedEffects = ["office", "period"], Weights = "w" }, CovarianceSpec.Cluster("region")),
        "two-fe-cluster-person" => (new LinearModelSpec("y", ["x1", "x2", "x3"]) { FixedEffects = ["office", "period"] }, CovarianceSpec.Cluster("person_key")),
        "two-fe-two-way-cluster" => (new LinearModelSpec("y", ["x1", "x2", "x3"]) { FixedEffects = ["office", "period"], Weights = "w" }, CovarianceSpec.TwoWayCluster("office", "period")),
        "no-intercept-categorical-hc0" => (new LinearModelSpec("y", ["x2"]) { Categorical = [new CategoricalTerm("need")], Intercept = false }, CovarianceSpec.Robust(RobustType.HC0)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such case."),
    };

    public static TheoryData<string> Cases() =>
    [
        "ols-iid", "ols-categorical-hc1-weights", "office-iid", "office-cluster-office-weights", "two-fe-hc1",
        "two-fe-cluster-office-weights-categorical", "two-fe-cluster-region", "two-fe-cluster-person", "two-fe-two-way-cluster",
        "no-intercept-categorical-hc0",
    ];

    /// <summary>Asserts that the pushed-down fit has the in-memory fit's numbers to <see cref="Tolerance"/>.</summary>
    public static void AssertSame(LinearModelResult memory, PushDownFitResult pushed)
    {
        Assert.Equal(memory.CoefficientNames, pushed.CoefficientNames);
        Assert.Equal(memory.Dropped, pushed.Dropped);
        Assert.Equal(memory.Sample, pushed.Sample);
        Assert.Equal(memory.ReferenceLevels.OrderBy(x => x.Key), pushed.ReferenceLevels.OrderBy(x => x.Key));
        Assert.Equal(memory.FixedEffectParameterCount, pushed.FixedEffectParameterCount);
        Assert.Equal(memory.SmallSampleK, pushed.SmallSampleK);
        Assert.Equal(memory.ClusterCounts, pushed.ClusterCounts);
        Assert.Equal(memory.InferenceDegreesOfFreedom, pushed.InferenceDegreesOfFreedom);
        Assert.Equal(memory.CovarianceDescription, pushed.CovarianceDescription);
        Close(memory.Estimates, pushed.Estimates, "estimate", memory.StandardErrors);
        Close(memory.StandardErrors, pushed.StandardErrors, "standard error");
        Close([memory.Ssr, memory.TotalSumOfSquares, memory.RSquared], [pushed.Ssr, pushed.TotalSumOfSquares, pushed.RSquared], "fit statistic");
        Assert.Equal(memory.WithinRSquared.HasValue, pushed.WithinRSquared.HasValue);
        var memoryEffects = memory.WithFixedEffectNormalization(FixedEffectNormalization.WeightedMeanZero).FixedEffects;
        Assert.Equal(memoryEffects.Count, pushed.FixedEffects.Count);
        for (var f = 0; f < memoryEffects.Count; f++)
        {
            Assert.Equal(memoryEffects[f].Levels, pushed.FixedEffects[f].Levels);

            // Fixed-effect values can be near zero: compared relative to the largest of them.
            var scale = memoryEffects[f].Values.Max(Math.Abs);
            for (var l = 0; l < memoryEffects[f].Values.Count; l++)
            {
                Assert.True(Math.Abs(memoryEffects[f].Values[l] - pushed.FixedEffects[f].Values[l]) <= Tolerance * scale, $"fixed effect {memoryEffects[f].Name}[{memoryEffects[f].Levels[l]}]");
            }
        }
    }

    /// <summary>
    /// Asserts each value equal to the tolerance, relative to the value itself, or to <paramref name="scale"/> when that is
    /// larger. Estimates are compared relative to the larger of the estimate and its standard error: a coefficient whose
    /// true value is 0 (the need level "spesielt tilpasset" and the gender in these data) has an estimate that is
    /// sampling noise and now and then lands within 1e-5 of zero, where the two paths' difference, about 1e-15 in
    /// absolute terms (sums added in another order), is 1e-10 of the estimate. That difference is what the comparison
    /// must bound, and it is about 1e-14 of the standard error. Relative to the estimate alone, the property test over
    /// random tables fails whenever such an estimate is within about 1e-5 of zero: with a standard error near 0.07 that is
    /// about 1 table in 5,000, 2 % of the test's runs of 100 tables. Of 800 seeds scanned the closest was seed 234 of the
    /// 200-row table (estimate -5.2e-5, difference 6.3e-16, 1.2e-11 relative, an eighth of the tolerance).
    /// </summary>
    private static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what, IReadOnlyList<double>? scale = null)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var error = Math.Abs(expected[i] - actual[i]) / Math.Max(Math.Max(Math.Abs(expected[i]), scale is null ? 0 : Math.Abs(scale[i])), double.Epsilon);
            Assert.True(error <= Tolerance, $"{what} {i}: {expected[i]:R} in memory, {actual[i]:R} pushed down (relative error {error:E2})");
        }
    }
}
