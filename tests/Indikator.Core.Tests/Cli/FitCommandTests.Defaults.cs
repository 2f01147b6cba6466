using Indikator.Cli;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.Cli;

/// <summary>The defaults of <c>indikator fit</c> are the library's: the covariance clusters by the first fixed effect.</summary>
public sealed class FitCommandDefaultsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-fitdef-" + Guid.NewGuid().ToString("N"));

    public FitCommandDefaultsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Without_vcov_the_command_uses_the_library_default(bool fixedEffects)
    {
        var path = Path.Combine(_folder, "d.csv");
        var lines = new List<string> { "y,x,office" };
        for (var r = 0; r < 60; r++)
        {
            lines.Add(FormattableString.Invariant($"{(0.5 * r) + (r % 7) + ((r * 13) % 5)},{(r * 7) % 11},o{r % 6}"));
        }

        File.WriteAllLines(path, lines);
        string[] fe = fixedEffects ? ["--fixed-effects", "office"] : [];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = FitCommand.Run(["--input", path, "--outcome", "y", "--covariates", "x", .. fe], stdout, stderr);

        Assert.True(code == CliExitCode.Success, stderr.ToString());
        var table = CsvLoader.LoadTable(path, new CsvSchema().AddNumeric("y").AddNumeric("x").AddCategorical("office"));
        var library = LinearModel.Fit(table, new LinearModelSpec("y", ["x"]) { FixedEffects = fixedEffects ? ["office"] : [] });
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        Assert.Equal(library.CovarianceDescription, json.RootElement.GetProperty("vcov").GetString());
        Assert.Equal(fixedEffects ? CovarianceType.Cluster : CovarianceType.Iid, library.Covariance.Type);
        var se = json.RootElement.GetProperty("coefficients").EnumerateArray().Last().GetProperty("stdError").GetDouble();
        Assert.Equal(library.StandardErrors[^1], se, 12);
    }
}
