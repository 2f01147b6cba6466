using System.Globalization;
using System.Text;
using System.Text.Json;
using Indikator.Cli;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>
/// The NIST StRD higher-difficulty polynomial problems (Filip, Wampler1-5) with the collinearity tolerance lowered, in the
/// library and through <c>indikator fit --collinearity-tolerance</c>: every coefficient must have at least 7 correct
/// digits (log relative error, as in <see cref="NistStrdTests"/>). Data: Wampler1-3 from shared/reference/nist, Filip,
/// Wampler4 and Wampler5 from NIST's files (<see cref="NistHigherDifficulty"/>). Polynomial columns are x^j computed in
/// double, as shared/reference/nist does.
/// </summary>
public sealed class NistHigherDifficultyTests : IDisposable
{
    /// <summary>Low enough that no column of these designs counts as collinear (Filip's scaled design is very nearly singular).</summary>
    private const double Tolerance = 1e-20;

    private const double RequiredDigits = 7;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-nist-" + Guid.NewGuid().ToString("N"));

    public NistHigherDifficultyTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string> Datasets => ["Filip", "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5"];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Library_reaches_seven_digits_in_every_coefficient(string dataset)
    {
        var (table, certified) = Load(dataset);
        var covariates = table.NumericColumns.Select(c => c.Name).Where(n => n != "y").ToArray();
        var fit = LinearModel.Fit(table, new LinearModelSpec("y", covariates), new FitOptions { CollinearityTolerance = Tolerance, Covariance = CovarianceSpec.Iid() });

        Assert.Empty(fit.Dropped);
        Assert.Equal(certified.Length, fit.Rank);
        for (var i = 0; i < certified.Length; i++)
        {
            var lre = NistStrdTests.Lre(fit.Estimates[i], certified[i]);
            Assert.True(lre >= RequiredDigits, $"{dataset} {fit.CoefficientNames[i]}: LRE {lre:F1}, condition {fit.ConditionNumber:E1}");
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Cli_reaches_seven_digits_with_the_tolerance_option(string dataset)
    {
        var (table, certified) = Load(dataset);
        var covariates = table.NumericColumns.Select(c => c.Name).Where(n => n != "y").ToArray();
        var path = WriteCsv(dataset, table);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = FitCommand.Run(
            ["--input", path, "--outcome", "y", "--covariates", string.Join(',', covariates), "--collinearity-tolerance", Tolerance.ToString("R", CultureInfo.InvariantCulture)],
            stdout,
            stderr);

        Assert.True(code == CliExitCode.Success, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var estimates = json.RootElement.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("estimate").GetDouble()).ToArray();
        Assert.Equal(certified.Length, estimates.Length);
        for (var i = 0; i < certified.Length; i++)
        {
            var lre = NistStrdTests.Lre(estimates[i], certified[i]);
            Assert.True(lre >= RequiredDigits, $"{dataset} coefficient {i}: LRE {lre:F1}");
        }
    }

    [Fact]
    public void Filip_at_the_default_tolerance_drops_a_column_and_says_so()
    {
        // Why the option exists: at fixest's default collin.tol the nearly singular degree-10 design loses a column.
        var (table, _) = Load("Filip");
        var covariates = table.NumericColumns.Select(c => c.Name).Where(n => n != "y").ToArray();
        var fit = LinearModel.Fit(table, new LinearModelSpec("y", covariates));
        Assert.NotEmpty(fit.Dropped);
        Assert.All(fit.Dropped, d => Assert.Equal(DropReason.CollinearWithCovariates, d.Reason));
    }

    private static (ColumnTable Table, double[] Certified) Load(string dataset)
    {
        switch (dataset)
        {
            case "Filip":
                return (Polynomial(NistHigherDifficulty.FilipY, NistHigherDifficulty.FilipX, 10), NistHigherDifficulty.FilipCertified);
            case "Wampler4":
                return (Polynomial(NistHigherDifficulty.Wampler4Y, [.. Enumerable.Range(0, 21).Select(i => (double)i)], 5), Ones(6));
            case "Wampler5":
                return (Polynomial(NistHigherDifficulty.Wampler5Y, [.. Enumerable.Range(0, 21).Select(i => (double)i)], 5), Ones(6));
            default:
                var table = ReferenceData.ReadTable(Path.Combine(ReferenceData.NistDir, dataset + ".csv"), []);
                var certified = ReferenceData.ReadJson(Path.Combine(ReferenceData.NistDir, dataset + ".certified.json"))
                    .GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("estimate").GetDouble()).ToArray();
                return (table, certified);
        }
    }

    private static double[] Ones(int n) => [.. Enumerable.Repeat(1.0, n)];

    private static ColumnTable Polynomial(double[] y, double[] x, int degree)
    {
        var builder = new ColumnTableBuilder().AddNumeric("y", [.. y]);
        for (var j = 1; j <= degree; j++)
        {
            var power = j;
            builder.AddNumeric("x" + j.ToString(CultureInfo.InvariantCulture), [.. x.Select(v => Math.Pow(v, power))]);
        }

        return builder.Build();
    }

    private string WriteCsv(string name, ColumnTable table)
    {
        var columns = table.NumericColumns;
        var sb = new StringBuilder(string.Join(',', columns.Select(c => c.Name))).Append('\n');
        for (var r = 0; r < table.RowCount; r++)
        {
            sb.Append(string.Join(',', columns.Select(c => c.Values.Span[r].ToString("R", CultureInfo.InvariantCulture)))).Append('\n');
        }

        var path = Path.Combine(_folder, name + ".csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }
}
