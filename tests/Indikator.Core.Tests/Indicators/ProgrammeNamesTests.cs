using Indikator.Core.Indicators;

namespace Indikator.Core.Tests.Indicators;

public class ProgrammeNamesTests
{
    [Fact]
    public void Codes_follow_the_report_and_parse_back()
    {
        Assert.Equal(["VTA", "TiA", "Avklaring", "APS", "KiA", "AB"], ProgrammeNames.All.Select(ProgrammeNames.Code));
        foreach (var programme in ProgrammeNames.All)
        {
            Assert.Equal(programme, ProgrammeNames.Parse(ProgrammeNames.Code(programme)));
            Assert.Equal(programme, ProgrammeNames.Parse(ProgrammeNames.Code(programme).ToUpperInvariant()));
        }

        Assert.Equal("Arbeid med bistand", ProgrammeNames.NorwegianName(Programme.Ab));
    }

    [Fact]
    public void Unknown_codes_and_values_are_rejected()
    {
        var error = Assert.Throws<FormatException>(() => ProgrammeNames.Parse("LTS"));
        Assert.Equal("'LTS' is not a programme; known programmes are VTA, TiA, Avklaring, APS, KiA, AB.", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeNames.Code((Programme)42));
    }

    [Fact]
    public void Try_parse_accepts_the_six_and_refuses_other_codes_without_an_exception()
    {
        Assert.True(ProgrammeNames.TryParse(" kia ", out var kia));
        Assert.Equal(Programme.Kia, kia);
        Assert.False(ProgrammeNames.TryParse("IPS", out _));
        Assert.False(ProgrammeNames.TryParse(null, out _));
    }
}
