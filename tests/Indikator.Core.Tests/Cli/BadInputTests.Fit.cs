using System.Globalization;
using System.Text;

namespace Indikator.Core.Tests.Cli;

/// <summary>Bad and awkward inputs to <c>indikator fit</c>.</summary>
public sealed partial class BadInputTests
{
    private const int Ok = 0;
    private const int Usage = 2;
    private const int Data = 3;
    private const int Model = 4;
    private const int Output = 5;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly Dictionary<string, BadInputCase> FitCases = new(StringComparer.Ordinal)
    {
        // Usage errors: exit 2.
        ["fit: no --input"] = Fit(Usage, ["--input is required"], _ => ["--outcome", "y", "--covariates", "x1"]),
        ["fit: --covariates without a value"] = Fit(Usage, ["--covariates needs a value"], f => ["--input", Csv(f), "--outcome", "y", "--covariates"]),
        ["fit: empty name in --covariates"] = Fit(Usage, ["--covariates has an empty name"], f => ["--input", Csv(f), "--outcome", "y", "--covariates", "x1,,x2"]),
        ["fit: unknown argument"] = Fit(Usage, ["unknown argument '--bogus'"], f => [.. Basic(f), "--bogus"]),
        ["fit: outcome also a covariate"] = Fit(Usage, ["named more than once"], f => ["--input", Csv(f), "--outcome", "y", "--covariates", "y"]),
        ["fit: --vcov cluster without --cluster"] = Fit(Usage, ["--vcov cluster needs --cluster"], f => [.. Basic(f), "--vcov", "cluster"]),
        ["fit: three cluster columns"] = Fit(Usage, ["one or two columns"], f => [.. Basic(f), "--cluster", "office,period,c"]),
        ["fit: unknown --vcov"] = Fit(Usage, ["--vcov must be iid, hetero or cluster"], f => [.. Basic(f), "--vcov", "hc9"]),
        ["fit: unknown --delimiter"] = Fit(Usage, ["--delimiter must be"], f => [.. Basic(f), "--delimiter", "#"]),
        ["fit: unknown --encoding"] = Fit(Usage, ["--encoding must be utf-8, windows-1252 or latin1"], f => [.. Basic(f), "--encoding", "ebcdic"]),
        ["fit: --decimal-comma with comma delimiter"] = Fit(Usage, ["--decimal-comma needs another --delimiter"], f => [.. Basic(f), "--decimal-comma"]),
        ["fit: --collinearity-tolerance not a number"] = Fit(Usage, ["--collinearity-tolerance must be a number in (0, 1)"], f => [.. Basic(f), "--collinearity-tolerance", "small"]),
        ["fit: --collinearity-tolerance out of range"] = Fit(Usage, ["--collinearity-tolerance must be a number in (0, 1)"], f => [.. Basic(f), "--collinearity-tolerance", "2"]),
        ["fit: fixed effect also a covariate"] = Fit(Usage, ["cannot be both numeric"], f => ["--input", Csv(f), "--outcome", "y", "--covariates", "x1", "--fixed-effects", "x1"]),

        // Input data errors: exit 3, naming the file, the line and the column, never the value.
        ["fit: input file missing"] = Fit(Data, ["input file not found"], f => ["--input", Path.Combine(f.Path, "nope.csv"), "--outcome", "y", "--covariates", "x1"]),
        ["fit: empty file"] = Fit(Data, ["is empty"], f => ["--input", f.Write("e.csv", string.Empty), "--outcome", "y", "--covariates", "x1"]),
        ["fit: unknown outcome column"] = Fit(Data, ["unknown column 'yy' in --outcome", "y, x1, x2"], f => ["--input", Csv(f), "--outcome", "yy", "--covariates", "x1"]),
        ["fit: semicolon file read with commas"] = Fit(Data, ["looks ';'-separated", "--delimiter ';'"], f => ["--input", f.Write("s.csv", Rows().Replace(',', ';')), "--outcome", "y", "--covariates", "x1"]),
        ["fit: text in a covariate"] = Fit(Data, ["line 5, column 'x1': not a number"], f => Basic(f, Rows(edit: (r, v) => r == 3 ? v with { X1 = "Kari77" } : v)), "Kari77"),
        ["fit: text in the outcome"] = Fit(Data, ["line 12, column 'y': not a number"], f => Basic(f, Rows(edit: (r, v) => r == 10 ? v with { Y = "12 000" } : v)), "12 000"),
        ["fit: wrong number of fields"] = Fit(Data, ["line 4: wrong number of fields"], f => Basic(f, Rows(edit: (r, v) => r == 2 ? v with { C = "a,b" } : v))),
        ["fit: unterminated quote"] = Fit(Data, ["line 3, column 'office': unterminated quote"], f => Basic(f, Rows(edit: (r, v) => r == 1 ? v with { Office = "\"Oslo" } : v))),
        ["fit: text after a closing quote"] = Fit(Data, ["line 3", "closing quote"], f => Basic(f, Rows(edit: (r, v) => r == 1 ? v with { Office = "\"Oslo\"x" } : v))),
        ["fit: infinite covariate"] = Fit(Data, ["line 9, column 'x2'", "infinite"], f => Basic(f, Rows(edit: (r, v) => r == 7 ? v with { X2 = "Infinity" } : v))),
        ["fit: R-style -Inf outcome"] = Fit(Data, ["line 2, column 'y'", "infinite"], f => Basic(f, Rows(edit: (r, v) => r == 0 ? v with { Y = "-Inf" } : v))),
        ["fit: negative weight"] = Fit(Data, ["line 7, column 'w': weights must not be negative"], f => [.. Basic(f), "--weights", "w"], customCsv: Rows(edit: (r, v) => r == 5 ? v with { W = "-3.25" } : v), secret: "3.25"),
        ["fit: text weight"] = Fit(Data, ["line 3, column 'w': not a number"], f => [.. Basic(f), "--weights", "w"], customCsv: Rows(edit: (r, v) => r == 1 ? v with { W = "heavy" } : v), secret: "heavy"),
        ["fit: huge covariate near 1e308"] = Fit(Data, ["line 2, column 'x1'", "too large", "Rescale"], f => Basic(f, Rows(edit: (r, v) => v with { X1 = (1e307 * (1 + (r % 5))).ToString("R", CultureInfo.InvariantCulture) }))),
        ["fit: huge outcome 1e200"] = Fit(Data, ["column 'y'", "too large"], f => Basic(f, Rows(edit: (r, v) => r == 4 ? v with { Y = "1e200" } : v))),
        ["fit: Windows-1252 office read as UTF-8"] = Fit(Data, ["line 2, column 'office'", "not valid UTF-8", "--encoding windows-1252"], f => FixedEffects(f, f.WriteBytes("w.csv", Windows1252.GetBytes(Rows(office: r => r % 2 == 0 ? "Ås" : "Øs")))), "Ås"),
        ["fit: Windows-1252 header read as UTF-8"] = Fit(Data, ["line 1", "header is not valid UTF-8"], f => ["--input", f.WriteBytes("h.csv", Windows1252.GetBytes(Rows().Replace("x2", "x²", StringComparison.Ordinal))), "--outcome", "y", "--covariates", "x1"]),
        ["fit: decimal comma without the option"] = Fit(Data, ["line 3, column 'y': not a number"], f => ["--input", f.Write("d.csv", Rows(decimalComma: true)), "--outcome", "y", "--covariates", "x1", "--delimiter", ";"]),
        ["fit: a point with --decimal-comma"] = Fit(Data, ["line 3, column 'y'", "decimal comma"], f => ["--input", f.Write("p.csv", Rows().Replace(',', ';')), "--outcome", "y", "--covariates", "x1", "--delimiter", ";", "--decimal-comma"]),
        ["fit: only a header"] = Fit(Model, ["No row is left"], f => Basic(f, Rows().Split('\n')[0] + "\n")),

        // The model cannot be fitted: exit 4.
        ["fit: single cluster"] = Fit(Model, ["Cluster column 'c' has 1 cluster", "at least 2"], f => [.. Basic(f), "--cluster", "c"], customCsv: Rows(edit: (_, v) => v with { C = "only" })),
        ["fit: fixed effect with one level, clustered by default"] = Fit(Model, ["Cluster column 'office' has 1 cluster"], f => FixedEffects(f, f.Write("one.csv", Rows(office: _ => "Oslo")))),
        ["fit: every row missing"] = Fit(Model, ["No row is left"], f => Basic(f, Rows(edit: (_, v) => v with { X1 = "NA" }))),
        ["fit: fewer rows than coefficients"] = Fit(Model, ["leave no residual degrees of freedom"], f => Basic(f, Rows(rows: 3))),
        ["fit: the only covariate is zero"] = Fit(Model, ["every covariate was dropped"], f => ["--input", f.Write("z.csv", Rows(edit: (_, v) => v with { X1 = "0" })), "--outcome", "y", "--covariates", "x1", "--no-intercept"]),

        // Output errors: exit 5.
        ["fit: output into a missing folder"] = Fit(Output, ["cannot write"], f => [.. Basic(f), "--output", Path.Combine(f.Path, "no", "such", "folder", "fit.json")]),

        // Awkward but valid inputs: exit 0, honestly reported.
        ["fit: constant outcome"] = Fit(Ok, ["\"rSquared\": null", "\"stdError\": 0", "\"tValue\": null"], f => Basic(f, Rows(edit: (_, v) => v with { Y = "3" }))),
        ["fit: Windows-1252 with --encoding"] = Fit(Ok, ["\"level\": \"\\u00C5s\"", "\"level\": \"\\u00D8s\""], f => [.. FixedEffects(f, f.WriteBytes("w.csv", Windows1252.GetBytes(Rows(office: r => r % 2 == 0 ? "Ås" : "Øs")))), "--vcov", "iid", "--encoding", "windows-1252"]),
        ["fit: semicolons and decimal commas with options"] = Fit(Ok, ["\"estimate\""], f => ["--input", f.Write("d.csv", Rows(decimalComma: true)), "--outcome", "y", "--covariates", "x1", "--delimiter", ";", "--decimal-comma"]),
        ["fit: byte order mark and CRLF"] = Fit(Ok, ["\"estimate\""], f => Basic(f, "\uFEFF" + Rows().Replace("\n", "\r\n", StringComparison.Ordinal))),
        ["fit: NA and empty values are counted"] = Fit(Ok, ["\"missingValueRows\": 2"], f => Basic(f, Rows(edit: (r, v) => r == 2 ? v with { X1 = "NA" } : r == 4 ? v with { Y = string.Empty } : v))),
        ["fit: first covariate zero with an intercept is named, not 'collinear with the covariates before it'"] = Fit(Ok, ["\"x1\"", "collinear with the intercept"], f => ["--input", f.Write("z.csv", Rows(edit: (_, v) => v with { X1 = "0" })), "--outcome", "y", "--covariates", "x1,x2"]),
    };

    private static BadInputCase Fit(int code, string[] fragments, Func<Folder, string[]> arguments, string? secret = null)
        => new(code, fragments) { Arguments = arguments, Secret = secret };

    private static BadInputCase Fit(int code, string[] fragments, Func<Folder, string[]> arguments, string customCsv, string? secret = null)
        => new(code, fragments) { Arguments = f => Replace(arguments(f), Csv(f), f.Write("custom.csv", customCsv)), Secret = secret };

    private static string[] Replace(string[] args, string from, string to) => [.. args.Select(a => a == from ? to : a)];

    private static string Csv(Folder f) => f.Write("fit.csv", Rows());

    private static string[] Basic(Folder f) => ["--input", Csv(f), "--outcome", "y", "--covariates", "x1,x2"];

    private static string[] Basic(Folder f, string csv) => ["--input", f.Write("case.csv", csv), "--outcome", "y", "--covariates", "x1,x2"];

    private static string[] FixedEffects(Folder f, string path) => ["--input", path, "--outcome", "y", "--covariates", "x1", "--fixed-effects", "office"];

    /// <summary>A small valid data set: y depends on x1, x2 and the office; 4 offices, 3 periods, clusters c.</summary>
    private static string Rows(int rows = 40, Func<int, RowValues, RowValues>? edit = null, Func<int, string>? office = null, bool decimalComma = false)
    {
        var sb = new StringBuilder("y,x1,x2,w,office,period,c\n");
        for (var r = 0; r < rows; r++)
        {
            var x1 = ((r * 37) % 11) / 2.0;
            var x2 = ((r * 13) % 7) - 3.0;
            var y = 1 + (2 * x1) - x2 + (r % 4) + (((r * 29) % 5) / 10.0);
            var values = new RowValues(F(y), F(x1), F(x2), "1", office?.Invoke(r) ?? "office" + (r % 4), "2024-0" + (1 + (r % 3)), "c" + (r % 6));
            values = edit?.Invoke(r, values) ?? values;
            var line = $"{values.Y},{values.X1},{values.X2},{values.W},{values.Office},{values.Period},{values.C}";
            sb.Append(decimalComma ? line.Replace(',', ';').Replace('.', ',') : line).Append('\n');
        }

        return decimalComma ? sb.ToString().Replace("y,x1,x2,w,office,period,c", "y;x1;x2;w;office;period;c", StringComparison.Ordinal) : sb.ToString();

        static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
    }

    private sealed record RowValues(string Y, string X1, string X2, string W, string Office, string Period, string C);
}
