using System.Diagnostics;
using System.Globalization;
using Indikator.Core.Synthetic;
using Spectre.Console;

namespace Indikator.Cli;

/// <summary>
/// The demo pipeline behind the <c>demo</c> command, kept apart from command-line parsing so it can
/// be tested and extended step by step (generate, then later fit, indicators, reports).
/// </summary>
internal sealed class DemoRunner
{
    private readonly IAnsiConsole _console;

    public DemoRunner(IAnsiConsole console) => _console = console;

    /// <summary>Runs the demo and returns the process exit code.</summary>
    public int Run(DemoSettings settings)
    {
        var options = new SyntheticOptions
        {
            TargetPersonMonths = settings.PersonMonths,
            Months = settings.Months,
            Seed = settings.Seed,
            MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism,
        };

        var watch = Stopwatch.StartNew();
        SyntheticNavData? data = null;
        _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Generating synthetic NAV data", maxValue: 1.0);
                data = SyntheticNavData.Generate(options, new TaskProgress(task));
                task.Value = 1.0;
            });
        var generated = watch.Elapsed;

        if (settings.OutputDirectory is { } directory)
        {
            _console.Status().Start("Writing CSV files", _ => data!.WriteCsv(directory));
            _console.MarkupLine(CultureInfo.InvariantCulture, "CSV files written to [bold]{0}[/]", Markup.Escape(directory));
        }

        _console.Write(DemoSummary.Build(data!, generated.TotalSeconds));
        _console.Write(DemoSummary.ByRegion(data!));
        return 0;
    }

    /// <summary>Forwards generator progress (reported from worker threads) to a Spectre progress task, which locks internally.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = value;
    }
}
