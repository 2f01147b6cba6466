using Indikator.Core.Data;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Outcomes;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Indicators.Variation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Tests.Indicators.Work;
using Indikator.Core.Tests.Reporting.Composition;
using Indikator.Core.Tests.RiskAdjustment;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>Results and specifications do not change when a caller changes a collection it passed in or got back.</summary>
public sealed partial class ImmutabilityTests
{
    [Fact]
    public void No_read_only_collection_in_a_result_is_a_mutable_collection_underneath()
    {
        var data = TestPanels.Create(2_000, offices: 12, periods: 6, seed: 4, regions: 3, weights: true);
        var fit = LinearModel.Fit(data, new LinearModelSpec("y", ["x1", "x2"])
        {
            Categorical = [new CategoricalTerm("region")],
            FixedEffects = ["office", "period"],
            Weights = "w",
        }).WithCovariance(CovarianceSpec.TwoWayCluster("office", "period"));
        var run = CompositionFixture.Data;
        var providers = new ProviderIndicatorCalculator(Indikator.Core.Synthetic.Providers.SyntheticProviderData.Generate(3));
        object[] roots =
        [
            fit,
            fit.FixedEffectStandardErrors(),
            fit.ConfidenceIntervals(),
            WorkFixtures.SmallResult,
            WorkFixtures.SmallOptions,
            run.Report,
            run.Work,
            run.Legacy,
            run.Legacy.Aggregate("office"),
            run.Data,
            run.Panel,
            VarianceDecomposition.Compute(WorkFixtures.SmallResult),
            providers,
            providers.ComputeOverallSatisfaction(),
            CompositionFixture.Options,
            new CsvReadOptions(),
            ValidationRules.Default,
            DataValidator.Validate(data),
            Scorecard.Create(providers.ComputeAll(ProviderIndicator.PlacementIntoWork), ProviderIndicator.PlacementIntoWork, Programme.Ab, 2025, Indikator.Core.Synthetic.Providers.SyntheticProviderData.ProviderId(0)),
            CountTable.OneWay([KeyValuePair.Create("a", 7), KeyValuePair.Create("b", 9)], withTotal: true),
            OneWayRandomEffects.Fit([1.0, 2.0, 3.0, 5.0], [0, 0, 1, 1]),
            WorkVolume.Compute(run.Data.Stock, run.Data.Employment, new WorkVolumeOptions(run.Data.LastRecordMonth)),
            WorkUnitLevel.PriorityGroups("p", new PriorityGroup("g", GroupCondition.OneOf("gender", "K"))),
            CovarianceSpec.TwoWayCluster("office", "period"),
        ];

        AssertNone(ReadOnlyGraph.MutableCollections(roots));
    }

    [Fact]
    public void No_static_read_only_collection_is_a_mutable_collection_underneath()
        => AssertNone(ReadOnlyGraph.MutableStaticCollections());

    private static void AssertNone(IReadOnlyList<string> found)
        => Assert.True(found.Count == 0, "Mutable collections behind read-only properties:\n" + string.Join("\n", found));
}
