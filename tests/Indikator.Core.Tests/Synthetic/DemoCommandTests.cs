using System.CommandLine;
using Indikator.Cli;

namespace Indikator.Core.Tests.Synthetic;

public sealed class DemoCommandTests
{
    [Fact]
    public void Options_have_the_documented_defaults()
    {
        var result = DemoCommand.Create().Parse([]);
        Assert.Empty(result.Errors);
        Assert.Equal(2_000_000L, result.GetValue<long>("--person-months"));
        Assert.Equal(36, result.GetValue<int>("--months"));
        Assert.Equal(42L, result.GetValue<long>("--seed"));
        Assert.Null(result.GetValue<string?>("--output"));
    }

    [Fact]
    public void Options_parse_their_values_and_reject_bad_ones()
    {
        var result = DemoCommand.Create().Parse(["--person-months", "5000", "--months", "6", "--seed", "3", "--output", "out"]);
        Assert.Empty(result.Errors);
        Assert.Equal(5_000L, result.GetValue<long>("--person-months"));
        Assert.Equal(6, result.GetValue<int>("--months"));
        Assert.Equal(3L, result.GetValue<long>("--seed"));
        Assert.Equal("out", result.GetValue<string?>("--output"));
        Assert.NotEmpty(DemoCommand.Create().Parse(["--months", "many"]).Errors);
    }

    [Theory]
    [InlineData(999, 36, "--person-months must be between 1000 and 100000000, not 999.")]
    [InlineData(100_000_001, 36, "--person-months must be between 1000 and 100000000, not 100000001.")]
    [InlineData(50_000, 0, "--months must be between 1 and 600, not 0.")]
    [InlineData(50_000, 601, "--months must be between 1 and 600, not 601.")]
    public void Out_of_range_values_are_usage_errors_that_name_the_option(long personMonths, int months, string expected)
    {
        Assert.Equal(expected, DemoCommand.Validate(new DemoSettings(personMonths, months, 1, "out")));
    }

    [Fact]
    public void The_documented_defaults_are_valid()
    {
        Assert.Null(DemoCommand.Validate(new DemoSettings(2_000_000, 36, 42, DemoSettings.DefaultOutputDirectory)));
        Assert.Equal("--output must name a folder.", DemoCommand.Validate(new DemoSettings(2_000_000, 36, 42, " ")));
    }
}
