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
}
