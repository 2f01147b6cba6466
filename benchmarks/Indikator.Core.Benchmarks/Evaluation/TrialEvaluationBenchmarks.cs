using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.Evaluation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Benchmarks.Evaluation;

/// <summary>
/// The trial evaluation of <c>indikator evaluate</c> (issue 15) on the jobb3 risk-adjusted outcome of synthetic data:
/// five trial offices (the largest) over 36 months, with the default options (event study of 6 leads and 12 lags,
/// 9,999 wild-bootstrap replications for each average effect). Every iteration evaluates the trial whole: panel,
/// matching, the interaction-weighted and two-way fits with their bootstraps, the event study and placebo test, and the
/// five per-office fits. Baseline: one start month with 15 given controls; then the same with matched controls (3 per
/// trial office), and staggered starts (three cohorts) with matched controls. The work indicators and their risk model
/// are computed once in the setup, as the evaluation reads the fitted model and does not refit it. Size:
/// <see cref="BenchmarkSizes.TrialVariable"/> (default 2M person-months).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Evaluation")]
public class TrialEvaluationBenchmarks
{
    private const int TrialOffices = 5;
    private WorkIndicatorResult _work = null!;
    private TrialSpec _given = null!;
    private TrialSpec _matched = null!;
    private TrialSpec _staggered = null!;

    /// <summary>Requested stock person-months: 2M, or <see cref="BenchmarkSizes.TrialVariable"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.TrialPersonMonths();

    [ParamsSource(nameof(Sizes))]
    public int PersonMonths { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 42, TargetPersonMonths = PersonMonths, Months = 36 });
        var panel = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth)).AddTo(data.Stock);
        _work = WorkIndicators.Compute(panel, new WorkIndicatorOptions { Outcomes = ["jobb3"] });

        // The model is fitted on first request; fit it here so that the iterations time the evaluation only.
        _ = _work.Model("jobb3");
        var offices = data.Offices.OrderByDescending(o => o.SizeShare).ThenBy(o => o.Name, StringComparer.Ordinal).Select(o => o.Name).ToArray();
        var start = data.FirstMonth.AddMonths(18);
        var trials = offices.Take(TrialOffices).Select(o => new TrialOffice(o, start)).ToArray();
        _given = new TrialSpec(trials) { Controls = [.. offices.Skip(TrialOffices).Take(15)] };
        _matched = new TrialSpec(trials);
        _staggered = new TrialSpec([.. trials.Select((t, i) => t with { Start = start.AddMonths(3 * ((i % 3) - 1)) })]);
    }

    [Benchmark(Baseline = true)]
    public TrialEvaluationResult OneStartGivenControls() => TrialEvaluation.Evaluate(_work, _given);

    [Benchmark]
    public TrialEvaluationResult OneStartMatchedControls() => TrialEvaluation.Evaluate(_work, _matched);

    [Benchmark]
    public TrialEvaluationResult StaggeredMatchedControls() => TrialEvaluation.Evaluate(_work, _staggered);

    [GlobalCleanup(Target = nameof(OneStartGivenControls))]
    public void RecordGiven() => PeakMemory.Record(typeof(TrialEvaluationBenchmarks), nameof(OneStartGivenControls), PersonMonths);

    [GlobalCleanup(Target = nameof(OneStartMatchedControls))]
    public void RecordMatched() => PeakMemory.Record(typeof(TrialEvaluationBenchmarks), nameof(OneStartMatchedControls), PersonMonths);

    [GlobalCleanup(Target = nameof(StaggeredMatchedControls))]
    public void RecordStaggered() => PeakMemory.Record(typeof(TrialEvaluationBenchmarks), nameof(StaggeredMatchedControls), PersonMonths);
}
