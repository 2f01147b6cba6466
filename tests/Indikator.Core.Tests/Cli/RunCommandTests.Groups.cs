using Indikator.Core.Indicators;
using Indikator.Cli;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Cli;

/// <summary>Priority groups in the job file, and the county and programme columns that are read when the stock has them.</summary>
public sealed partial class RunCommandTests
{
    private const string Groups = """
        "priorityGroups": [
          { "name": "Under 30", "conditions": [{ "column": "age", "lt": 30 }] },
          { "name": "Outside EEA", "conditions": [{ "column": "immigrant_origin", "in": ["utenfor_eos"] }] },
          { "name": "Long-term, reduced capacity", "conditions": [{ "column": "months_since_registration", "ge": 12 }, { "column": "status", "notIn": ["arbeidssoker"] }] },
        ],
        """;

    [Fact]
    public void Priority_groups_become_one_level_with_conditions_on_library_names_and_headers()
    {
        var job = RunJobReader.Read(WriteJob(Job(columns: "\"age\": \"age\", \"monthsSinceRegistration\": \"months_since_registration\"", extra: Groups)));
        Assert.Equal(["Under 30", "Outside EEA", "Long-term, reduced capacity"], job.PriorityGroups.Select(g => g.Name));
        Assert.Equal(GroupCondition.Compare(ColumnNames.Age, GroupOperator.LessThan, 30), job.PriorityGroups[0].Conditions[0]);
        Assert.Equal(GroupCondition.NoneOf("status", "arbeidssoker"), job.PriorityGroups[2].Conditions[1]);

        // immigrant_origin and status are no mapped field: they are read under their headers, as categories.
        Assert.Equal([("immigrant_origin", false), ("status", false)], job.GroupColumns.Select(c => (c.Header, c.Numeric)));
        var options = Options(Job(extra: Groups));
        var level = options.Units[^1];
        Assert.True(level.IsPriorityGroups);
        Assert.Equal(RunPriorityGroups.LevelName, level.Name);
    }

    [Fact]
    public void A_job_with_priority_groups_writes_the_groups_and_county_tables()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: Groups + "\"model\": { \"fixedEffects\": [] },")));
        Assert.True(code == CliExitCode.Success, log);
        var files = Directory.GetFiles(Path.Combine(_folder, "out")).Select(Path.GetFileName).ToArray();
        Assert.Contains("priority-groups-jobb3-in-work-3-months-later.csv", files);
        Assert.Contains("counties-jobb3-in-work-3-months-later.csv", files);
        var groups = File.ReadAllLines(Path.Combine(_folder, "out", "priority-groups-jobb3-in-work-3-months-later.csv"));
        Assert.Equal(4, groups.Length);
        Assert.StartsWith("Under 30,age < 30,", groups[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_county_and_programme_columns_those_units_are_off_and_cannot_be_asked_for()
    {
        var stock = RewriteAll(_data.Stock, "no_county.csv", rows =>
        {
            var drop = new[] { Array.IndexOf(rows[0], ColumnNames.County), Array.IndexOf(rows[0], ColumnNames.Programme) };
            return [.. rows.Select(r => r.Where((_, i) => !drop.Contains(i)).ToArray())];
        });
        Assert.DoesNotContain(Options(Job(stock: stock)).Units, u => u.Name is "county" or "programme");
        var (code, log) = Run("--config", WriteJob(Job(stock: stock, extra: "\"units\": [\"office\", \"programme\"],")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("units[1]: \"programme\" needs stock.columns.programme", log, StringComparison.Ordinal);
        (code, log) = Run("--config", WriteJob(Job(stock: stock, extra: "\"units\": [\"office\", \"county\"],")));
        Assert.Contains("units[1]: \"county\" needs stock.columns.county", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"priorityGroups\": {},", "priorityGroups: must be an array of groups, not an object.")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\" }],", "priorityGroups[0] ('g').conditions: is required.")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [] }],", "priorityGroups[0] ('g').conditions: must be a non-empty array of conditions")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"age\" }] }],", "priorityGroups[0] ('g').conditions[0]: needs exactly one operator of lt, le, gt, ge, in, notIn (has none).")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"age\", \"lt\": 30, \"ge\": 20 }] }],", "(has lt, ge)")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"age\", \"lt\": \"30\" }] }],", "priorityGroups[0] ('g').conditions[0].lt: must be a number, not \"30\".")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"age\", \"in\": [\"20\"] }] }],", "'age' (stock.columns.age) is read as a number: compare it with lt, le, gt or ge.")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"status\", \"in\": [] }] }],", "conditions[0].in: must be a non-empty array of category names")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"age\", \"lt\": 3, \"between\": 2 }] }],", "conditions[0].between: unknown property")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"x\", \"lt\": 3 }] }, { \"name\": \"g\", \"conditions\": [{ \"column\": \"x\", \"lt\": 3 }] }],", "priorityGroups[1].name: the group name 'g' is used twice.")]
    [InlineData("\"priorityGroups\": [{ \"name\": \"a\", \"conditions\": [{ \"column\": \"x\", \"lt\": 3 }] }, { \"name\": \"b\", \"conditions\": [{ \"column\": \"x\", \"in\": [\"3\"] }] }],", "priorityGroups[1] ('b').conditions[0].column: 'x' is read as a number by priorityGroups[0] ('a').conditions[0]")]
    public void Priority_group_errors_name_the_group_and_the_field(string extra, string message)
    {
        var (code, log) = Run("--config", WriteJob(Job(extra: extra)));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains(message, log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_column_missing_from_the_stock_is_a_data_error_naming_the_condition()
    {
        var (code, log) = Run("--config", WriteJob(Job(extra: "\"priorityGroups\": [{ \"name\": \"g\", \"conditions\": [{ \"column\": \"height\", \"gt\": 180 }] }],")));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("priorityGroups[0] ('g').conditions[0].column: column 'height' is not in '", log, StringComparison.Ordinal);
    }
}
