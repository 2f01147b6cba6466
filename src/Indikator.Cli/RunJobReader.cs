using System.Globalization;
using System.Text.Json;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.PushDown;

namespace Indikator.Cli;

/// <summary>Reads and validates a job file (JSON with comments and trailing commas, camelCase property names).
/// Unknown properties are errors, so that a misspelt optional field is not silently ignored. Every message names
/// the JSON path of the field; relative file paths are resolved against the folder of the job file.</summary>
internal static partial class RunJobReader
{
    /// <summary>NAV's four outcomes, the default of <c>outcomes</c>.</summary>
    public static readonly IReadOnlyList<string> NavOutcomes = ["atid3", "jobb3", "atid12", "jobb12"];

    /// <summary>The report formats, the default of <c>output.formats</c>.</summary>
    public static readonly IReadOnlyList<string> AllFormats = ["csv", "html", "xlsx", "json"];

    /// <summary>The transition variants of <c>status.variant</c>.</summary>
    public static readonly IReadOnlyList<string> Variants = ["status", "programme"];

    /// <summary>The kinds of <c>source</c> of the stock, employment and status sections; csv is the default.</summary>
    public static readonly IReadOnlyList<string> SourceKinds = ["csv", "parquet", "duckdb", "postgres"];

    /// <summary>The environment variable a postgres source reads its connection string from unless <c>connectionEnv</c> names another.</summary>
    public const string DefaultConnectionEnv = "INDIKATOR_PG";

    private static readonly string[] SourceProperties = ["source", "file", "query", "connectionEnv", "settings"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the job file.</summary>
    /// <param name="path">The job file.</param>
    /// <param name="csv">How the CSV sources are written (the run command's options), to read their headers; the default when null.</param>
    /// <param name="evaluate">Whether the job is read for <c>indikator evaluate</c>, which requires the <c>evaluation</c>
    /// object that <c>indikator run</c> refuses.</param>
    /// <exception cref="RunConfigException">The file is missing, not JSON, or a field is wrong.</exception>
    public static RunJob Read(string path, CsvReadOptions? csv = null, bool evaluate = false)
    {
        if (!File.Exists(path))
        {
            throw new RunConfigException($"job file not found: '{path}'.");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunConfigException($"cannot read the job file '{path}': {e.Message}");
        }

        try
        {
            using var document = JsonDocument.Parse(text, Options);
            var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            return Parse(document.RootElement, baseDirectory, csv, evaluate);
        }
        catch (JsonException e)
        {
            throw new RunConfigException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{path}' is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})."));
        }
    }

    private static RunJob Parse(JsonElement root, string baseDirectory, CsvReadOptions? csv, bool evaluate)
    {
        Object(root, "$", "stock", "employment", "status", "lastCompleteMonth", "outcomes", "model", "units", "priorityGroups", "months", "minimumPersons", "pushDown", "output", "evaluation");
        var hasEvaluation = root.TryGetProperty("evaluation", out var evaluation);
        if (hasEvaluation != evaluate)
        {
            throw new RunConfigException(evaluate
                ? "evaluation: is required by indikator evaluate (the trial offices with their start months; docs/configuration.md)."
                : "evaluation: is read by indikator evaluate, not by indikator run; run the job with indikator evaluate, or remove the object.");
        }

        var stock = Stock(Required(root, "$", "stock"), baseDirectory, csv);
        var employment = Employment(Required(root, "$", "employment"), baseDirectory);
        var status = root.TryGetProperty("status", out var statusElement) ? Status(statusElement, baseDirectory) : null;
        var month = Month(root, "$", "lastCompleteMonth", required: true)!.Value;
        var outcomes = Names(root, "outcomes", NavOutcomes);
        var units = Units(root, stock);
        var (groups, groupColumns) = RunPriorityGroups.Read(root, stock);
        var model = Model(root, units);
        var months = Months(root);
        var minimumPersons = 5;
        if (root.TryGetProperty("minimumPersons", out var minimum))
        {
            if (minimum.ValueKind != JsonValueKind.Number || !minimum.TryGetInt32(out minimumPersons) || minimumPersons < 1)
            {
                throw new RunConfigException($"minimumPersons: must be a whole number of at least 1, not {minimum.GetRawText()}.");
            }
        }

        var output = Required(root, "$", "output");
        Object(output, "output", "directory", "formats", "language", "variation", "compareModels");
        var directory = Resolve(Text(output, "output", "directory", null)!, baseDirectory);
        var formats = Names(output, "formats", AllFormats, "output.formats");
        var language = Text(output, "output", "language", "en")!;
        if (!ReportLanguages.IsKnown(language))
        {
            throw new RunConfigException($"output.language: must be one of {string.Join(", ", ReportLanguages.Names)}, not '{language}'.");
        }

        var job = new RunJob(
            stock, employment, status, month, outcomes, model, units, groups, groupColumns, months, minimumPersons, directory, new HashSet<string>(formats, StringComparer.Ordinal),
            ReportLanguages.Parse(language))
        {
            Variation = Flag(output, "output", "variation"),
            CompareModels = Flag(output, "output", "compareModels"),
            PushDown = Flag(root, string.Empty, "pushDown"),
            Evaluation = hasEvaluation ? RunEvaluationReader.Read(evaluation, outcomes) : null,
        };
        if (job.PushDown)
        {
            CheckPushDown(root, job);
        }

        return job;
    }

    /// <summary>What a push-down run needs: the stock in DuckDB or PostgreSQL, the employment records in the same database,
    /// and nothing that is computed from person rows in memory only. Each refusal names the field to change, so that a
    /// job never gets a report with fewer tables than it asked for.</summary>
    private static void CheckPushDown(JsonElement root, RunJob job)
    {
        var stock = job.Stock.Source;
        if (stock.Kind is not ("duckdb" or "postgres"))
        {
            throw new RunConfigException($"pushDown: computes the indicators inside a database, so stock.source must be \"duckdb\" or \"postgres\", not \"{stock.Kind}\" (a Parquet file is read inside DuckDB with \"query\": \"select * from 'stock.parquet'\").");
        }

        var employment = job.Employment.Source;
        if (employment.Kind != stock.Kind || employment.ConnectionEnv != stock.ConnectionEnv)
        {
            throw new RunConfigException(
                $"employment.source: with pushDown the work outcomes are computed inside the stock's database by joining the employment records, so employment must be a \"{stock.Kind}\" query{(stock.Kind == "postgres" ? $" on the same connection (connectionEnv {stock.ConnectionEnv})" : string.Empty)} too.");
        }

        if (employment.Settings.Count > 0)
        {
            throw new RunConfigException(
                "employment.settings: with pushDown the employment query runs on the stock's DuckDB connection, which has the stock's settings; move them to stock.settings.");
        }

        if (job.Status is not null)
        {
            throw new RunConfigException(
                "status: the legacy six-month measure follows each person's statuses from month to month and is not computed inside a database; remove the status section, or set pushDown to false.");
        }

        if (job.Variation || job.CompareModels)
        {
            throw new RunConfigException(
                $"output.{(job.Variation ? "variation" : "compareModels")}: the section refits the risk model on person rows in memory, which a push-down run never reads; remove it, or set pushDown to false.");
        }

        if (job.Evaluation is not null)
        {
            throw new RunConfigException(
                "pushDown: a trial evaluation fits its difference-in-differences on person rows in memory, which a push-down run never reads; set pushDown to false.");
        }

        // The derived stock names its own columns person_key, period and the outcomes; a group column of the same name
        // would be hidden by them (docs/databases.md), so it is refused rather than read as the wrong column.
        string[] reserved = [WorkVolumeSql.PersonKeyName, WorkVolumeSql.PeriodName, .. job.Outcomes];
        if (job.GroupColumns.FirstOrDefault(g => reserved.Contains(g.Header, StringComparer.Ordinal)) is { } clash)
        {
            throw new RunConfigException(
                $"{clash.Path}.column: '{clash.Header}' is the name of a column that a push-down run derives itself (person_key, period and the outcomes {string.Join(", ", job.Outcomes)}), so a condition cannot read the stock's column of that name; rename it in stock.query (select ... as another_name), or set pushDown to false.");
        }
    }

    private static RunStockSource Stock(JsonElement stock, string baseDirectory, CsvReadOptions? csv)
    {
        Object(stock, "stock", [.. SourceProperties, "personKey", "period", "columns"]);
        var file = Source(stock, "stock", baseDirectory);
        var personKey = Text(stock, "stock", "personKey", "person_key")!;
        var period = Text(stock, "stock", "period", PersonMonthPanel.PeriodColumnName)!;
        var columns = WorkIndicatorColumns.Default;
        var used = new Dictionary<string, string>(StringComparer.Ordinal) { [personKey] = "stock.personKey" };
        Claim(used, period, "stock.period");
        var hasMap = stock.TryGetProperty("columns", out var map);
        if (hasMap)
        {
            Object(map, "stock.columns", [.. RunStockFields.All.Select(f => f.Property)]);
        }

        // County and programme are read when named, or when the stock source has a column of their library name, so that
        // these breakdowns are on whenever the data have them.
        var headers = RunSourceColumns.Names(file, csv);
        foreach (var field in RunStockFields.All)
        {
            var optional = RunStockFields.Optional.Contains(field.Property, StringComparer.Ordinal);
            var fallback = optional && !headers.Contains(field.Canonical, StringComparer.Ordinal) ? string.Empty : field.Canonical;
            var header = hasMap ? Text(map, "stock.columns", field.Property, fallback)! : fallback;
            if (header.Length > 0)
            {
                Claim(used, header, "stock.columns." + field.Property);
                columns = field.Set(columns, header);
            }
        }

        return new RunStockSource(file, personKey, period, columns);
    }

    private static RunStatusSource Status(JsonElement status, string baseDirectory)
    {
        Object(status, "status", [.. SourceProperties, "personKey", "month", "status", "need", "programme", "receivesBenefit", "variant", "codes"]);
        var file = Source(status, "status", baseDirectory);
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var personKey = Text(status, "status", "personKey", "person_key")!;
        Claim(used, personKey, "status.personKey");
        var month = Text(status, "status", "month", "month")!;
        Claim(used, month, "status.month");
        var code = Text(status, "status", "status", "status")!;
        Claim(used, code, "status.status");
        var need = status.TryGetProperty("need", out _) ? NullableText(status, "status", "need", "need") : null;
        if (need is not null)
        {
            Claim(used, need, "status.need");
        }

        var codes = status.TryGetProperty("codes", out _) ? NullableText(status, "status", "codes", "codes") : null;
        var programme = NullableText(status, "status", "programme", "programme");
        if (programme is not null)
        {
            Claim(used, programme, "status.programme");
        }

        var benefit = NullableText(status, "status", "receivesBenefit", "receives_benefit");
        if (benefit is not null)
        {
            Claim(used, benefit, "status.receivesBenefit");
        }

        var variantName = Choice(status, "status.variant", "variant", Variants, "status");
        var variant = variantName == "programme" ? TransitionVariant.Programme : TransitionVariant.Status;
        if (variant == TransitionVariant.Programme && programme is null)
        {
            throw new RunConfigException("status.variant: \"programme\" follows exits from programmes, so status.programme cannot be null.");
        }

        return new RunStatusSource(file, personKey, month, code, programme, benefit, variant)
        {
            Need = need,
            Codes = codes is null ? null : Resolve(codes, baseDirectory),
        };
    }

    private static List<string> Units(JsonElement root, RunStockSource stock)
    {
        var mapped = RunStockFields.Units.Where(u => (u != "programme" || stock.Columns.Programme is not null) && (u != "county" || stock.Columns.County is not null)).ToArray();
        var units = Names(root, "units", RunStockFields.Units, defaults: mapped);
        if (!units.Contains("office", StringComparer.Ordinal))
        {
            throw new RunConfigException("units: must contain \"office\"; the report is built around the offices.");
        }

        var programme = units.IndexOf("programme");
        if (programme >= 0 && stock.Columns.Programme is null)
        {
            throw new RunConfigException(string.Create(
                CultureInfo.InvariantCulture, $"units[{programme}]: \"programme\" needs stock.columns.programme, the header of the programme column."));
        }

        var county = units.IndexOf("county");
        if (county >= 0 && stock.Columns.County is null)
        {
            throw new RunConfigException(string.Create(
                CultureInfo.InvariantCulture, $"units[{county}]: \"county\" needs stock.columns.county, the header of the county column (or a column named 'county' in the stock file)."));
        }

        return units;
    }

    private static RunModel Model(JsonElement root, IReadOnlyList<string> units)
    {
        if (!root.TryGetProperty("model", out var model))
        {
            return new RunModel(RunStockFields.Covariates, CompareWithinMonth: false, ["office"]);
        }

        if (model.ValueKind == JsonValueKind.Object && model.TryGetProperty("periodEffects", out _))
        {
            // The old name had the opposite default; failing loudly keeps a job from silently changing its model.
            throw new RunConfigException(
                "model.periodEffects: renamed to model.compareWithinMonth, whose default is false (one model pooled over all months, as NAV's, so the national contribution varies by month); write \"compareWithinMonth\": true to compare every unit with the national level of the same month, as \"periodEffects\": true did.");
        }

        Object(model, "model", "covariates", "compareWithinMonth", "fixedEffects");
        var covariates = Names(model, "covariates", RunStockFields.Covariates, "model.covariates", allowEmpty: true);
        var compareWithinMonth = Flag(model, "model", "compareWithinMonth");

        var fixedEffects = Names(model, "fixedEffects", units, "model.fixedEffects", allowEmpty: true, defaults: ["office"]);
        var needCategory = fixedEffects.IndexOf("needCategory");
        if (needCategory >= 0 && covariates.Contains("needCategory", StringComparer.Ordinal))
        {
            throw new RunConfigException(string.Create(
                CultureInfo.InvariantCulture,
                $"model.fixedEffects[{needCategory}]: \"needCategory\" is also a covariate, and a unit that is a covariate cannot have a fixed effect; remove it from model.covariates or from model.fixedEffects."));
        }

        return new RunModel(covariates, compareWithinMonth, fixedEffects);
    }

    /// <summary>An optional true/false field, false when absent; <paramref name="path"/> is empty for a top-level field.</summary>
    private static bool Flag(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var flag))
        {
            return false;
        }

        return flag.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RunConfigException($"{(path.Length == 0 ? name : path + "." + name)}: must be true or false, not {Kind(flag)}."),
        };
    }

    private static RunMonths Months(JsonElement root)
    {
        if (!root.TryGetProperty("months", out var months))
        {
            return new RunMonths(null, null);
        }

        Object(months, "months", "from", "to");
        var from = Month(months, "months", "from", required: false);
        var to = Month(months, "months", "to", required: false);
        if (from is { } f && to is { } t && f.Index > t.Index)
        {
            throw new RunConfigException($"months.to: {t} is before months.from ({f}).");
        }

        return new RunMonths(from, to);
    }

    private static YearMonth? Month(JsonElement parent, string path, string name, bool required)
    {
        if (!required && !parent.TryGetProperty(name, out _))
        {
            return null;
        }

        var text = Text(parent, path, name, null)!;
        return YearMonth.TryParse(text, CultureInfo.InvariantCulture, out var month)
            ? month
            : throw new RunConfigException($"{Join(path, name)}: '{text}' is not a month in the form yyyy-MM.");
    }

    private static RunEmploymentSource Employment(JsonElement employment, string baseDirectory)
    {
        Object(employment, "employment", [.. SourceProperties, "personKey", "month", "weeklyHours", "earnings"]);
        var file = Source(employment, "employment", baseDirectory);
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var personKey = Text(employment, "employment", "personKey", "person_key")!;
        Claim(used, personKey, "employment.personKey");
        var month = Text(employment, "employment", "month", "month")!;
        Claim(used, month, "employment.month");
        var hours = Text(employment, "employment", "weeklyHours", "weekly_hours")!;
        Claim(used, hours, "employment.weeklyHours");
        var earnings = Text(employment, "employment", "earnings", string.Empty) is { Length: > 0 } e ? e : null;
        if (earnings is not null)
        {
            Claim(used, earnings, "employment.earnings");
        }

        return new RunEmploymentSource(file, personKey, month, hours, earnings);
    }

    /// <summary>Reads <c>source</c> and the properties it needs: <c>file</c> for csv and parquet, <c>query</c> for duckdb and
    /// postgres, <c>connectionEnv</c> for postgres only. A connection string is never taken from the job file.</summary>
    private static RunDataSource Source(JsonElement section, string path, string baseDirectory)
    {
        var kind = Choice(section, path + ".source", "source", SourceKinds, "csv");
        var isFile = kind is "csv" or "parquet";
        foreach (var (name, allowed, why) in new[]
        {
            ("file", isFile, "a duckdb or postgres source reads what its query selects"),
            ("query", !isFile, "only duckdb and postgres sources run a query"),
            ("connectionEnv", kind == "postgres", "only a postgres source connects to a server"),
            ("settings", kind == "duckdb", "only a duckdb source has DuckDB settings"),
        })
        {
            if (!allowed && section.TryGetProperty(name, out _))
            {
                throw new RunConfigException($"{path}.{name}: not used with \"source\": \"{kind}\"; {why}.");
            }
        }

        if (isFile)
        {
            return new RunDataSource(kind, Resolve(Text(section, path, "file", null)!, baseDirectory), null, null, baseDirectory) { Section = path };
        }

        var query = Text(section, path, "query", null)!;
        string? env = null;
        if (kind == "postgres")
        {
            env = Text(section, path, "connectionEnv", DefaultConnectionEnv)!;
            if (!EnvironmentName().IsMatch(env))
            {
                throw new RunConfigException(
                    $"{path}.connectionEnv: must name an environment variable (letters, digits and _), which holds the connection string; the job file never holds it.");
            }
        }

        return new RunDataSource(kind, null, query, env, baseDirectory) { Section = path, Settings = kind == "duckdb" ? DuckDbSettings(section, path) : [] };
    }

    /// <summary>Reads a duckdb source's <c>settings</c>: an object of DuckDB setting names and values (text, number, true
    /// or false). A name is written into <c>SET name = value</c> as it is, so only letters, digits and underscores are
    /// allowed; DuckDB itself checks that it knows the name and the value when the run opens the database.</summary>
    private static List<RunDuckDbSetting> DuckDbSettings(JsonElement section, string path)
    {
        var settings = new List<RunDuckDbSetting>();
        if (!section.TryGetProperty("settings", out var element))
        {
            return settings;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RunConfigException($"{path}.settings: must be an object of DuckDB setting names and values, for example {{ \"memory_limit\": \"4GB\", \"threads\": 2 }}, not {Kind(element)}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.settings.{property.Name}";
            if (!SettingName().IsMatch(property.Name))
            {
                throw new RunConfigException($"{path}.settings: '{property.Name}' is not a DuckDB setting name (letters, digits and _ only).");
            }

            if (settings.Any(s => string.Equals(s.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new RunConfigException($"{at}: the setting is named twice.");
            }

            var value = property.Value;
            var literal = value.ValueKind switch
            {
                JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => RunDuckDb.Text(value.GetString()!),
                JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number) => RunDuckDb.Number(number),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => throw new RunConfigException($"{at}: must be a non-empty text, a number, true or false, not {Kind(value)}."),
            };
            settings.Add(new RunDuckDbSetting(property.Name, literal));
        }

        return settings;
    }

    private static void Claim(Dictionary<string, string> used, string header, string path)
    {
        if (!used.TryAdd(header, path))
        {
            throw new RunConfigException($"{path}: the header '{header}' is already used by {used[header]}.");
        }
    }

    internal static void Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RunConfigException($"{path}: must be a JSON object, not {Kind(element)}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "connectionString")
            {
                throw new RunConfigException(
                    $"{Join(path, property.Name)}: a connection string is never written in the job file; put it in an environment variable and name that variable in connectionEnv.");
            }

            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new RunConfigException(
                    $"{Join(path, property.Name)}: unknown property; the properties of {path} are: {string.Join(", ", allowed)}.");
            }
        }
    }

    internal static JsonElement Required(JsonElement parent, string path, string name)
        => parent.TryGetProperty(name, out var value) ? value : throw new RunConfigException($"{Join(path, name)}: is required.");

    internal static string? Text(JsonElement parent, string path, string name, string? fallback)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return fallback ?? throw new RunConfigException($"{Join(path, name)}: is required.");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new RunConfigException($"{Join(path, name)}: must be a non-empty string, not {Kind(value)}.");
        }

        return value.GetString()!.Trim();
    }

    private static string? NullableText(JsonElement parent, string path, string name, string fallback)
        => parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null ? null : Text(parent, path, name, fallback);

    private static string Choice(JsonElement parent, string path, string name, IReadOnlyList<string> allowed, string fallback)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text is not null && allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new RunConfigException($"{path}: {value.GetRawText()} is not one of: {string.Join(", ", allowed)}.");
    }

    private static List<string> Names(
        JsonElement parent, string name, IReadOnlyList<string> allowed, string? path = null, bool allowEmpty = false, IReadOnlyList<string>? defaults = null)
    {
        path ??= name;
        if (!parent.TryGetProperty(name, out var value))
        {
            return [.. defaults ?? allowed];
        }

        if (value.ValueKind != JsonValueKind.Array || (!allowEmpty && value.GetArrayLength() == 0))
        {
            throw new RunConfigException($"{path}: must be {(allowEmpty ? "an" : "a non-empty")} array of names from: {string.Join(", ", allowed)}.");
        }

        var names = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            if (text is null || !allowed.Contains(text, StringComparer.Ordinal))
            {
                throw new RunConfigException($"{itemPath}: {item.GetRawText()} is not one of: {string.Join(", ", allowed)}.");
            }

            if (names.Contains(text, StringComparer.Ordinal))
            {
                throw new RunConfigException($"{itemPath}: '{text}' is named twice.");
            }

            names.Add(text);
            index++;
        }

        return names;
    }

    private static string Resolve(string file, string baseDirectory) => Path.GetFullPath(file, baseDirectory);

    internal static string Join(string path, string name) => path == "$" ? name : path + "." + name;

    internal static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => element.GetRawText(),
    };

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial System.Text.RegularExpressions.Regex EnvironmentName();

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial System.Text.RegularExpressions.Regex SettingName();
}
