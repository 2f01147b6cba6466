using System.Globalization;
using System.Text;
using System.Text.Json;
using Indikator.Cli;

namespace Indikator.Core.Tests.Cli;

/// <summary>
/// The bad-input suite of issue 14: about a hundred bad or awkward inputs to <c>indikator fit</c> and <c>indikator run</c>,
/// each with the exit code docs/cli.md gives it and a fragment of the message. None may crash (exit 1 or a stack trace),
/// and no message may quote a data value that the case planted (<see cref="BadInputCase.Secret"/>). Library cases are in
/// <see cref="LibraryBadInputTests"/>.
/// </summary>
public sealed partial class BadInputTests : IClassFixture<RunCommandTests.SyntheticFiles>, IDisposable
{
    private readonly RunCommandTests.SyntheticFiles _data;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-bad-" + Guid.NewGuid().ToString("N"));

    public BadInputTests(RunCommandTests.SyntheticFiles data)
    {
        _data = data;
        Directory.CreateDirectory(_folder);
    }

    public static TheoryData<string> FitCaseNames => [.. FitCases.Keys];

    public static TheoryData<string> RunCaseNames => [.. RunCases.Keys];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_suite_has_at_least_sixty_distinct_cases()
    {
        var total = FitCases.Count + RunCases.Count + LibraryBadInputTests.Cases.Count;
        Assert.True(total >= 60, $"{total} cases");
        Assert.Equal(FitCases.Count + RunCases.Count, FitCases.Keys.Concat(RunCases.Keys).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(FitCaseNames))]
    public void Fit_bad_input(string name)
    {
        var c = FitCases[name];
        var args = c.Arguments(new Folder(_folder));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = FitCommand.Run(args, stdout, stderr);
        Check(c, code, stdout + stderr.ToString());
    }

    [Theory]
    [MemberData(nameof(RunCaseNames))]
    public void Run_bad_input(string name)
    {
        var c = RunCases[name];
        var job = c.Job(new RunFolder(_folder, _data));
        using var stderr = new StringWriter();
        var code = RunCommand.Run(["--config", job, .. c.Extra], stderr);
        Check(c, code, stderr.ToString());
    }

    private static void Check(BadInputCase c, int code, string output)
    {
        Assert.True(c.ExitCode == code, $"exit {code}, expected {c.ExitCode}:\n{output}");
        foreach (var fragment in c.Fragments)
        {
            Assert.True(output.Contains(fragment, StringComparison.Ordinal), $"'{fragment}' not in:\n{output}");
        }

        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        if (c.Secret is { } secret)
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    /// <summary>One bad input: how to make it, the exit code and message fragments expected, and a planted value that must not be echoed.</summary>
    public sealed record BadInputCase(int ExitCode, string[] Fragments)
    {
        public Func<Folder, string[]> Arguments { get; init; } = _ => [];

        public Func<RunFolder, string> Job { get; init; } = _ => string.Empty;

        public string[] Extra { get; init; } = [];

        public string? Secret { get; init; }
    }

    /// <summary>A scratch folder for the files of one case.</summary>
    public sealed class Folder(string path)
    {
        public string Path { get; } = path;

        public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

        public string WriteBytes(string name, byte[] bytes)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(file, bytes);
            return file;
        }
    }

    /// <summary>A scratch folder and the synthetic run inputs, with helpers that change one field of one line.</summary>
    public sealed class RunFolder(string path, RunCommandTests.SyntheticFiles data)
    {
        public Folder Files { get; } = new(path);

        public string Stock => data.Stock;

        public string Employment => data.Employment;

        public string LastMonth => data.LastMonth;

        /// <summary>Copies a CSV file with <paramref name="change"/> applied to the fields of each data line (0-based data row).</summary>
        public string Edit(string source, string name, Action<string[], int, Func<string, int>> change, int? keepRows = null)
        {
            var lines = File.ReadAllLines(source);
            var header = lines[0].Split(',');
            int Col(string column) => Array.IndexOf(header, column);
            var output = new List<string> { lines[0] };
            for (var i = 1; i < lines.Length && (keepRows is null || i <= keepRows); i++)
            {
                var fields = lines[i].Split(',');
                change(fields, i - 1, Col);
                output.Add(string.Join(',', fields));
            }

            var file = System.IO.Path.Combine(Files.Path, name);
            File.WriteAllLines(file, output);
            return file;
        }

        /// <summary>Copies a CSV file with its first data line written twice (the same person and month).</summary>
        public string DuplicateFirstRow(string source, string name)
        {
            var lines = File.ReadAllLines(source).ToList();
            lines.Insert(2, lines[1]);
            var file = System.IO.Path.Combine(Files.Path, name);
            File.WriteAllLines(file, lines);
            return file;
        }

        /// <summary>Re-encodes a UTF-8 file in Windows-1252, as Norwegian Excel saves "CSV".</summary>
        public static string Latin(string path)
        {
            File.WriteAllBytes(path, Windows1252.GetBytes(File.ReadAllText(path)));
            return path;
        }

        /// <summary>Copies a CSV file with semicolons between fields and decimal commas in numbers.</summary>
        public string Semicolons(string source, string name)
            => Files.Write(name, File.ReadAllText(source).Replace(',', ';').Replace('.', ','));

        /// <summary>The job file of the run tests' default job, with the given stock and employment files.</summary>
        public string WriteJob(string? stock = null, string? employment = null, string? extra = null, string? month = null, string? columns = null)
        {
            var json = $$"""
            {
              "stock": { "file": {{Quote(stock ?? Stock)}}, "personKey": "person_key", "period": "period", "columns": { {{columns ?? "\"office\": \"office\""}} } },
              "employment": { "file": {{Quote(employment ?? Employment)}}, "earnings": "earnings" },
              {{extra ?? string.Empty}}
              "lastCompleteMonth": "{{month ?? LastMonth}}",
              "minimumPersons": 5,
              "output": { "directory": "out", "formats": ["json"] },
            }
            """;
            return Files.Write("job.json", json);
        }

        private static string Quote(string text) => JsonSerializer.Serialize(text);
    }

    private static string L(int line) => line.ToString(CultureInfo.InvariantCulture);
}
