using System.Globalization;
using System.Text.Json;
using Indikator.Cli;
using Indikator.Core.Tests.RiskAdjustment;

namespace Indikator.Core.Tests.Cli;

public sealed class FitCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-fit-" + Guid.NewGuid().ToString("N"));

    public FitCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Panel_200k_with_office_and_period_effects_clustered_by_office_matches_fixest()
    {
        // Reference: shared/reference/fixest/panel_200k/feols_coef_se.csv, made by R fixest 0.12.1 with
        // feols(y ~ x1 + ... + x10 | office + period, data, cluster = ~office). Tolerances: 1e-9 relative for the
        // estimates, 1e-7 relative for the standard errors (column se_cluster_office_default).
        var input = Path.Combine(ReferenceData.FixestDir, "panel_200k.csv");
        Assert.True(File.Exists(input), $"Reference data missing: {input}");
        var output = Path.Combine(_folder, "fit.json");
        var (code, _, error) = Run(
            "--input", input, "--outcome", "y", "--covariates", string.Join(',', FixestPanelFixture.Slopes),
            "--fixed-effects", "office,period", "--cluster", "office", "--output", output);
        Assert.True(code == 0, error);

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal(200_000, root.GetProperty("observations").GetInt32());
        var (terms, reference) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.FixestDir, "feols_coef_se.csv"));
        var coefficients = root.GetProperty("coefficients").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(terms.Length, coefficients.Count);
        for (var i = 0; i < terms.Length; i++)
        {
            var c = coefficients[terms[i]];
            AssertRelative(reference["estimate"][i], c.GetProperty("estimate").GetDouble(), 1e-9, $"{terms[i]} estimate");
            AssertRelative(reference["se_cluster_office_default"][i], c.GetProperty("stdError").GetDouble(), 1e-7, $"{terms[i]} se");
        }

        var stats = ReferenceData.ReadJson(Path.Combine(ReferenceData.FixestDir, "feols_stats.json"));
        AssertRelative(stats.GetProperty("within_r2").GetDouble(), root.GetProperty("withinRSquared").GetDouble(), 1e-9, "within R2");
        AssertRelative(stats.GetProperty("r2").GetDouble(), root.GetProperty("rSquared").GetDouble(), 1e-9, "R2");
        Assert.Contains("Clustered by office", root.GetProperty("vcov").GetString(), StringComparison.Ordinal);
        Assert.Equal(300, root.GetProperty("fixedEffects").GetProperty("office").GetArrayLength());
        Assert.Equal(60, root.GetProperty("fixedEffects").GetProperty("period").GetArrayLength());
    }

    [Fact]
    public void Json_has_the_contract_names_in_camel_case_and_null_within_R2_without_fixed_effects()
    {
        var input = WriteCsv("y,x1,x2,g\n1,2,3,a\n2,3,1,b\n3,5,2,a\n4,4,4,b\n5,7,1,a\n6,6,2,b\n");
        var (code, stdout, error) = Run("--input", input, "--outcome", "y", "--covariates", "x1,x2");
        Assert.True(code == 0, error);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(
            ["observations", "coefficients", "vcov", "residualStandardError", "rSquared", "adjustedRSquared", "withinRSquared", "fixedEffects", "dropped", "iterations", "converged"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("withinRSquared").ValueKind);
        Assert.Empty(root.GetProperty("fixedEffects").EnumerateObject());
        var first = root.GetProperty("coefficients")[0];
        Assert.Equal("(Intercept)", first.GetProperty("name").GetString());
        Assert.Equal(["name", "estimate", "stdError", "tValue", "pValue"], first.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("Independent errors", root.GetProperty("vcov").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("converged").GetBoolean());
    }

    [Fact]
    public void Numbers_are_written_in_shortest_round_trip_form()
    {
        var input = WriteCsv("y,x1,g\n1,2,a\n2,3,b\n3,5,a\n4,4,b\n5,7,a\n6,6,b\n7,9,a\n");
        var (code, stdout, error) = Run("--input", input, "--outcome", "y", "--covariates", "x1", "--vcov", "hetero");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(stdout);
        foreach (var c in json.RootElement.GetProperty("coefficients").EnumerateArray())
        {
            var raw = c.GetProperty("estimate").GetRawText();
            var value = c.GetProperty("estimate").GetDouble();
            Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), raw);
        }
    }

    [Fact]
    public void Fixed_effects_weights_and_dropped_coefficients_are_reported()
    {
        // x2 is constant within g, so the fixed effect absorbs it; one row has a missing outcome.
        var input = WriteCsv("y,x1,x2,w,g\n1,2,10,1,a\n2,3,20,2,b\n3,5,10,1,a\n4,4,20,1,b\n5,7,10,2,a\n6,6,20,1,b\nNA,1,10,1,a\n7,9,20,1,b\n");
        var output = Path.Combine(_folder, "out.json");
        var (code, stdout, error) = Run(
            "--input", input, "--outcome", "y", "--covariates", "x1,x2", "--fixed-effects", "g", "--weights", "w", "--vcov", "cluster", "--cluster", "g", "--output", output);
        Assert.True(code == 0, error);
        Assert.Empty(stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal(7, root.GetProperty("observations").GetInt32());
        var dropped = root.GetProperty("dropped");
        Assert.Equal(1, dropped.GetProperty("missingValueRows").GetInt32());
        Assert.Equal("x2", dropped.GetProperty("coefficients")[0].GetProperty("name").GetString());
        Assert.Contains("fixed effects", dropped.GetProperty("coefficients")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var levels = root.GetProperty("fixedEffects").GetProperty("g");
        Assert.Equal(["a", "b"], levels.EnumerateArray().Select(l => l.GetProperty("level").GetString()));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("withinRSquared").ValueKind);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var missing = Path.Combine(_folder, "nope.csv");
        var (code, _, error) = Run("--input", missing, "--outcome", "y", "--covariates", "x");
        Assert.Equal(3, code);
        Assert.Contains("input file not found", error, StringComparison.Ordinal);
        Assert.Contains("nope.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_an_input_error_that_lists_the_columns()
    {
        var input = WriteCsv("y,x1,office\n1,2,a\n2,3,b\n");
        var (code, _, error) = Run("--input", input, "--outcome", "y", "--covariates", "x1", "--fixed-effects", "region");
        Assert.Equal(3, code);
        Assert.Contains("unknown column 'region' in --fixed-effects", error, StringComparison.Ordinal);
        Assert.Contains("y, x1, office", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_an_input_error_with_its_line()
    {
        var input = WriteCsv("y,x1\n1,2\n2,3\n3,abc\n4,5\n");
        var (code, _, error) = Run("--input", input, "--outcome", "y", "--covariates", "x1");
        Assert.Equal(3, code);
        Assert.Contains("line 4", error, StringComparison.Ordinal);
        Assert.Contains("column 'x1'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_cannot_be_fitted_exits_with_4()
    {
        var noRows = WriteCsv("y,x1\nNA,2\nNA,3\n");
        var (code, _, error) = Run("--input", noRows, "--outcome", "y", "--covariates", "x1");
        Assert.Equal(4, code);
        Assert.Contains("cannot be fitted", error, StringComparison.Ordinal);
        Assert.Contains("No row is left", error, StringComparison.Ordinal);

        var tooFew = WriteCsv("y,x1\n1,2\n2,3\n");
        (code, _, error) = Run("--input", tooFew, "--outcome", "y", "--covariates", "x1");
        Assert.Equal(4, code);
        Assert.Contains("no residual degrees of freedom", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--outcome is required", "--input", "a.csv", "--covariates", "x")]
    [InlineData("--covariates is required", "--input", "a.csv", "--outcome", "y")]
    [InlineData("--input needs a value", "--outcome", "y", "--covariates", "x", "--input")]
    [InlineData("--outcome is given more than once", "--input", "a.csv", "--outcome", "y", "--outcome", "z", "--covariates", "x")]
    [InlineData("--vcov must be iid, hetero or cluster", "--input", "a.csv", "--outcome", "y", "--covariates", "x", "--vcov", "hc3")]
    [InlineData("--vcov cluster needs --cluster", "--input", "a.csv", "--outcome", "y", "--covariates", "x", "--vcov", "cluster")]
    [InlineData("--cluster needs --vcov cluster", "--input", "a.csv", "--outcome", "y", "--covariates", "x", "--vcov", "iid", "--cluster", "g")]
    [InlineData("--cluster takes one or two columns", "--input", "a.csv", "--outcome", "y", "--covariates", "x", "--cluster", "a,b,c")]
    [InlineData("--covariates has an empty name", "--input", "a.csv", "--outcome", "y", "--covariates", "x,,z")]
    [InlineData("unknown argument 'extra'", "--input", "a.csv", "--outcome", "y", "--covariates", "x", "extra")]
    [InlineData("cannot be both numeric", "--input", "a.csv", "--outcome", "y", "--covariates", "x", "--fixed-effects", "x")]
    public void Usage_errors_exit_with_2_and_show_the_usage(string message, params string[] args)
    {
        var (code, stdout, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("usage: indikator fit", error, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = FitCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void AssertRelative(double expected, double actual, double tolerance, string what)
        => Assert.True(
            Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"{what}: expected {expected:R}, actual {actual:R}");

    private string WriteCsv(string text)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        return path;
    }
}
