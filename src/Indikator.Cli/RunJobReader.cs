using System.Globalization;
using System.Text.Json;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;

namespace Indikator.Cli;

/// <summary>Reads and validates a job file (JSON with comments and trailing commas, camelCase property names).
/// Unknown properties are errors, so that a misspelt optional field is not silently ignored. Every message names
/// the JSON path of the field; relative file paths are resolved against the folder of the job file.</summary>
internal static class RunJobReader
{
    /// <summary>NAV's four outcomes, the default of <c>outcomes</c>.</summary>
    public static readonly IReadOnlyList<string> NavOutcomes = ["atid3", "jobb3", "atid12", "jobb12"];

    /// <summary>The report formats, the default of <c>output.formats</c>.</summary>
    public static readonly IReadOnlyList<string> AllFormats = ["csv", "html", "xlsx", "json"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly (string Property, string Default, Func<WorkIndicatorColumns, string, WorkIndicatorColumns> Set)[] ColumnFields =
    [
        ("office", SyntheticColumns.Office, (c, h) => c with { Office = h }),
        ("region", SyntheticColumns.Region, (c, h) => c with { Region = h }),
        ("needCategory", SyntheticColumns.NeedCategory, (c, h) => c with { NeedCategory = h }),
        ("age", SyntheticColumns.Age, (c, h) => c with { Age = h }),
        ("gender", SyntheticColumns.Gender, (c, h) => c with { Gender = h }),
        ("education", SyntheticColumns.Education, (c, h) => c with { Education = h }),
        ("immigrant", SyntheticColumns.Immigrant, (c, h) => c with { Immigrant = h }),
        ("benefit", SyntheticColumns.Benefit, (c, h) => c with { Benefit = h }),
        ("monthsSinceRegistration", SyntheticColumns.MonthsSinceRegistration, (c, h) => c with { MonthsSinceRegistration = h }),
        ("priorHours", SyntheticColumns.PriorHours, (c, h) => c with { PriorHours = h }),
        ("inflowRate", SyntheticColumns.InflowRate, (c, h) => c with { InflowRate = h }),
    ];

    /// <summary>Reads the job file.</summary>
    /// <exception cref="RunConfigException">The file is missing, not JSON, or a field is wrong.</exception>
    public static RunJob Read(string path)
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
            return Parse(document.RootElement, baseDirectory);
        }
        catch (JsonException e)
        {
            throw new RunConfigException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{path}' is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})."));
        }
    }

    private static RunJob Parse(JsonElement root, string baseDirectory)
    {
        Object(root, "$", "stock", "employment", "lastCompleteMonth", "outcomes", "minimumPersons", "output");
        var stock = Stock(Required(root, "$", "stock"), baseDirectory);
        var employment = Employment(Required(root, "$", "employment"), baseDirectory);
        var monthText = Text(root, "$", "lastCompleteMonth", null)!;
        if (!YearMonth.TryParse(monthText, CultureInfo.InvariantCulture, out var month))
        {
            throw new RunConfigException($"lastCompleteMonth: '{monthText}' is not a month in the form yyyy-MM.");
        }

        var outcomes = Names(root, "outcomes", NavOutcomes);
        var minimumPersons = 5;
        if (root.TryGetProperty("minimumPersons", out var minimum))
        {
            if (minimum.ValueKind != JsonValueKind.Number || !minimum.TryGetInt32(out minimumPersons) || minimumPersons < 1)
            {
                throw new RunConfigException($"minimumPersons: must be a whole number of at least 1, not {minimum.GetRawText()}.");
            }
        }

        var output = Required(root, "$", "output");
        Object(output, "output", "directory", "formats");
        var directory = Resolve(Text(output, "output", "directory", null)!, baseDirectory);
        var formats = Names(output, "formats", AllFormats, "output.formats");
        return new RunJob(stock, employment, month, outcomes, minimumPersons, directory, new HashSet<string>(formats, StringComparer.Ordinal));
    }

    private static RunStockSource Stock(JsonElement stock, string baseDirectory)
    {
        Object(stock, "stock", "file", "personKey", "period", "columns");
        var file = Resolve(Text(stock, "stock", "file", null)!, baseDirectory);
        var personKey = Text(stock, "stock", "personKey", "person_key")!;
        var period = Text(stock, "stock", "period", PersonMonthPanel.PeriodColumnName)!;
        var columns = WorkIndicatorColumns.Synthetic;
        var used = new Dictionary<string, string>(StringComparer.Ordinal) { [personKey] = "stock.personKey" };
        Claim(used, period, "stock.period");
        JsonElement map = default;
        var hasMap = stock.TryGetProperty("columns", out map);
        if (hasMap)
        {
            Object(map, "stock.columns", [.. ColumnFields.Select(f => f.Property), "programme"]);
        }

        foreach (var (property, fallback, set) in ColumnFields)
        {
            var header = hasMap ? Text(map, "stock.columns", property, fallback)! : fallback;
            Claim(used, header, "stock.columns." + property);
            columns = set(columns, header);
        }

        if (hasMap && Text(map, "stock.columns", "programme", string.Empty) is { Length: > 0 } programme)
        {
            Claim(used, programme, "stock.columns.programme");
            columns = columns with { Programme = programme };
        }

        return new RunStockSource(file, personKey, period, columns);
    }

    private static RunEmploymentSource Employment(JsonElement employment, string baseDirectory)
    {
        Object(employment, "employment", "file", "personKey", "month", "weeklyHours", "earnings");
        var file = Resolve(Text(employment, "employment", "file", null)!, baseDirectory);
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

    private static void Claim(Dictionary<string, string> used, string header, string path)
    {
        if (!used.TryAdd(header, path))
        {
            throw new RunConfigException($"{path}: the header '{header}' is already used by {used[header]}.");
        }
    }

    private static void Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RunConfigException($"{path}: must be a JSON object, not {Kind(element)}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new RunConfigException(
                    $"{Join(path, property.Name)}: unknown property; the properties of {path} are: {string.Join(", ", allowed)}.");
            }
        }
    }

    private static JsonElement Required(JsonElement parent, string path, string name)
        => parent.TryGetProperty(name, out var value) ? value : throw new RunConfigException($"{Join(path, name)}: is required.");

    private static string? Text(JsonElement parent, string path, string name, string? fallback)
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

    private static List<string> Names(JsonElement parent, string name, IReadOnlyList<string> allowed, string? path = null)
    {
        path ??= name;
        if (!parent.TryGetProperty(name, out var value))
        {
            return [.. allowed];
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new RunConfigException($"{path}: must be a non-empty array of names from: {string.Join(", ", allowed)}.");
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

    private static string Join(string path, string name) => path == "$" ? name : path + "." + name;

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => element.GetRawText(),
    };
}
