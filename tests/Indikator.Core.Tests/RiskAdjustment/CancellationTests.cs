using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Tests.Indicators.Work;
using Indikator.Core.Tests.Reporting.Composition;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Cancellation tokens are parameters of each long operation, and a result never keeps the token of the
/// operation that made it.</summary>
public class CancellationTests
{
    private static readonly LinearModelSpec TwoWay = new("y", TestPanels.Covariates) { FixedEffects = ["office", "period"] };

    [Fact]
    public void A_result_s_later_computations_do_not_use_the_fit_s_token()
    {
        var data = TestPanels.Create(2_000, offices: 8, periods: 4, seed: 3);
        using var source = new CancellationTokenSource();
        var fit = LinearModel.Fit(data, TwoWay, cancellationToken: source.Token);
        source.Cancel();

        var robust = fit.WithCovariance(CovarianceSpec.Robust());
        var boot = fit.WildClusterBootstrap(new WildBootstrapSpec(TestPanels.Covariates[0], "office") { Replications = 99, Seed = 1 });
        Assert.True(robust.StandardErrors.All(double.IsFinite));
        Assert.InRange(boot.PValue, 0, 1);
        Assert.Equal(LinearModel.Fit(data, TwoWay).WithCovariance(CovarianceSpec.Robust()).StandardErrors, robust.StandardErrors);
    }

    [Fact]
    public void Each_long_operation_stops_on_its_own_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var token = cancelled.Token;
        var data = TestPanels.Create(2_000, offices: 8, periods: 4, seed: 3);
        var fit = LinearModel.Fit(data, TwoWay);
        var small = WorkFixtures.Small;

        Assert.ThrowsAny<OperationCanceledException>(() => LinearModel.Fit(data, TwoWay, cancellationToken: token));
        Assert.ThrowsAny<OperationCanceledException>(() => fit.WithCovariance(CovarianceSpec.Robust(), token));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            fit.WildClusterBootstrap(new WildBootstrapSpec(TestPanels.Covariates[0], "office") { Replications = 99 }, token));
        Assert.ThrowsAny<OperationCanceledException>(() => WorkIndicators.Compute(WorkFixtures.SmallPanel, WorkFixtures.SmallOptions, token));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            WorkVolume.Compute(small.Stock, small.Employment, new WorkVolumeOptions(small.LastRecordMonth), token));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            LegacyTransition.Compute(small.Stock, small.Statuses, small.Employment, new LegacyTransitionOptions(small.LastRecordMonth, ColumnNames.Age), token));
    }

    [Fact]
    public void Writing_a_report_folder_stops_on_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var directory = Path.Combine(Path.GetTempPath(), "indikator-cancel-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.ThrowsAny<OperationCanceledException>(() => IndicatorReport.WriteFolder(CompositionFixture.Data.Report, directory, cancellationToken: cancelled.Token));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void The_indicators_log_their_steps_and_the_fits_to_the_options_logger()
    {
        var logger = new ListLogger();
        WorkIndicators.Compute(WorkFixtures.SmallPanel, WorkFixtures.SmallOptions with { Logger = logger });

        var messages = logger.Messages;
        Assert.Contains(messages, m => m.StartsWith("Work indicators: ", StringComparison.Ordinal) && m.Contains("person-months", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("variant (a), mean residual for jobb3, atid3", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("variant (b), fixed effects of office for jobb3, atid3", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Linear model: ", StringComparison.Ordinal));
    }
}
