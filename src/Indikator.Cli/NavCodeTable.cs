using System.Globalization;
using Indikator.Core.Data;

namespace Indikator.Cli;

/// <summary>
/// The mapping from the codes in NAV's register extracts (formidlingsgruppe, kvalifiseringsgruppe, Arena tiltakskode) to
/// the library's statuses and programme names: the shipped table <c>Data/nav-codes.csv</c>, with the job's
/// <c>status.codes</c> file on top (same kind, code and need: replaced; otherwise added). Sources: docs/configuration.md.
/// </summary>
/// <remarks>Codes compare without regard to letter case or surrounding spaces. Immutable after loading.</remarks>
internal sealed class NavCodeTable
{
    /// <summary>The need code of a row that applies whatever the need code.</summary>
    public const string AnyNeed = "*";

    private const string ResourceName = "Indikator.Cli.nav-codes.csv";

    private static readonly Dictionary<string, RegisterStatus> StatusNames =
        Enum.GetValues<RegisterStatus>().ToDictionary(s => s.ToString(), s => s, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<(string Code, string Need), RegisterStatus> _statuses;
    private readonly Dictionary<string, string> _programmes;

    private NavCodeTable(Dictionary<(string, string), RegisterStatus> statuses, Dictionary<string, string> programmes)
    {
        _statuses = statuses;
        _programmes = programmes;
    }

    /// <summary>Gets the status codes the table knows (each code once, in ordinal order), for error messages.</summary>
    public IReadOnlyList<string> StatusCodes => [.. _statuses.Keys.Select(k => k.Code).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>Loads the shipped table and, when given, the job's file on top of it.</summary>
    /// <exception cref="RunInputException">The job's file is missing or has a bad row (named by file and line).</exception>
    public static NavCodeTable Load(string? overrides)
    {
        var statuses = new Dictionary<(string, string), RegisterStatus>(KeyComparer.Instance);
        var programmes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var stream = typeof(NavCodeTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing."))
        using (var reader = new StreamReader(stream))
        {
            Read(reader, "nav-codes.csv (shipped)", statuses, programmes);
        }

        if (overrides is not null)
        {
            if (!File.Exists(overrides))
            {
                throw new RunInputException($"status.codes: file not found: '{overrides}'.");
            }

            using var reader = new StreamReader(overrides);
            Read(reader, overrides, statuses, programmes);
        }

        return new NavCodeTable(statuses, programmes);
    }

    /// <summary>The status of a status code and need code: the row for both, else the code's row for any need.</summary>
    public bool TryStatus(string code, string? need, out RegisterStatus status)
    {
        code = code.Trim();
        if (!string.IsNullOrWhiteSpace(need) && _statuses.TryGetValue((code, need.Trim()), out status))
        {
            return true;
        }

        return _statuses.TryGetValue((code, AnyNeed), out status);
    }

    /// <summary>The programme name of a tiltakskode, or the code itself (trimmed) when the table has no row for it.</summary>
    public string Programme(string code, out bool known)
    {
        code = code.Trim();
        known = _programmes.TryGetValue(code, out var name);
        return known ? name! : code;
    }

    private static void Read(TextReader reader, string file, Dictionary<(string, string), RegisterStatus> statuses, Dictionary<string, string> programmes)
    {
        var header = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            // The source, last, may contain commas; the other fields may not.
            var fields = line.Split(',', 5);
            if (!header)
            {
                header = fields.Length >= 4 && fields[0].Trim() == "kind" && fields[1].Trim() == "code" && fields[2].Trim() == "need" && fields[3].Trim() == "value"
                    ? true
                    : throw Bad(file, lineNumber, "the header must be kind,code,need,value[,source].");
                continue;
            }

            if (fields.Length < 4)
            {
                throw Bad(file, lineNumber, "a row needs kind, code, need and value.");
            }

            var kind = fields[0].Trim();
            var code = fields[1].Trim();
            var need = fields[2].Trim();
            var value = fields[3].Trim();
            if (code.Length == 0 || value.Length == 0)
            {
                throw Bad(file, lineNumber, "code and value must not be empty.");
            }

            switch (kind)
            {
                case "status":
                    statuses[(code, need.Length == 0 ? AnyNeed : need)] = StatusNames.TryGetValue(value, out var status)
                        ? status
                        : throw Bad(file, lineNumber, $"'{value}' is not a status; use one of: {string.Join(", ", StatusNames.Keys)}.");
                    break;
                case "programme":
                    programmes[code] = need.Length == 0
                        ? value
                        : throw Bad(file, lineNumber, "a programme row has no need code; leave it empty.");
                    break;
                default:
                    throw Bad(file, lineNumber, $"kind '{kind}' is not status or programme.");
            }
        }
    }

    private static RunInputException Bad(string file, int line, string reason)
        => new(string.Create(CultureInfo.InvariantCulture, $"status.codes: {file}, line {line}: {reason}"));

    private sealed class KeyComparer : IEqualityComparer<(string Code, string Need)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Code, string Need) x, (string Code, string Need) y)
            => StringComparer.OrdinalIgnoreCase.Equals(x.Code, y.Code) && StringComparer.OrdinalIgnoreCase.Equals(x.Need, y.Need);

        public int GetHashCode((string Code, string Need) obj)
            => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Code), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Need));
    }
}
