using Indikator.Core.Indicators.Work;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>The result keeps no fits: Model and FixedEffectModel fit on first request, cache, and give the fit the tables came from.</summary>
public sealed partial class WorkIndicatorsTests
{
    [Fact]
    public void Models_are_fitted_on_request_once_and_match_the_tables()
    {
        var result = WorkFixtures.SmallResult;
        var model = result.Model("jobb3");
        Assert.Same(model, result.Model("jobb3"));

        // The pooled country row's expected value is the mean fitted value, so the refitted model must reproduce it.
        var table = result.Table("jobb3", WorkUnitLevel.Country.Name);
        var pooled = table.Rows.Single(r => r.Month is null);
        var fitted = model.FittedValues.ToArray();
        Assert.Equal(pooled.Expected!.Value, fitted.Average(), 12);
        Assert.Equal(pooled.PersonMonths, fitted.Length);

        var office = result.FixedEffectModel("atid3", "office");
        Assert.Same(office, result.FixedEffectModel("atid3", "office"));
        Assert.Equal("office", office.FixedEffects[0].Name);
        Assert.Throws<KeyNotFoundException>(() => result.Model("jobb12"));
        Assert.Throws<KeyNotFoundException>(() => result.FixedEffectModel("jobb3", "need_category"));
    }
}
