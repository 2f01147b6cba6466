using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Outcomes;
using Indikator.Core.Parquet;
using Indikator.Core.PostgreSql;

namespace Indikator.Cli;

/// <summary>Loading and checking the inputs. Every error names the job field and the source (the file, or the kind of query),
/// and the line (CSV) or 0-based row (other sources) and column where the loader knows them; none quotes a person key or a
/// connection string.</summary>
internal sealed partial class RunPipeline
{
    private static readonly Dictionary<string, bool> BenefitNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["false"] = false, ["1"] = true, ["0"] = false,
    };

    // The stock row (in the file) of each row kept by the months window, or null when every row is kept.
    private int[]? _stockRows;

    // Programme codes of the status file that the code table does not know: kept under their own name, and logged.
    private int _unmappedProgrammeCodes;

    private void CheckHeaders()
    {
        var c = job.Stock.Columns;
        Check(job.Stock.Source, "stock",
        [
            ("personKey", job.Stock.PersonKey), ("period", job.Stock.Period),
            .. RunStockFields.Used(job).Select(f => ("columns." + f.Property, f.Get(c))),
        ]);
        Check(job.Stock.Source, "stock", [.. job.GroupColumns.Select(g => (g.Path + ".column", (string?)g.Header))], prefix: false);
        var e = job.Employment;
        Check(e.Source, "employment", [("personKey", e.PersonKey), ("month", e.Month), ("weeklyHours", e.WeeklyHours), ("earnings", e.Earnings)]);
        if (job.Status is { } s)
        {
            Check(s.Source, "status", [("personKey", s.PersonKey), ("month", s.Month), ("status", s.Status), ("need", s.Need), ("programme", s.Programme), ("receivesBenefit", s.ReceivesBenefit)]);
        }
    }

    private void Check(RunDataSource source, string section, (string Field, string? Header)[] fields, bool prefix = true)
    {
        if (source.Path is not { } file)
        {
            // A query's columns are checked by the loader, which names the missing column and lists the query's columns.
            return;
        }

        if (!File.Exists(file))
        {
            throw new RunInputException($"{section}.file: file not found: '{file}'.");
        }

        if (!source.IsCsv)
        {
            return;
        }

        List<string> header;
        try
        {
            header = FitInput.ReadHeader(file, csv);
        }
        catch (FitInputException e)
        {
            throw new RunInputException($"{section}.file: {e.Message}");
        }

        foreach (var (field, name) in fields)
        {
            if (name is not null && !header.Contains(name, StringComparer.Ordinal))
            {
                throw new RunInputException($"{(prefix ? section + "." : string.Empty)}{field}: column '{name}' is not in '{file}'; its columns are: {string.Join(", ", header)}.{FitInput.SeparatorHint(header, csv.Separator)}");
            }
        }
    }

    private PersonMonthPanel LoadStock()
    {
        var c = job.Stock.Columns;
        var schema = new CsvSchema().WithPersonKey(job.Stock.PersonKey).WithPeriod(job.Stock.Period);
        foreach (var field in RunStockFields.Used(job))
        {
            schema = field.Numeric ? schema.AddNumeric(field.Get(c)!, field.Canonical) : schema.AddCategorical(field.Get(c)!, field.Canonical);
        }

        foreach (var extra in job.GroupColumns)
        {
            schema = extra.Numeric ? schema.AddNumeric(extra.Header, extra.Header) : schema.AddCategorical(extra.Header, extra.Header);
        }

        var stock = LoadPanel(job.Stock.Source, schema);
        if (stock.RowCount == 0)
        {
            throw new RunInputException($"stock.{(job.Stock.Source.Path is null ? "query" : "file")}: '{job.Stock.File}' has no data rows.");
        }

        CheckFinite(stock);

        if (job.Months.All)
        {
            return stock;
        }

        var kept = Window(stock);
        if (kept.RowCount == 0)
        {
            throw new RunInputException($"months: no row of '{job.Stock.File}' has a {job.Stock.Period} from {job.Months.From?.ToString() ?? "the first month"} to {job.Months.To?.ToString() ?? "the last month"}.");
        }

        return kept;
    }

    /// <summary>Keeps the stock rows in the months window; categorical levels that no kept row uses are dropped, so no unit is reported empty.</summary>
    private PersonMonthPanel Window(PersonMonthPanel stock)
    {
        var periods = stock.Periods.Span;
        var rows = new List<int>();
        for (var row = 0; row < periods.Length; row++)
        {
            if (job.Months.Contains(periods[row]))
            {
                rows.Add(row);
            }
        }

        _stockRows = [.. rows];
        var builder = new PersonMonthPanelBuilder()
            .WithPersonKeys(Pick(stock.PersonKeys.Span, _stockRows))
            .WithPeriods(Pick(periods, _stockRows));
        foreach (var column in stock.NumericColumns)
        {
            builder.AddNumeric(column.Name, Pick(column.Values.Span, _stockRows));
        }

        foreach (var column in stock.CategoricalColumns)
        {
            var codes = column.Codes.Span;
            var labels = new string?[_stockRows.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                var code = codes[_stockRows[i]];
                labels[i] = code == CategoricalColumn.MissingCode ? null : column.Levels[code];
            }

            builder.AddCategorical(column.Name, labels);
        }

        return builder.Build();
    }

    private static T[] Pick<T>(ReadOnlySpan<T> values, int[] rows)
    {
        var picked = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            picked[i] = values[rows[i]];
        }

        return picked;
    }

    private EmploymentRecords LoadEmployment()
    {
        var e = job.Employment;
        var schema = new CsvSchema().WithPersonKey(e.PersonKey).WithPeriod(e.Month).AddNumeric(e.WeeklyHours, "hours");
        if (e.Earnings is not null)
        {
            schema = schema.AddNumeric(e.Earnings, "earnings");
        }

        var records = LoadPanel(e.Source, schema);
        var hours = records.Numeric("hours").Values.ToArray();
        for (var i = 0; i < hours.Length; i++)
        {
            if (!double.IsFinite(hours[i]) || hours[i] < 0)
            {
                throw Bad("employment.weeklyHours", e.Source, i, e.WeeklyHours, "weekly hours must be a finite number of at least 0.");
            }
        }

        return new EmploymentRecords(
            records.PersonKeys.ToArray(),
            records.Periods.ToArray(),
            hours,
            e.Earnings is null ? null : records.Numeric("earnings").Values.ToArray());
    }

    private StatusRecords LoadStatus(RunStatusSource s)
    {
        var table = NavCodeTable.Load(s.Codes);
        var schema = new CsvSchema().WithPersonKey(s.PersonKey).WithPeriod(s.Month).AddCategorical(s.Status, "status");
        if (s.Need is not null)
        {
            schema = schema.AddCategorical(s.Need, "need");
        }

        if (s.Programme is not null)
        {
            schema = schema.AddCategorical(s.Programme, "programme");
        }

        if (s.ReceivesBenefit is not null)
        {
            schema = schema.AddCategorical(s.ReceivesBenefit, "benefit");
        }

        var records = LoadPanel(s.Source, schema);
        var n = records.RowCount;
        var statusColumn = records.Categorical("status");
        var statusCodes = statusColumn.Codes.Span;
        var needColumn = s.Need is null ? null : records.Categorical("need");
        var needCodes = needColumn is null ? default : needColumn.Codes.Span;
        var statuses = new RegisterStatus[n];
        for (var row = 0; row < n; row++)
        {
            var code = statusCodes[row];
            if (code == CategoricalColumn.MissingCode)
            {
                throw Bad("status.status", s.Source, row, s.Status, $"the status is missing; use one of: {string.Join(", ", table.StatusCodes)}.");
            }

            var need = needColumn is null || needCodes[row] == CategoricalColumn.MissingCode ? null : needColumn.Levels[needCodes[row]];
            statuses[row] = table.TryStatus(statusColumn.Levels[code], need, out var status)
                ? status
                : throw Bad("status.status", s.Source, row, s.Status, $"the value is not a status code in the code table (the value is not shown); use one of: {string.Join(", ", table.StatusCodes)}, or add it with status.codes.");
        }

        var programmes = new int[n];
        IReadOnlyList<string> programmeLevels = [];
        if (s.Programme is not null)
        {
            // NAV's tiltakskoder become programme names; a code the table lacks keeps its own name and is counted.
            var programme = records.Categorical("programme");
            var names = new List<string>();
            var levelOf = new int[programme.LevelCount];
            foreach (var (level, index) in programme.Levels.Select((l, i) => (l, i)))
            {
                var name = table.Programme(level, out var known);
                _unmappedProgrammeCodes += known ? 0 : 1;
                var at = names.IndexOf(name);
                levelOf[index] = at >= 0 ? at : names.Count;
                if (at < 0)
                {
                    names.Add(name);
                }
            }

            var programmeCodes = programme.Codes.Span;
            for (var row = 0; row < n; row++)
            {
                programmes[row] = programmeCodes[row] == CategoricalColumn.MissingCode ? StatusRecords.NoProgramme : levelOf[programmeCodes[row]];
            }

            programmeLevels = names;
        }
        else
        {
            Array.Fill(programmes, StatusRecords.NoProgramme);
        }

        var benefit = new bool[n];
        if (s.ReceivesBenefit is not null)
        {
            var column = records.Categorical("benefit");
            var valueOf = column.Levels.Select(l => BenefitNames.TryGetValue(l.Trim(), out var v) ? v : (bool?)null).ToArray();
            var codes = column.Codes.Span;
            for (var row = 0; row < n; row++)
            {
                var code = codes[row];
                benefit[row] = code != CategoricalColumn.MissingCode && valueOf[code] is { } v
                    ? v
                    : throw Bad("status.receivesBenefit", s.Source, row, s.ReceivesBenefit, "must be true, false, 1 or 0.");
            }
        }

        return new StatusRecords(records.PersonKeys.ToArray(), records.Periods.ToArray(), statuses, programmes, programmeLevels, benefit);
    }

    /// <summary>A number read as Infinity (or inf, Inf) in a stock column is bad data, not a very old person: an error
    /// naming the file line and column. Missing values (empty, NA, NaN) are allowed and counted later.</summary>
    private void CheckFinite(PersonMonthPanel stock)
    {
        foreach (var field in RunStockFields.Used(job).Where(f => f.Numeric))
        {
            var values = stock.Numeric(field.Canonical).Values.Span;
            for (var row = 0; row < values.Length; row++)
            {
                if (double.IsInfinity(values[row]))
                {
                    throw Bad("stock.columns." + field.Property, job.Stock.Source, row, field.Get(job.Stock.Columns), "the value is infinite; a number or an empty field (missing) is expected.");
                }
            }
        }
    }

    /// <summary>Turns a record error of the library (column and 0-based row) into an error that names the job field, file, line and column.</summary>
    private RunInputException Locate(InvalidRecordException e)
    {
        var status = job.Status;
        (string Field, RunDataSource Source, string? Header, int[]? Rows)? source = e.ColumnName switch
        {
            "period" => ("stock.period", job.Stock.Source, job.Stock.Period, _stockRows),
            "weekly hours" => ("employment.weeklyHours", job.Employment.Source, job.Employment.WeeklyHours, null),
            "earnings" => ("employment.earnings", job.Employment.Source, job.Employment.Earnings, null),
            "month" when status is not null => ("status.month", status.Source, status.Month, null),
            "status" when status is not null => ("status.status", status.Source, status.Status, null),
            "programme" when status is not null => ("status.programme", status.Source, status.Programme, null),
            _ => null,
        };
        var prefix = string.Create(CultureInfo.InvariantCulture, $"Column '{e.ColumnName}', row {e.Row}: ");
        if (source is not { } s || e.Row < 0 || !e.Message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return new RunInputException($"input data error: {e.Message}");
        }

        // The library names other rows 0-based ("the first is row 5"); a person reads lines.
        var reason = RowReference().Replace(e.Message[prefix.Length..], m => Place(s.Source, int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture), s.Rows));
        return new RunInputException($"{s.Field}: {s.Source.Name}, {Place(s.Source, (int)e.Row, s.Rows)}, column '{s.Header}': {reason}");
    }

    private RunInputException Bad(string field, RunDataSource source, int row, string? header, string reason)
        => new($"{field}: {source.Name}, {Place(source, row, null)}, column '{header}': {reason}");

    /// <summary>Where a row of a loaded table is in its source: the line a person opens in an editor for CSV, the 0-based row otherwise.</summary>
    private string Place(RunDataSource source, int row, int[]? rows)
    {
        var sourceRow = rows is null ? row : rows[row];
        if (!source.IsCsv)
        {
            return string.Create(CultureInfo.InvariantCulture, $"row {sourceRow}");
        }

        var line = CsvLoader.LineOfRow(source.Path!, sourceRow, csv);
        return "line " + (line < 0 ? "?" : line.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Reads a panel from any kind of source. A postgres connection string is read from its environment variable
    /// here and passed on; it never reaches a message.</summary>
    private PersonMonthPanel LoadPanel(RunDataSource source, CsvSchema schema)
    {
        switch (source.Kind)
        {
            case "csv":
                return CsvLoader.LoadPanel(source.Path!, schema, csv, cancellation);
            case "parquet":
                return ParquetLoader.LoadPanel(source.Path!, schema, cancellation);
            case "duckdb":
                using (var database = RunDuckDb.Open(source, pushDown: false))
                {
                    return DuckDbLoader.LoadPanel(database.Connection, source.Query!, schema, source.Name, cancellation);
                }

            default:
                var connectionString = RunSourceColumns.ConnectionString(source);
                return PostgreSqlLoader.LoadPanel(connectionString, source.Query!, schema, source.Name, cancellation);
        }
    }

    [GeneratedRegex(@"\brow (\d+)\b")]
    private static partial Regex RowReference();
}
