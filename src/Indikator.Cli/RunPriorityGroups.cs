using System.Globalization;
using System.Text.Json;
using Indikator.Core.Indicators.Work;

namespace Indikator.Cli;

/// <summary>
/// Reads <c>priorityGroups</c> of a job file: a list of named groups, each a list of conditions combined with AND, for
/// example <c>{ "name": "Under 30", "conditions": [{ "column": "age", "lt": 30 }] }</c> (docs/configuration.md). A
/// condition names a header of the stock file and has exactly one operator: <c>lt</c>, <c>le</c>, <c>gt</c>, <c>ge</c>
/// with a number, or <c>in</c>, <c>notIn</c> with a list of categories. Every message names the group and the field.
/// </summary>
internal static class RunPriorityGroups
{
    /// <summary>The level name of the groups in the library's tables.</summary>
    public const string LevelName = "priority_group";

    private static readonly string[] Comparisons = ["lt", "le", "gt", "ge"];
    private static readonly string[] Sets = ["in", "notIn"];

    /// <summary>The groups, with conditions on the library names of mapped columns or on the headers of extra columns, and those extra columns.</summary>
    /// <exception cref="RunConfigException">A group or condition is malformed, or a column is read both as a number and as a category.</exception>
    public static (List<PriorityGroup> Groups, List<RunGroupColumn> Columns) Read(JsonElement root, RunStockSource stock)
    {
        var groups = new List<PriorityGroup>();
        var extra = new List<RunGroupColumn>();
        if (!root.TryGetProperty("priorityGroups", out var list))
        {
            return (groups, extra);
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new RunConfigException($"priorityGroups: must be an array of groups, not {RunJobReader.Kind(list)}.");
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"priorityGroups[{index++}]");
            RunJobReader.Object(item, path, "name", "conditions");
            var name = RunJobReader.Text(item, path, "name", null)!;
            if (groups.Any(g => g.Name == name))
            {
                throw new RunConfigException($"{path}.name: the group name '{name}' is used twice.");
            }

            path += $" ('{name}')";
            var conditions = RunJobReader.Required(item, path, "conditions");
            if (conditions.ValueKind != JsonValueKind.Array || conditions.GetArrayLength() == 0)
            {
                throw new RunConfigException($"{path}.conditions: must be a non-empty array of conditions, not {RunJobReader.Kind(conditions)}.");
            }

            var parsed = new List<GroupCondition>();
            var c = 0;
            foreach (var condition in conditions.EnumerateArray())
            {
                parsed.Add(Condition(condition, string.Create(CultureInfo.InvariantCulture, $"{path}.conditions[{c++}]"), stock, extra));
            }

            groups.Add(new PriorityGroup(name, [.. parsed]));
        }

        return (groups, extra);
    }

    private static GroupCondition Condition(JsonElement element, string path, RunStockSource stock, List<RunGroupColumn> extra)
    {
        RunJobReader.Object(element, path, ["column", .. Comparisons, .. Sets]);
        var header = RunJobReader.Text(element, path, "column", null)!;
        var operators = element.EnumerateObject().Select(p => p.Name).Where(n => n != "column").ToArray();
        if (operators.Length != 1)
        {
            throw new RunConfigException($"{path}: needs exactly one operator of lt, le, gt, ge, in, notIn (has {(operators.Length == 0 ? "none" : string.Join(", ", operators))}).");
        }

        var op = operators[0];
        var value = element.GetProperty(op);
        var numeric = Comparisons.Contains(op);
        var column = Column(header, numeric, path, stock, extra);
        if (numeric)
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                throw new RunConfigException($"{path}.{op}: must be a number, not {RunJobReader.Kind(value)}.");
            }

            var kind = op switch
            {
                "lt" => GroupOperator.LessThan,
                "le" => GroupOperator.AtMost,
                "gt" => GroupOperator.GreaterThan,
                _ => GroupOperator.AtLeast,
            };
            return GroupCondition.Compare(column, kind, number);
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0
            || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString())))
        {
            throw new RunConfigException($"{path}.{op}: must be a non-empty array of category names, not {value.GetRawText()}.");
        }

        var categories = value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToArray();
        if (categories.Distinct(StringComparer.Ordinal).Count() != categories.Length)
        {
            throw new RunConfigException($"{path}.{op}: a category is named twice.");
        }

        return op == "in" ? GroupCondition.OneOf(column, categories) : GroupCondition.NoneOf(column, categories);
    }

    /// <summary>The panel name of the header: a mapped field's library name, or the header itself as an extra column.</summary>
    private static string Column(string header, bool numeric, string path, RunStockSource stock, List<RunGroupColumn> extra)
    {
        if (header == stock.PersonKey || header == stock.Period)
        {
            throw new RunConfigException($"{path}.column: '{header}' is the person key or the period, not a characteristic.");
        }

        if (RunStockFields.All.FirstOrDefault(f => f.Get(stock.Columns) == header) is { } field)
        {
            if (field.Numeric != numeric)
            {
                throw new RunConfigException($"{path}.column: '{header}' (stock.columns.{field.Property}) is read as {(field.Numeric ? "a number: compare it with lt, le, gt or ge" : "a category: use in or notIn")}.");
            }

            return field.Canonical;
        }

        if (RunStockFields.All.FirstOrDefault(f => f.Canonical == header) is { } shadowed)
        {
            throw new RunConfigException($"{path}.column: '{header}' is the library name of stock.columns.{shadowed.Property}, which reads the header '{shadowed.Get(stock.Columns)}'; name that header instead.");
        }

        if (extra.FirstOrDefault(e => e.Header == header) is { } seen)
        {
            if (seen.Numeric != numeric)
            {
                throw new RunConfigException($"{path}.column: '{header}' is read as {(seen.Numeric ? "a number" : "a category")} by {seen.Path}; one column cannot be both.");
            }
        }
        else
        {
            extra.Add(new RunGroupColumn(header, numeric, path));
        }

        return header;
    }
}
