using System.Text;

namespace Indikator.Core.Tests.Cli;

/// <summary>Bad and awkward inputs to <c>indikator run</c>, made from the synthetic run data by changing one field of one line.
/// Data row r is on file line r + 2.</summary>
public sealed partial class BadInputTests
{
    private static readonly Dictionary<string, BadInputCase> RunCases = new(StringComparer.Ordinal)
    {
        // Usage and job file errors: exit 2.
        ["run: unknown --encoding"] = Run(Usage, ["--encoding must be"], f => f.WriteJob(), "--encoding", "klingon"),
        ["run: --decimal-comma with comma delimiter"] = Run(Usage, ["--decimal-comma needs another --delimiter"], f => f.WriteJob(), extra: ["--decimal-comma"]),
        ["run: job file is not JSON"] = Run(Usage, ["is not valid JSON"], f => f.Files.Write("job.json", "{ stock: ")),
        ["run: lastCompleteMonth not a month"] = Run(Usage, ["lastCompleteMonth"], f => f.WriteJob(month: "2024-00")),

        // Input data errors: exit 3, naming the job field or file, the line and the column, never the value.
        ["run: age is text"] = Run(Data, ["stock.csv, line 4, column 'age': not a number"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("age")] = r == 2 ? "forty-two" : v[c("age")])), secret: "forty-two"),
        ["run: age is Infinity"] = Run(Data, ["stock.columns.age", "line 6, column 'age'", "infinite"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("age")] = r == 4 ? "Infinity" : v[c("age")]))),
        ["run: age is -inf"] = Run(Data, ["line 3, column 'age'", "infinite"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("age")] = r == 1 ? "-inf" : v[c("age")]))),
        ["run: period is not a month"] = Run(Data, ["line 5, column 'period': not a month"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("period")] = r == 3 ? "Mars-2023" : v[c("period")])), secret: "Mars-2023"),
        ["run: person key is missing"] = Run(Data, ["line 2, column 'person_key': the person key is missing"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("person_key")] = r == 0 ? string.Empty : v[c("person_key")]))),
        ["run: person key is not an integer"] = Run(Data, ["line 3, column 'person_key': not an integer person key"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("person_key")] = r == 1 ? "12345678901x" : v[c("person_key")])), secret: "12345678901"),
        ["run: wrong number of fields in the stock"] = Run(Data, ["line 7: wrong number of fields"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[0] = r == 5 ? v[0] + ",extra" : v[0]))),
        ["run: negative weekly hours"] = Run(Data, ["employment.weeklyHours", "line 5, column 'weekly_hours'", "at least 0"], f => f.WriteJob(employment: f.Edit(f.Employment, "employment.csv", (v, r, c) => v[c("weekly_hours")] = r == 3 ? "-37.5" : v[c("weekly_hours")])), secret: "37.5"),
        ["run: earnings are text"] = Run(Data, ["employment.csv, line 4, column 'earnings': not a number"], f => f.WriteJob(employment: f.Edit(f.Employment, "employment.csv", (v, r, c) => v[c("earnings")] = r == 2 ? "NOK 31 000" : v[c("earnings")])), secret: "31 000"),
        ["run: employment month is not a month"] = Run(Data, ["employment.csv, line 2, column 'month': not a month"], f => f.WriteJob(employment: f.Edit(f.Employment, "employment.csv", (v, r, c) => v[c("month")] = r == 0 ? "2024/01" : v[c("month")])), secret: "2024/01"),
        ["run: employment person key missing"] = Run(Data, ["employment.csv, line 3, column 'person_key': the person key is missing"], f => f.WriteJob(employment: f.Edit(f.Employment, "employment.csv", (v, r, c) => v[c("person_key")] = r == 1 ? "NA" : v[c("person_key")]))),
        ["run: Windows-1252 office read as UTF-8"] = Run(Data, ["line 2, column 'office'", "not valid UTF-8", "--encoding windows-1252"], f => f.WriteJob(RunFolder.Latin(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("office")] = r % 2 == 0 ? "Ås" : "Øs")))),
        ["run: semicolon stock read with commas"] = Run(Data, ["looks ';'-separated"], f => f.WriteJob(f.Files.Write("stock.csv", File.ReadAllText(f.Stock).Replace(',', ';')))),
        ["run: stock with only a header"] = Run(Data, ["has no data rows"], f => f.WriteJob(f.Files.Write("stock.csv", File.ReadLines(f.Stock).First() + "\n"))),
        ["run: employment file missing"] = Run(Data, ["employment.file: file not found"], f => f.WriteJob(employment: Path.Combine(f.Files.Path, "nope.csv"))),
        ["run: unknown stock column"] = Run(Data, ["stock.columns.office: column 'kontor' is not in"], f => f.WriteJob(columns: "\"office\": \"kontor\"")),
        ["run: unterminated quote in the stock"] = Run(Data, ["line 3", "unterminated quote"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("office")] = r == 1 ? "\"" + v[c("office")] : v[c("office")]))),

        // The model cannot be fitted: exit 4.
        ["run: every outcome censored"] = Run(Model, ["the model cannot be fitted"], f => f.WriteJob(month: "2000-01")),

        // Output: exit 5.
        ["run: output folder is a file"] = Run(Output, ["cannot write the report"], f =>
        {
            var job = f.WriteJob();
            File.WriteAllText(Path.Combine(f.Files.Path, "out"), "a file");
            return job;
        }),

        // Awkward but valid inputs: exit 0, with every dropped row counted by reason in the log.
        ["run: missing ages are counted"] = Run(Ok, ["with a missing 'age'", "person-months used; left out:"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("age")] = r % 50 == 0 ? "NA" : v[c("age")]))),
        ["run: censored outcomes are counted"] = Run(Ok, ["jobb12: ", "not yet observable (censored)"], f => f.WriteJob(month: Indikator.Core.Data.YearMonth.Parse(f.LastMonth, null).AddMonths(-8).ToString())),
        ["run: a single office"] = Run(Ok, ["office: fewer than two units", "no funnel limits", "report written"], f => f.WriteJob(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("office")] = "Oslo"))),
        ["run: Windows-1252 with --encoding"] = Run(Ok, ["report written"], f => f.WriteJob(RunFolder.Latin(f.Edit(f.Stock, "stock.csv", (v, r, c) => v[c("office")] = v[c("office")] + "ø"))), "--encoding", "windows-1252"),
        ["run: semicolons and decimal commas with options"] = Run(Ok, ["report written"], f => f.WriteJob(f.Semicolons(f.Stock, "stock.csv"), f.Semicolons(f.Employment, "employment.csv")), "--delimiter", ";", "--decimal-comma"),
    };

    private static BadInputCase Run(int code, string[] fragments, Func<RunFolder, string> job, params string[] extra)
        => new(code, fragments) { Job = job, Extra = extra };

    private static BadInputCase Run(int code, string[] fragments, Func<RunFolder, string> job, string secret)
        => new(code, fragments) { Job = job, Secret = secret };
}
