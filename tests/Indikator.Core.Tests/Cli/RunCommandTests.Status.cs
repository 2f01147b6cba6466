using Indikator.Core.Indicators;
using System.Globalization;
using Indikator.Cli;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Cli;

/// <summary>The <c>status</c> section: the legacy six-month measure beside the new indicator.</summary>
public sealed partial class RunCommandTests
{
    [Fact]
    public void Status_section_puts_the_legacy_measure_of_the_library_beside_the_new_indicator()
    {
        var job = WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: StatusSection()));
        var (code, log) = Run("--config", job);

        Assert.True(code == CliExitCode.Success, log);
        var data = _data.Data;
        var expected = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"[legacy] {expected.ExitCount} exits, {expected.EmployedCount} in work"), log, StringComparison.Ordinal);

        var byOffice = expected.Aggregate(ColumnNames.Office).Rows.Where(r => r.Levels[0] is not null).ToDictionary(r => r.Levels[0]!, StringComparer.Ordinal);
        var table = ReadCsv(Path.Combine(_folder, "out", "legacy-measure-beside-the-new-indicator-offices.csv"));
        Assert.Equal(["office", "legacy_exits", "legacy_share", "persons", "actual", "contribution"], table[0]);
        var published = 0;
        var total = Assert.Single(table, r => r[0] == WorkUnitLevel.CountryUnit);
        Assert.Equal(expected.ExitCount, int.Parse(total[1], CultureInfo.InvariantCulture));
        Assert.Equal(expected.Share, double.Parse(total[2], CultureInfo.InvariantCulture));
        foreach (var row in table.Skip(1).Where(r => r[0] != WorkUnitLevel.CountryUnit))
        {
            if (!byOffice.TryGetValue(row[0], out var office))
            {
                // An office without exits has no legacy value (an empty cell, not a suppressed one).
                Assert.Equal(["", ""], row[1..3]);
                continue;
            }

            if (row[1] == ":")
            {
                Assert.Equal(":", row[2]);
                continue;
            }

            Assert.Equal(office.Exits, int.Parse(row[1], CultureInfo.InvariantCulture));
            Assert.Equal(office.Share, double.Parse(row[2], CultureInfo.InvariantCulture));
            published++;
        }

        Assert.Subset(table.Skip(1).Select(r => r[0]).ToHashSet(StringComparer.Ordinal), byOffice.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.True(published >= byOffice.Count / 2, $"only {published} of {byOffice.Count} offices published");
        Assert.True(File.Exists(Path.Combine(_folder, "out", "legacy-measure-beside-the-new-indicator-regions.csv")));
    }

    [Fact]
    public void Without_status_the_report_has_no_legacy_table_and_the_log_says_so()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"]")));

        Assert.True(code == CliExitCode.Success, log);
        Assert.Contains("[legacy] no status section in the job file", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(_folder, "out")), f => Path.GetFileName(f).StartsWith("legacy", StringComparison.Ordinal));
    }

    [Fact]
    public void Programme_variant_follows_exits_from_programmes()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: StatusSection("\"variant\": \"programme\""))));

        Assert.True(code == CliExitCode.Success, log);
        var data = _data.Data;
        var expected = LegacyTransition.Compute(
            data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age) { Variant = TransitionVariant.Programme });
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"[legacy] {expected.ExitCount} exits, {expected.EmployedCount} in work"), log, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_without_programme_and_benefit_columns_is_read_when_they_are_null()
    {
        var status = RewriteAll(_data.Status, "status_min.csv", rows => rows.Select(r => r[..3]).ToList());
        var (code, log) = Run("--config", WriteJob(Job(
            outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: StatusSection($"\"file\": {Quote(status)}, \"programme\": null, \"receivesBenefit\": null"))));

        Assert.True(code == CliExitCode.Success, log);
        var data = _data.Data;
        var expected = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age));
        // Without the benefit flag the split between "only employed" and "employed with benefit" changes, the employed count does not.
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"[legacy] {expected.ExitCount} exits, {expected.EmployedCount} in work"), log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"variant\": \"programs\"", "status.variant: \"programs\" is not one of: status, programme.")]
    [InlineData("\"variant\": \"programme\", \"programme\": null", "status.variant: \"programme\" follows exits from programmes, so status.programme cannot be null.")]
    [InlineData("\"fil\": \"status.csv\"", "status.fil: unknown property; the properties of status are: source, file, query, connectionEnv, settings, personKey, month, status, need, programme, receivesBenefit, variant, codes.")]
    [InlineData("\"month\": \"person_key\"", "status.month: the header 'person_key' is already used by status.personKey.")]
    [InlineData("\"status\": 3", "status.status: must be a non-empty string, not 3.")]
    public void Status_section_errors_name_the_json_path(string fields, string message)
    {
        var (code, log) = Run("--config", WriteJob(Job(extra: StatusSection(fields))));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains(message, log, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_section_without_file_is_a_job_error()
    {
        var (code, log) = Run("--config", WriteJob(Job(extra: "\"status\": { \"variant\": \"status\" },")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("status.file: is required.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_status_file_and_column_name_the_field()
    {
        var (code, log) = Run("--config", WriteJob(Job(extra: StatusSection($"\"file\": {Quote(Path.Combine(_folder, "none.csv"))}"))));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("status.file: file not found", log, StringComparison.Ordinal);

        (code, log) = Run("--config", WriteJob(Job(extra: StatusSection("\"status\": \"statu\""))));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("status.status: column 'statu' is not in", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_status_value_names_file_line_and_column()
    {
        var status = Rewrite(_data.Status, "bad_status.csv", rows => rows[5][2] = "Student");
        var (code, log) = Run("--config", WriteJob(Job(extra: StatusSection($"\"file\": {Quote(status)}"))));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("status.status: ", log, StringComparison.Ordinal);
        Assert.Contains("bad_status.csv, line 6, column 'status': the value is not a status code in the code table (the value is not shown); use one of: ARBS, Disability, IARBS, ISERV, JobSeeker, NotRegistered, ReducedWorkCapacity, or add it with status.codes.", log, StringComparison.Ordinal);
        AssertNoPersonKey(log);
    }

    [Fact]
    public void Bad_benefit_flag_names_file_line_and_column()
    {
        var status = Rewrite(_data.Status, "bad_benefit.csv", rows => rows[3][4] = "yes");
        var (code, log) = Run("--config", WriteJob(Job(extra: StatusSection($"\"file\": {Quote(status)}"))));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("status.receivesBenefit: ", log, StringComparison.Ordinal);
        Assert.Contains("bad_benefit.csv, line 4, column 'receives_benefit': must be true, false, 1 or 0.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_status_month_names_file_line_and_column()
    {
        var status = Rewrite(_data.Status, "bad_month.csv", rows => rows[2][1] = "2023-13");
        var (code, log) = Run("--config", WriteJob(Job(extra: StatusSection($"\"file\": {Quote(status)}"))));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("bad_month.csv, line 3, column 'month'", log, StringComparison.Ordinal);
        AssertNoPersonKey(log);
    }

    [Fact]
    public void Two_status_records_for_one_person_and_month_name_both_lines()
    {
        // Line 7 repeats line 2 (same person and month); with a blank line the data rows are no longer lines - 2.
        var status = Rewrite(_data.Status, "twice.csv", rows => rows.Insert(6, rows[1]));
        File.WriteAllText(status, File.ReadAllText(status).Replace("\n", "\n\n", StringComparison.Ordinal));
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", extra: StatusSection($"\"file\": {Quote(status)}"))));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("status.month: ", log, StringComparison.Ordinal);
        Assert.Contains("twice.csv, line 13, column 'month': a second row for the same person and month (the first is line 3).", log, StringComparison.Ordinal);
        AssertNoPersonKey(log);
    }

    /// <summary>A status section with the synthetic status file unless <paramref name="fields"/> names a file.</summary>
    private string StatusSection(string? fields = null)
    {
        var file = fields is not null && fields.Contains("\"file\":", StringComparison.Ordinal) ? string.Empty : $"\"file\": {Quote(_data.Status)}, ";
        return $"\"status\": {{ {file}{fields ?? "\"variant\": \"status\""} }},";
    }

    private void AssertNoPersonKey(string log)
    {
        foreach (var key in _data.PersonKeys)
        {
            Assert.DoesNotContain(key, log, StringComparison.Ordinal);
        }
    }

    /// <summary>Copies a synthetic CSV file (no quoted fields) with its rows (header = row 0) edited.</summary>
    private string Rewrite(string source, string name, Action<List<string[]>> edit)
    {
        var rows = File.ReadAllLines(source).Select(l => l.Split(',')).ToList();
        edit(rows);
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, rows.Select(r => string.Join(',', r)));
        return path;
    }

    private string RewriteAll(string source, string name, Func<List<string[]>, List<string[]>> edit)
    {
        var rows = edit(File.ReadAllLines(source).Select(l => l.Split(',')).ToList());
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, rows.Select(r => string.Join(',', r)));
        return path;
    }

    private static List<string[]> ReadCsv(string path)
        => [.. File.ReadAllLines(path).Select(l => l.Split(','))];
}
