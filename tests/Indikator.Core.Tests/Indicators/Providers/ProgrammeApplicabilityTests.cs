using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public class ProgrammeApplicabilityTests
{
    [Fact]
    public void The_six_programmes_follow_the_reports_table()
    {
        var table = ProgrammeApplicability.Benchmarking;

        // Report, table «Forslag til indikatorer per tiltak»: placement into work (8) not for VTA and TiA; formal
        // qualification (11) for KiA only; time to first workday (12) for AB only.
        Assert.False(table.AppliesTo(ProviderIndicator.PlacementIntoWork, "VTA"));
        Assert.False(table.AppliesTo(ProviderIndicator.PlacementIntoWork, "tia"));
        Assert.True(table.AppliesTo(ProviderIndicator.PlacementIntoWork, "Avklaring"));
        Assert.True(table.AppliesTo(ProviderIndicator.FormalQualification, "KiA"));
        Assert.False(table.AppliesTo(ProviderIndicator.FormalQualification, "AB"));
        Assert.True(table.AppliesTo(ProviderIndicator.TimeToFirstWorkday, "AB"));
        Assert.Contains("does not define indicator 8 'formidling_arbeid' for VTA", table.NotApplicableReason(ProviderIndicator.PlacementIntoWork, "VTA"), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_codes_are_not_applicable_until_the_user_gives_their_indicators()
    {
        var table = ProgrammeApplicability.Benchmarking;
        Assert.False(table.AppliesTo(ProviderIndicator.NavSurvey, "AFT"));
        Assert.Equal(
            "Not applicable: 'AFT' is not one of the six programmes of the benchmarking report (VTA, TiA, Avklaring, APS, KiA, AB); give its indicators with ProgrammeApplicability.With.",
            table.NotApplicableReason(ProviderIndicator.NavSurvey, "AFT"));

        var given = table.With("AFT", ProviderIndicator.PlacementIntoWork, ProviderIndicator.LengthOfStay);
        Assert.True(given.AppliesTo(ProviderIndicator.PlacementIntoWork, "aft"));
        Assert.False(given.AppliesTo(ProviderIndicator.NavSurvey, "AFT"));
        Assert.Contains("not among the indicators given for programme 'AFT'", given.NotApplicableReason(ProviderIndicator.NavSurvey, "AFT"), StringComparison.Ordinal);

        // The original is unchanged, and a given list replaces the report's row for one of the six.
        Assert.False(table.AppliesTo(ProviderIndicator.PlacementIntoWork, "AFT"));
        Assert.True(table.With("VTA", ProviderIndicator.PlacementIntoWork).AppliesTo(ProviderIndicator.PlacementIntoWork, "VTA"));
        Assert.Throws<ArgumentException>(() => table.With("AFT", ProviderIndicator.None));
    }
}
