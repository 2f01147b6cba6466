using Indikator.Cli;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Cli;

public sealed class NavCodeTableTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-codes-" + Guid.NewGuid().ToString("N"));

    public NavCodeTableTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    // formidlingsgruppe, kvalifiseringsgruppe -> status, from the shipped rows (docs/configuration.md):
    [InlineData("ARBS", null, RegisterStatus.JobSeeker)] // arbeidssøker, need unknown: the ARBS,* row
    [InlineData("ARBS", "IKVAL", RegisterStatus.JobSeeker)] // standard innsats: no specific row, ARBS,*
    [InlineData("ARBS", "BFORM", RegisterStatus.JobSeeker)] // situasjonsbestemt innsats: ARBS,*
    [InlineData("ARBS", "BATT", RegisterStatus.ReducedWorkCapacity)] // spesielt tilpasset innsats
    [InlineData("IARBS", "VARIG", RegisterStatus.ReducedWorkCapacity)] // varig tilpasset innsats, not a job seeker
    [InlineData("IARBS", "IKVAL", RegisterStatus.NotRegistered)] // followed up, but neither status
    [InlineData("ISERV", "BATT", RegisterStatus.NotRegistered)] // no service need: no ISERV,BATT row, ISERV,*
    [InlineData(" arbs ", "batt", RegisterStatus.ReducedWorkCapacity)] // letter case and spaces do not matter
    [InlineData("JobSeeker", null, RegisterStatus.JobSeeker)] // the library's own names still work
    public void Status_codes_map_to_statuses(string code, string? need, RegisterStatus expected)
    {
        Assert.True(NavCodeTable.Load(null).TryStatus(code, need, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void An_unknown_status_code_is_not_mapped()
        => Assert.False(NavCodeTable.Load(null).TryStatus("STUD", null, out _));

    [Fact]
    public void Tiltakskoder_map_to_programme_names_and_unknown_codes_keep_their_name()
    {
        var table = NavCodeTable.Load(null);
        Assert.Equal("AFT", table.Programme("ARBFORB", out var known));
        Assert.True(known);
        Assert.Equal("VTA", table.Programme("VASV", out _));
        Assert.Equal("Avklaring", table.Programme("avklarag", out _));
        Assert.Equal("KiA", table.Programme(" KiA ", out known));
        Assert.False(known);
    }

    [Fact]
    public void A_job_file_replaces_rows_with_the_same_key_and_adds_new_ones()
    {
        // ARBS,* becomes NotRegistered (replaced); ARBS,BATT keeps its shipped row; STUD is added; a programme is renamed.
        var path = Path.Combine(_folder, "codes.csv");
        File.WriteAllLines(path, ["# local", "kind,code,need,value,source", "status,ARBS,*,NotRegistered,test", "status,STUD,,NotRegistered,test", "programme,VASV,,Varig tilrettelagt arbeid,test"]);
        var table = NavCodeTable.Load(path);
        Assert.True(table.TryStatus("ARBS", "IKVAL", out var status));
        Assert.Equal(RegisterStatus.NotRegistered, status);
        Assert.True(table.TryStatus("ARBS", "BATT", out status));
        Assert.Equal(RegisterStatus.ReducedWorkCapacity, status);
        Assert.True(table.TryStatus("stud", null, out status));
        Assert.Equal(RegisterStatus.NotRegistered, status);
        Assert.Equal("Varig tilrettelagt arbeid", table.Programme("VASV", out _));
    }

    [Theory]
    [InlineData("code,kind,need,value", "line 1: the header must be kind,code,need,value[,source].")]
    [InlineData("kind,code,need,value\nstatus,X,*,Student", "line 2: 'Student' is not a status")]
    [InlineData("kind,code,need,value\ntiltak,X,,Y", "line 2: kind 'tiltak' is not status or programme.")]
    [InlineData("kind,code,need,value\nprogramme,X,BATT,Y", "line 2: a programme row has no need code; leave it empty.")]
    [InlineData("kind,code,need,value\nstatus,X", "line 2: a row needs kind, code, need and value.")]
    public void A_bad_job_file_names_the_file_and_line(string text, string message)
    {
        var path = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(path, text);
        var e = Assert.Throws<RunInputException>(() => NavCodeTable.Load(path));
        Assert.Contains("status.codes: " + path + ", " + message, e.Message, StringComparison.Ordinal);
    }
}
