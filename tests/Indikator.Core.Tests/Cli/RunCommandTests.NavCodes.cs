using Indikator.Core.Indicators;
using System.Globalization;
using Indikator.Cli;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Cli;

/// <summary>The status file in NAV's own codes (formidlingsgruppe, kvalifiseringsgruppe, tiltakskode), mapped by the code table.</summary>
public sealed partial class RunCommandTests
{
    [Fact]
    public void Status_file_in_navs_codes_gives_the_same_legacy_measure_as_the_library_statuses()
    {
        // Recode the synthetic statuses as NAV's extract would have them: job seeker = ARBS with IKVAL, reduced work
        // capacity = ARBS with BATT, not registered = ISERV; disability keeps its library name (it comes from another
        // register). Avklaring becomes its tiltakskode AVKLARAG. The mapped statuses are the originals, so the legacy
        // counts must equal the library's on the original records.
        var status = RewriteAll(_data.Status, "nav_status.csv", rows => rows.Select((r, i) =>
        {
            if (i == 0)
            {
                return (string[])[.. r, "kvalifiseringsgruppe"];
            }

            var (code, need) = r[2] switch
            {
                "JobSeeker" => ("ARBS", "IKVAL"),
                "ReducedWorkCapacity" => ("ARBS", "BATT"),
                "NotRegistered" => ("ISERV", ""),
                var other => (other, ""),
            };
            var programme = r[3] == "Avklaring" ? "AVKLARAG" : r[3];
            return (string[])[r[0], r[1], code, programme, r[4], need];
        }).ToList());
        var (exit, log) = Run("--config", WriteJob(Job(
            outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: StatusSection($"\"file\": {Quote(status)}, \"need\": \"kvalifiseringsgruppe\""))));

        Assert.True(exit == CliExitCode.Success, log);
        var data = _data.Data;
        var expected = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"[legacy] {expected.ExitCount} exits, {expected.EmployedCount} in work"), log, StringComparison.Ordinal);

        // The other synthetic programme names are not tiltakskoder: kept as they are, and counted in the log.
        Assert.Contains("programme code(s) not in the code table, kept as they are", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_code_table_adds_codes_and_an_unknown_code_names_file_line_and_column()
    {
        // Line 6 gets the code "STUD"; without a table row it is an input error, with one it maps to NotRegistered.
        var status = Rewrite(_data.Status, "stud.csv", rows => rows[5][2] = "STUD");
        var (exit, log) = Run("--config", WriteJob(Job(extra: StatusSection($"\"file\": {Quote(status)}"))));
        Assert.Equal(CliExitCode.InputData, exit);
        Assert.Contains("stud.csv, line 6, column 'status': the value is not a status code in the code table", log, StringComparison.Ordinal);
        AssertNoPersonKey(log);

        var codes = Path.Combine(_folder, "codes.csv");
        File.WriteAllLines(codes, ["kind,code,need,value,source", "status,STUD,*,NotRegistered,student (local code)"]);
        (exit, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: StatusSection($"\"file\": {Quote(status)}, \"codes\": {Quote(codes)}"))));
        Assert.True(exit == CliExitCode.Success, log);

        File.WriteAllLines(codes, ["kind,code,need,value", "status,STUD,*,Student"]);
        (exit, log) = Run("--config", WriteJob(Job(extra: StatusSection($"\"file\": {Quote(status)}, \"codes\": {Quote(codes)}"))));
        Assert.Equal(CliExitCode.InputData, exit);
        Assert.Contains("status.codes: " + codes + ", line 2: 'Student' is not a status", log, StringComparison.Ordinal);
    }
}
