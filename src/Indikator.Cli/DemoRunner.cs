using Indikator.Core.Data;
using Indikator.Core.Indicators;
using System.Diagnostics;
using System.Globalization;
using Indikator.Core.Indicators.Variation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;
using Spectre.Console;

namespace Indikator.Cli;

/// <summary>
/// The demo pipeline behind the <c>demo</c> command, kept apart from command-line parsing so it can be tested: generate
/// synthetic data, compute the four work outcomes and the legacy measure, fit the risk model and compute
/// arbeidsindikatoren, check them against the known truth, and hand the computed tables to the report writers.
/// </summary>
internal sealed class DemoRunner
{
    private readonly IAnsiConsole _console;
    private readonly IReadOnlyList<IDemoReportWriter> _writers;

    /// <summary>Creates a runner with the CSV tables and the composed report (HTML, Excel, JSON).</summary>
    public DemoRunner(IAnsiConsole console)
        : this(console, [new TableCsvWriter(), new IndicatorReportWriter()])
    {
    }

    /// <summary>Creates a runner with the given report writers (the seam for HTML and XLSX reports).</summary>
    public DemoRunner(IAnsiConsole console, IReadOnlyList<IDemoReportWriter> writers)
    {
        _console = console;
        _writers = writers;
    }

    /// <summary>Runs the demo and returns the process exit code.</summary>
    public int Run(DemoSettings settings, CancellationToken cancellationToken = default)
    {
        try
        {
            return RunSteps(settings, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("indikator demo: cancelled.");
            return CliExitCode.Cancelled;
        }
    }

    private int RunSteps(DemoSettings settings, CancellationToken cancellationToken)
    {
        // Fail before minutes of work when the folder cannot even be created.
        if (settings.OutputDirectory is { } folder && !TryCreate(folder))
        {
            return CliExitCode.Output;
        }

        var options = new SyntheticOptions
        {
            TargetPersonMonths = settings.PersonMonths,
            Months = settings.Months,
            Seed = settings.Seed,
            MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism,
        };

        var steps = new List<DemoStep>();
        SyntheticNavData? data = null;
        WorkIndicatorResult? indicators = null;
        LegacyTransitionResult? legacy = null;
        Table? dataSummary = null;
        Table? byRegion = null;
        PersonMonthPanel? panel = null;
        _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var generate = context.AddTask("Generating synthetic NAV data", maxValue: 1.0);
                var outcomes = context.AddTask("Work outcomes (atid3, jobb3, atid12, jobb12)", autoStart: false, maxValue: 1.0);
                var transition = context.AddTask("Legacy measure (in work 6 months after exit)", autoStart: false, maxValue: 1.0);
                var model = context.AddTask("Risk models and arbeidsindikatoren", autoStart: false, maxValue: 1.0);

                (data, panel, legacy, dataSummary, byRegion) = DataAndOutcomes(options, settings, steps, generate, outcomes, transition, cancellationToken);

                // The released records sit in the large-object heap, which the GC would not collect before the risk
                // step's peak (25M person-months: 2 GB more at the peak without this collection), so collect once now.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                model.StartTask();
                indicators = Step(
                    steps,
                    "Risk models and indicators",
                    () => WorkIndicators.Compute(panel!, new WorkIndicatorOptions
                    {
                        // County and programme are on because the synthetic panel has them; the groups are NAV-like.
                        Units = [.. WorkUnitLevel.ForPanel(panel!), NavPriorityGroups.For(panel!)],
                        Progress = new TaskProgress(model),
                        MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism,
                    },
                    cancellationToken),
                    model);
            });

        var variation = settings.Variation
            ? Time(steps, "Variance decomposition", () => _console.Status().Start("Decomposing the office variation", _ => VarianceDecomposition.Compute(indicators!)))
            : null;
        var comparison = settings.CompareModels
            ? Time(steps, "Model comparison", () => _console.Status().Start("Fitting the models to compare", _ => WorkModelComparison.Create(indicators!, language: settings.Language, cancellationToken: cancellationToken)))
            : null;
        var legacyByOffice = legacy!.Aggregate(ColumnNames.Office);
        var truth = DemoTruthCheck.Compute(data!, indicators!, legacyByOffice);
        if (settings.OutputDirectory is { } directory)
        {
            try
            {
                if (settings.WriteData)
                {
                    Time(steps, "Write synthetic data", () => _console.Status().Start("Writing the synthetic data", _ => data!.WriteCsv(directory)));
                }

                foreach (var writer in _writers)
                {
                    var report = new DemoReport(data!, indicators!, legacyByOffice, legacy, truth, [.. steps], settings.Seed, settings.Language, variation, comparison);
                    Time(steps, $"Write {writer.Format} report", () => _console.Status().Start($"Writing the {writer.Format} report", _ => writer.Write(report, directory)));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ReportWriteError(directory, e);
                return CliExitCode.Output;
            }

            _console.MarkupLine(CultureInfo.InvariantCulture, "Report written to [bold]{0}[/]", Markup.Escape(directory));
        }

        _console.Write(dataSummary!);
        _console.Write(byRegion!);
        _console.Write(DemoSummary.TopAndBottom(indicators!, "jobb3", 5));
        _console.Write(DemoSummary.Truth(truth));
        _console.Write(DemoSummary.Steps(steps));
        return CliExitCode.Success;
    }

    /// <summary>
    /// Generates the data and computes the outcomes and the legacy measure. A method of its own so that, once it
    /// returns, nothing on the stack still refers to the data with its records: the demo keeps only the data without
    /// them (unless the data are to be written), and at NAV's scale the records are about a third of the data in
    /// memory (25M person-months: 2.1 GB, which stayed reachable through the pipeline's frame before).
    /// </summary>
    private static (SyntheticNavData Data, PersonMonthPanel Panel, LegacyTransitionResult Legacy, Table Summary, Table ByRegion) DataAndOutcomes(
        SyntheticOptions options, DemoSettings settings, List<DemoStep> steps, ProgressTask generate, ProgressTask outcomes, ProgressTask transition, CancellationToken cancellationToken)
    {
        var data = Step(steps, "Generate data", () => SyntheticNavData.Generate(options, new TaskProgress(generate), cancellationToken), generate);
        var summary = DemoSummary.Build(data, steps[0].Seconds);
        var byRegion = DemoSummary.ByRegion(data);
        outcomes.StartTask();
        var panel = Step(
            steps,
            "Work outcomes",
            () => WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth), cancellationToken).AddTo(data.Stock),
            outcomes);
        // The outcome step's per-person employment (0.9 GB at 25M person-months) is garbage now; the legacy measure
        // builds its own, so collect first: without it the legacy step was the demo's peak at 25M (8.41 GB).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        transition.StartTask();
        var legacy = Step(
            steps,
            "Legacy measure",
            () => LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age), cancellationToken),
            transition);
        return (settings.WriteData ? data : data.WithoutRecords(), panel, legacy, summary, byRegion);
    }

    private bool TryCreate(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportWriteError(directory, e);
            return false;
        }
    }

    // The message names the folder or file; it cannot contain data values.
    private void ReportWriteError(string directory, Exception e) =>
        _console.MarkupLine(CultureInfo.InvariantCulture, "[red]The report cannot be written to {0}: {1}[/]", Markup.Escape(directory), Markup.Escape(e.Message));

    private static T Step<T>(List<DemoStep> steps, string name, Func<T> work, ProgressTask task)
    {
        var result = Time(steps, name, work);
        task.Value = task.MaxValue;
        task.StopTask();
        return result;
    }

    private static void Time(List<DemoStep> steps, string name, Action work) => Time(steps, name, () =>
    {
        work();
        return true;
    });

    private static T Time<T>(List<DemoStep> steps, string name, Func<T> work)
    {
        // The GC's pauses beside the wall time: at NAV's scale a compacting collection of the large heap takes seconds,
        // and whether one falls in a step is what varies most between runs.
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = work();
        steps.Add(new DemoStep(name, watch.Elapsed.TotalSeconds, (GC.GetTotalPauseDuration() - paused).TotalSeconds));
        return result;
    }

    /// <summary>Forwards progress (reported from worker threads) to a Spectre progress task, which locks internally.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = value;
    }
}
