using Indikator.Cli;

namespace Indikator.Core.Tests.Cli;

/// <summary>The optional report sections: the variance decomposition and the model comparison.</summary>
public sealed partial class RunCommandTests
{
    [Fact]
    public void Output_variation_and_compare_models_add_their_sections_and_log_their_steps()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"], \"variation\": true, \"compareModels\": true", extra: """
            "units": ["office", "region"],
            """)));

        Assert.True(code == CliExitCode.Success, log);
        Assert.Contains("[variation]", log, StringComparison.Ordinal);
        Assert.Contains("[model comparison] 4 models", log, StringComparison.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_folder, "out")).Select(f => Path.GetFileName(f)!).ToArray();
        Assert.Contains(files, f => f.StartsWith("how-much-of-the-office-variation-is-real-jobb3", StringComparison.Ordinal));
        var comparison = File.ReadAllText(Path.Combine(_folder, "out", files.Single(f => f.StartsWith("risk-models-compared-jobb3", StringComparison.Ordinal))));
        Assert.StartsWith("term,model_1,model_2,model_3,model_4", comparison, StringComparison.Ordinal);
        Assert.Contains("Fixed effect: office,No,No,No,Yes", comparison, StringComparison.Ordinal);
        foreach (var key in _data.PersonKeys)
        {
            Assert.DoesNotContain(key, comparison, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_the_flags_the_sections_are_left_out()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: """
            "units": ["office"],
            """)));

        Assert.True(code == CliExitCode.Success, log);
        Assert.DoesNotContain("[variation]", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(_folder, "out")), f => f.Contains("risk-models-compared", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_flag_that_is_not_a_boolean_names_the_field()
    {
        var (code, log) = Run("--config", WriteJob(Job(formats: "[\"csv\"], \"compareModels\": \"yes\"")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("output.compareModels: must be true or false, not \"yes\".", log, StringComparison.Ordinal);
    }
}
