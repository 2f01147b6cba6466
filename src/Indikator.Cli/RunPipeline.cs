using System.Diagnostics;
using System.Globalization;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Reporting.Writers;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Cli;

/// <summary>The demo pipeline on the user's data, behind <c>indikator run</c>: load the stock and the employment
/// records, compute the work outcomes, fit the risk models and compute arbeidsindikatoren, compose the report and
/// write the requested formats. Each failure maps to one exit code (<see cref="RunExitCode"/>).</summary>
/// <remarks>The stock columns are read under the synthetic column names, so the library defaults (risk model, unit
/// levels) apply to any header names. Nothing logged or written contains a person key.</remarks>
internal sealed class RunPipeline(RunJob job, RunLog log)
{
    private const string ProgrammeColumn = "programme";

    private static readonly WorkIndicatorColumns Canonical = WorkIndicatorColumns.Synthetic;

    /// <summary>Runs the job and returns the exit code; errors are logged.</summary>
    public int Execute()
    {
        var total = Stopwatch.StartNew();
        PersonMonthPanel stock;
        EmploymentRecords employment;
        try
        {
            CheckHeaders();
            stock = Timed("load stock", () => CsvLoader.LoadPanel(job.Stock.File, StockSchema()), p => Count(p.RowCount, "person-months"));
            employment = Timed("load employment", LoadEmployment, e => Count(e.Count, "employment records"));
            if (stock.RowCount == 0)
            {
                throw new RunInputException($"stock.file: '{job.Stock.File}' has no data rows.");
            }
        }
        catch (RunInputException e)
        {
            return Fail("input", e.Message, RunExitCode.InputData);
        }
        catch (CsvDataException e)
        {
            return Fail("input", $"input data error: {e.Message}", RunExitCode.InputData);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail("input", $"cannot read the input: {e.Message}", RunExitCode.InputData);
        }

        PersonMonthPanel panel;
        try
        {
            var options = new WorkVolumeOptions(job.LastCompleteMonth)
            {
                Outcomes = [.. WorkOutcome.Nav.Where(o => job.Outcomes.Contains(o.Name, StringComparer.Ordinal))],
            };
            panel = Timed("work outcomes", () => WorkVolume.Compute(stock, employment, options).AddTo(stock), p => Count(job.Outcomes.Count, "outcomes"));
        }
        catch (ArgumentException e)
        {
            return Fail("work outcomes", $"input data error: {e.Message}", RunExitCode.InputData);
        }

        WorkIndicatorResult indicators;
        try
        {
            var columns = Canonical with { Programme = job.Stock.Columns.Programme is null ? null : ProgrammeColumn };
            var options = new WorkIndicatorOptions
            {
                Outcomes = job.Outcomes,
                Model = WorkRiskModelSpec.ForColumns(columns),
                Units = WorkUnitLevel.ForColumns(columns),
                MinimumPersons = job.MinimumPersons,
            };
            indicators = Timed("indicators", () => WorkIndicators.Compute(panel, options), r => Count(r.Tables.Count, "tables"));
        }
        catch (Exception e) when (e is NonFiniteValueException or DataValidationException)
        {
            return Fail("indicators", $"input data error: {e.Message}", RunExitCode.InputData);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Fail("indicators", $"the model cannot be fitted: {e.Message}", RunExitCode.ModelFit);
        }

        var report = IndicatorReport.Compose(indicators, null, new IndicatorReportOptions(TimeProvider.System.GetUtcNow(), DataSource())
        {
            OfficeRegions = OfficeRegions(stock),
        });
        try
        {
            Timed("write report", () => Write(report), files => Count(files, "files written"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail("write report", $"cannot write the report to '{job.OutputDirectory}': {e.Message}", RunExitCode.Output);
        }

        log.Info("done", $"report written to '{job.OutputDirectory}'", total.Elapsed.TotalSeconds);
        return RunExitCode.Success;
    }

    private static string Count(int count, string what) => string.Create(CultureInfo.InvariantCulture, $"{count} {what}");

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

    private void CheckHeaders()
    {
        var c = job.Stock.Columns;
        Check(job.Stock.File, "stock",
        [
            ("personKey", job.Stock.PersonKey), ("period", job.Stock.Period), ("columns.office", c.Office), ("columns.region", c.Region),
            ("columns.needCategory", c.NeedCategory), ("columns.age", c.Age), ("columns.gender", c.Gender), ("columns.education", c.Education),
            ("columns.immigrant", c.Immigrant), ("columns.benefit", c.Benefit), ("columns.monthsSinceRegistration", c.MonthsSinceRegistration),
            ("columns.priorHours", c.PriorHours), ("columns.inflowRate", c.InflowRate), ("columns.programme", c.Programme),
        ]);
        var e = job.Employment;
        Check(e.File, "employment", [("personKey", e.PersonKey), ("month", e.Month), ("weeklyHours", e.WeeklyHours), ("earnings", e.Earnings)]);
    }

    private static void Check(string file, string section, (string Field, string? Header)[] fields)
    {
        if (!File.Exists(file))
        {
            throw new RunInputException($"{section}.file: file not found: '{file}'.");
        }

        var header = FitInput.ReadHeader(file);
        foreach (var (field, name) in fields)
        {
            if (name is not null && !header.Contains(name, StringComparer.Ordinal))
            {
                throw new RunInputException($"{section}.{field}: column '{name}' is not in '{file}'; its columns are: {string.Join(", ", header)}.");
            }
        }
    }

    private CsvSchema StockSchema()
    {
        var c = job.Stock.Columns;
        var schema = new CsvSchema().WithPersonKey(job.Stock.PersonKey).WithPeriod(job.Stock.Period)
            .AddNumeric(c.Age, Canonical.Age)
            .AddNumeric(c.MonthsSinceRegistration, Canonical.MonthsSinceRegistration)
            .AddNumeric(c.PriorHours, Canonical.PriorHours)
            .AddNumeric(c.InflowRate, Canonical.InflowRate)
            .AddCategorical(c.Office, Canonical.Office)
            .AddCategorical(c.Region, Canonical.Region)
            .AddCategorical(c.NeedCategory, Canonical.NeedCategory)
            .AddCategorical(c.Gender, Canonical.Gender)
            .AddCategorical(c.Education, Canonical.Education)
            .AddCategorical(c.Immigrant, Canonical.Immigrant)
            .AddCategorical(c.Benefit, Canonical.Benefit);
        return c.Programme is null ? schema : schema.AddCategorical(c.Programme, ProgrammeColumn);
    }

    private EmploymentRecords LoadEmployment()
    {
        var e = job.Employment;
        var schema = new CsvSchema().WithPersonKey(e.PersonKey).WithPeriod(e.Month).AddNumeric(e.WeeklyHours, "hours");
        if (e.Earnings is not null)
        {
            schema = schema.AddNumeric(e.Earnings, "earnings");
        }

        var records = CsvLoader.LoadPanel(e.File, schema);
        var hours = records.Numeric("hours").Values.ToArray();
        for (var i = 0; i < hours.Length; i++)
        {
            if (!double.IsFinite(hours[i]) || hours[i] < 0)
            {
                // The line is known only for the first record of a file without blank lines, so name the record.
                throw new RunInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"employment.weeklyHours: record {i + 1} of '{e.File}', column '{e.WeeklyHours}': weekly hours must be a finite number of at least 0."));
            }
        }

        return new EmploymentRecords(
            records.PersonKeys.ToArray(),
            records.Periods.ToArray(),
            hours,
            e.Earnings is null ? null : records.Numeric("earnings").Values.ToArray());
    }

    private string DataSource() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Path.GetFileName(job.Stock.File)} and {Path.GetFileName(job.Employment.File)}, employment complete to {job.LastCompleteMonth}.");

    private static Dictionary<string, string> OfficeRegions(PersonMonthPanel stock)
    {
        var office = stock.Categorical(Canonical.Office);
        var region = stock.Categorical(Canonical.Region);
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
        if (job.Formats.Contains("html"))
        {
            File.WriteAllText(Path.Combine(job.OutputDirectory, "report.html"), HtmlReportWriter.ToHtml(report), utf8);
            written++;
        }

        if (job.Formats.Contains("xlsx"))
        {
            using var stream = File.Create(Path.Combine(job.OutputDirectory, "report.xlsx"));
            XlsxReportWriter.Write(report, stream);
            written++;
        }

        if (job.Formats.Contains("json"))
        {
            File.WriteAllText(Path.Combine(job.OutputDirectory, "report.json"), JsonReportWriter.ToJson(report, indented: true), utf8);
            written++;
        }

        if (job.Formats.Contains("csv"))
        {
            for (var i = 0; i < report.Tables.Count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"table-{i + 1:00}.csv");
                using var writer = new StreamWriter(Path.Combine(job.OutputDirectory, name), false, utf8);
                Indikator.Core.Reporting.Writers.CsvReportWriter.Write(report.Tables[i], writer);
                written++;
            }
        }

        return written;
    }
}
