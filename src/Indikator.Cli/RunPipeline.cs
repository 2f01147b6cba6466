using System.Diagnostics;
using System.Globalization;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Evaluation;
using Indikator.Core.Indicators.Variation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Reporting.Writers;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Cli;

/// <summary>The demo pipeline on the user's data, behind <c>indikator run</c>: load the stock, the employment records and
/// (optionally) the register statuses, compute the work outcomes and the legacy six-month measure, fit the risk models and
/// compute arbeidsindikatoren, compose the report and write the requested formats. Each failure maps to one exit code
/// (<see cref="CliExitCode"/>).</summary>
/// <remarks>The stock columns are read under the library's column names (<see cref="RunStockFields"/>), so the library's
/// model terms and unit levels apply to any header names. Nothing logged or written contains a person key.</remarks>
internal sealed partial class RunPipeline(RunJob job, RunLog log, CsvReadOptions? csvOptions = null, CancellationToken cancellation = default)
{
    // How every CSV source is read: separator, decimal separator, encoding (the run command's options).
    private readonly CsvReadOptions csv = csvOptions ?? CsvReadOptions.Default;

    /// <summary>Runs the job and returns the exit code; errors are logged.</summary>
    public int Execute()
    {
        var total = Stopwatch.StartNew();
        if (job.PushDown)
        {
            return ExecutePushDown(total);
        }

        var code = Compute(out var computed);
        return code == CliExitCode.Success ? Publish(computed!.Indicators, computed.Legacy, computed.OfficeRegions, total) : code;
    }

    /// <summary>What <c>run</c> and <c>evaluate</c> compute alike before their report: load the stock, the employment
    /// records and (optionally) the statuses, compute the work outcomes and the legacy measure, fit the risk models and
    /// compute the indicators. Errors are logged.</summary>
    /// <param name="computed">The indicators, the legacy measure and the offices' regions; null when the exit code is not success.</param>
    /// <returns>The exit code: <see cref="CliExitCode.Success"/>, or the code of the step that failed.</returns>
    internal int Compute(out RunComputation? computed)
    {
        computed = null;
        var code = Measure(out var measured);
        if (code != CliExitCode.Success)
        {
            return code;
        }

        var (stock, panel, legacy) = measured;

        // The records were released when Measure returned; they sit in the large-object heap, which the GC would not
        // collect before the risk models' peak (at NAV's scale about a third of the data in memory), so collect once now.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        WorkIndicatorResult indicators;
        try
        {
            indicators = Timed("indicators", () => WorkIndicators.Compute(panel, IndicatorOptions(), cancellation), r => Count(r.Tables.Count, "tables"));
            LogExclusions(indicators, panel.RowCount);
            LogFunnels(indicators);
        }
        catch (InputDataException e)
        {
            return Fail("indicators", $"input data error: {LocateStock(e)}", CliExitCode.InputData);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Fail("indicators", $"the model cannot be fitted: {e.Message}", CliExitCode.ModelFit);
        }

        computed = new RunComputation(indicators, legacy, job.Units.Contains("region", StringComparer.Ordinal) ? OfficeRegions(stock) : null);
        return CliExitCode.Success;
    }

    /// <summary>Loads the stock, the employment records and the statuses, and computes the work outcomes and the
    /// legacy measure. A method of its own so that the records, which nothing reads after it, are unreachable once it
    /// returns: at NAV's scale they are about a third of the data in memory.</summary>
    private int Measure(out (PersonMonthPanel Stock, PersonMonthPanel Panel, LegacyTransitionResult? Legacy) measured)
    {
        measured = default;
        PersonMonthPanel stock;
        PersonMonthPanel panel;
        LegacyTransitionResult? legacy = null;
        EmploymentRecords employment;
        StatusRecords? statuses = null;
        try
        {
            CheckHeaders();
            stock = Timed("load stock", LoadStock, p => Count(p.RowCount, job.Months.All ? "person-months" : $"person-months in {MonthsText()}"));
            employment = Timed("load employment", LoadEmployment, e => Count(e.Count, "employment records"));
            if (job.Status is { } source)
            {
                statuses = Timed("load status", () => LoadStatus(source), s => Count(s.Count, "status records") + ProgrammeCodesText());
            }
        }
        catch (RunInputException e)
        {
            return Fail("input", e.Message, CliExitCode.InputData);
        }
        catch (InputDataException e)
        {
            return Fail("input", $"input data error: {e.Message}", CliExitCode.InputData);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail("input", $"cannot read the input: {e.Message}", CliExitCode.InputData);
        }

        try
        {
            var options = new WorkVolumeOptions(job.LastCompleteMonth)
            {
                Outcomes = [.. WorkOutcome.Nav.Where(o => job.Outcomes.Contains(o.Name, StringComparer.Ordinal))],
            };
            panel = Timed("work outcomes", () => WorkVolume.Compute(stock, employment, options, cancellation).AddTo(stock), p => Count(job.Outcomes.Count, "outcomes"));
            if (statuses is not null)
            {
                var legacyOptions = new LegacyTransitionOptions(job.LastCompleteMonth, WorkIndicatorColumns.Default.Age) { Variant = job.Status!.Variant };
                legacy = Timed("legacy", () => LegacyTransition.Compute(stock, statuses, employment, legacyOptions, cancellation), LegacySummary);
            }
            else
            {
                log.Info("legacy", "no status section in the job file: the report has no legacy six-month measure");
            }
        }
        catch (InvalidRecordException e)
        {
            return Fail("input", Locate(e).Message, CliExitCode.InputData);
        }
        catch (RunInputException e)
        {
            return Fail("input", e.Message, CliExitCode.InputData);
        }
        catch (InputDataException e)
        {
            return Fail("work outcomes", $"input data error: {e.Message}", CliExitCode.InputData);
        }
        catch (ArgumentException e)
        {
            return Fail("work outcomes", $"input data error: {e.Message}", CliExitCode.InputData);
        }

        measured = (stock, panel, legacy);
        return CliExitCode.Success;
    }

    /// <summary>Composes the report and writes the job's formats: the same for the in-memory and the push-down run.</summary>
    private int Publish(WorkIndicatorResult indicators, LegacyTransitionResult? legacy, IReadOnlyDictionary<string, string>? officeRegions, Stopwatch total)
    {
        VarianceDecompositionResult? variation = null;
        ModelComparison? comparison = null;
        TrialEvaluationResult? trial = null;
        if (job.Evaluation is { } spec)
        {
            try
            {
                trial = Timed("evaluation", () => TrialEvaluation.Evaluate(indicators, spec, cancellation), TrialSummary);
            }
            catch (Exception e) when (e is ArgumentException or InputDataException)
            {
                // The offices and starts are checked against the data here. The library's message names the field
                // (Trials, Controls); its parameter name means nothing to a job file's author.
                var message = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
                return Fail("evaluation", $"evaluation: {message}", CliExitCode.InputData);
            }
            catch (InvalidOperationException e)
            {
                return Fail("evaluation", $"the trial effect cannot be estimated: {e.Message}", CliExitCode.ModelFit);
            }
        }

        try
        {
            if (job.Variation)
            {
                variation = Timed("variation", () => VarianceDecomposition.Compute(indicators), v => Count(v.UnitCount, "offices"));
            }

            if (job.CompareModels)
            {
                comparison = Timed("model comparison", () => WorkModelComparison.Create(indicators, language: job.Language, cancellationToken: cancellation), c => Count(c.ModelNames.Count, "models"));
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return Fail("indicators", $"the model cannot be fitted: {e.Message}", CliExitCode.ModelFit);
        }

        var report = IndicatorReport.Compose(indicators, legacy, new IndicatorReportOptions(TimeProvider.System.GetUtcNow(), DataSource())
        {
            Language = job.Language,
            OfficeRegions = officeRegions,
            Variation = variation,
            ModelComparison = comparison,
            TrialEvaluation = trial,
        });
        try
        {
            Timed("write report", () => Write(report), files => Count(files, "files written"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail("write report", $"cannot write the report to '{job.OutputDirectory}': {e.Message}", CliExitCode.Output);
        }

        log.Info("done", $"report written to '{job.OutputDirectory}'", total.Elapsed.TotalSeconds);
        return CliExitCode.Success;
    }

    /// <summary>The library options for the job's outcomes, model, units and suppression threshold.</summary>
    internal WorkIndicatorOptions IndicatorOptions()
    {
        var columns = RunStockFields.Canonical(job);
        var chosen = job.Model.Covariates.Select(c => RunStockFields.All.First(f => f.Property == c).Canonical).ToHashSet(StringComparer.Ordinal);
        var full = WorkRiskModelSpec.ForColumns(columns);
        var model = full with
        {
            Numeric = [.. full.Numeric.Where(chosen.Contains)],
            Categorical = [.. full.Categorical.Where(t => chosen.Contains(t.Column))],
            Bands = [.. full.Bands.Where(b => chosen.Contains(b.Column))],
            Deciles = [.. full.Deciles.Where(chosen.Contains)],
            CompareWithinMonth = job.Model.CompareWithinMonth,
        };
        var levels = job.Units.Select(RunStockFields.LevelName).ToHashSet(StringComparer.Ordinal);
        return new WorkIndicatorOptions
        {
            Outcomes = job.Outcomes,
            Model = model,
            Units =
            [
                .. WorkUnitLevel.ForColumns(columns).Where(l => l.IsCountry || levels.Contains(l.Name)),
                .. job.PriorityGroups.Count > 0 ? [WorkUnitLevel.PriorityGroups(RunPriorityGroups.LevelName, [.. job.PriorityGroups])] : Array.Empty<WorkUnitLevel>(),
            ],
            FixedEffectLevels = [.. job.Model.FixedEffects.Select(RunStockFields.LevelName)],
            MinimumPersons = job.MinimumPersons,
        };
    }

    /// <summary>Logs, per outcome, the person-months its model uses and those left out, by reason and column.</summary>
    private void LogExclusions(WorkIndicatorResult indicators, int personMonths)
    {
        foreach (var outcome in job.Outcomes)
        {
            var left = indicators.Exclusions.Where(e => e.Outcome == outcome).ToList();
            var used = personMonths - left.Sum(e => e.Rows);
            var reasons = left.Count == 0
                ? "none left out"
                : "left out: " + string.Join(", ", left.Select(e => e.Reason == RowExclusionReason.OutcomeMissing
                    ? string.Create(CultureInfo.InvariantCulture, $"{e.Rows} with the outcome not yet observable (censored) or missing")
                    : string.Create(CultureInfo.InvariantCulture, $"{e.Rows} with a missing {StockHeader(e.Column)}")));
            log.Info("rows", string.Create(CultureInfo.InvariantCulture, $"{outcome}: {used} of {personMonths} person-months used; {reasons}"));
        }
    }

    /// <summary>Logs each level whose comparison has no funnel limits because fewer than two units have published
    /// results (a stock with a single office): the tables are still written, the funnel is left out.</summary>
    private void LogFunnels(WorkIndicatorResult indicators)
    {
        foreach (var level in indicators.Comparisons.Where(c => c.FunnelCurve.Count == 0).Select(c => c.Level.Name).Distinct(StringComparer.Ordinal))
        {
            log.Info("indicators", $"{level}: fewer than two units with published results (for example a single office): no funnel limits, as a funnel compares at least two units; the tables are written as usual");
        }
    }

    /// <summary>The job's header of a stock column read under its library name (the name itself when it is not mapped).</summary>
    private string StockHeader(string canonical)
        => RunStockFields.All.FirstOrDefault(f => f.Canonical == canonical) is { } field && field.Get(job.Stock.Columns) is { } header
            ? $"'{header}'"
            : $"'{canonical}'";

    /// <summary>A data error about a stock row (0-based in the loaded panel) named by the file line and the job's header.</summary>
    private string LocateStock(InputDataException e)
    {
        if (e.Row < 0 || e.Row > int.MaxValue || e.ColumnName is null
            || RunStockFields.All.FirstOrDefault(f => f.Canonical == e.ColumnName) is not { } field)
        {
            return e.Message;
        }

        var reason = e.Message;
        var colon = reason.IndexOf(": ", StringComparison.Ordinal);
        if (reason.StartsWith("Column '", StringComparison.Ordinal) && colon > 0)
        {
            reason = reason[(colon + 2)..];
        }

        return $"stock.columns.{field.Property}: {job.Stock.Source.Name}, {Place(job.Stock.Source, (int)e.Row, _stockRows)}, column '{field.Get(job.Stock.Columns)}': {reason}";
    }

    private static string TrialSummary(TrialEvaluationResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{r.Offices.Count} trial offices, {r.Controls.Select(c => c.ControlOffice).Distinct(StringComparer.Ordinal).Count()} control offices ({(r.Spec.Controls.Count > 0 ? "given" : "matched")}), {(r.IsStaggered ? "staggered starts" : "one start month")}; effect {r.Effect.Estimate:0.0000} ({r.Spec.ConfidenceLevel:P0} interval {r.Effect.Lower:0.0000} to {r.Effect.Upper:0.0000}, p = {r.Effect.PValue:0.000}; wild bootstrap p = {r.Effect.Bootstrap?.PValue ?? double.NaN:0.000})");

    private static string LegacySummary(LegacyTransitionResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{r.ExitCount} exits, {r.EmployedCount} in work six months later; left out: {r.CensoredExits} censored, {r.ExitsWithoutStockRow} without a stock row in the exit month (or outside months), {r.ExitsWithMissingAge} without age, {r.ExitsOutsideAgeRange} outside ages 20-66");

    private string MonthsText() => $"{job.Months.From?.ToString() ?? "..."} to {job.Months.To?.ToString() ?? "..."}";

    private static string Count(int count, string what) => string.Create(CultureInfo.InvariantCulture, $"{count} {what}");

    private string ProgrammeCodesText() => _unmappedProgrammeCodes == 0
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"; {_unmappedProgrammeCodes} programme code(s) not in the code table, kept as they are");

    private int Fail(string step, string message, int code)
    {
        log.Error(step, message);
        return code;
    }

    private T Timed<T>(string step, Func<T> work, Func<T, string> summary)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        log.Info(step, summary(result), watch.Elapsed.TotalSeconds);
        return result;
    }

    private string DataSource() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Path.GetFileName(job.Stock.File)}, {Path.GetFileName(job.Employment.File)}{(job.Status is { } s ? ", " + Path.GetFileName(s.File) : string.Empty)}; records complete to {job.LastCompleteMonth}{(job.Months.All ? string.Empty : "; months " + MonthsText())}.");

    private static Dictionary<string, string> OfficeRegions(PersonMonthPanel stock)
    {
        var office = stock.Categorical(WorkIndicatorColumns.Default.Office);
        var region = stock.Categorical(WorkIndicatorColumns.Default.Region);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var officeCodes = office.Codes.Span;
        var regionCodes = region.Codes.Span;
        for (var row = 0; row < officeCodes.Length; row++)
        {
            if (officeCodes[row] != CategoricalColumn.MissingCode && regionCodes[row] != CategoricalColumn.MissingCode)
            {
                map.TryAdd(office.Levels[officeCodes[row]], region.Levels[regionCodes[row]]);
            }
        }

        return map;
    }

    private int Write(Report report)
    {
        Directory.CreateDirectory(job.OutputDirectory);
        var utf8 = new UTF8Encoding(false);
        var written = 0;
        var language = job.Language;
        var whole = Path.Combine(job.OutputDirectory, ReportFileNames.ReportStemOf(language));
        if (job.Formats.Contains("html"))
        {
            File.WriteAllText(whole + ".html", HtmlReportWriter.ToHtml(report, new HtmlReportOptions { Language = language }), utf8);
            written++;
        }

        if (job.Formats.Contains("xlsx"))
        {
            using var stream = File.Create(whole + ".xlsx");
            XlsxReportWriter.Write(report, stream, language);
            written++;
        }

        if (job.Formats.Contains("json"))
        {
            File.WriteAllText(whole + ".json", JsonReportWriter.ToJson(report, indented: true), utf8);
            written++;
        }

        if (job.Formats.Contains("csv"))
        {
            var stems = ReportFileNames.TableStems(report, language);
            for (var i = 0; i < report.Tables.Count; i++)
            {
                using var writer = new StreamWriter(Path.Combine(job.OutputDirectory, stems[i] + ".csv"), false, utf8);
                Indikator.Core.Reporting.Writers.CsvReportWriter.Write(report.Tables[i], writer);
                written++;
            }
        }

        return written;
    }
}
