using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Loads the outside reference results in shared/reference (see its README): NIST StRD, R fixest 0.12.1 and
/// the inference references (fixest 0.12.2, metafor 3.8-1).</summary>
internal static class ReferenceData
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<ColumnTable> Panel = new(() => ReadTable(Path.Combine(FixestDir, "panel_200k.csv"), ["office", "period"]));

    public static string FixestDir => Path.Combine(Root.Value, "fixest", "panel_200k");

    public static string NistDir => Path.Combine(Root.Value, "nist");

    /// <summary>Gets shared/reference/inference: R reference results for the wild cluster bootstrap (Part 1),
    /// metafor's random-effects meta-analysis (Part 2), lme4 variance components (Part 3) and funnel limits (Part 4); see its README.</summary>
    public static string InferenceDir => Path.Combine(Root.Value, "inference");

    /// <summary>panel_200k.csv: office and period as categorical columns (levels in ordinal order: "1", "10", "100", ...; fixest's
    /// first-row reference for the period effects follows the rows, not the codes), x1..x10 and y numeric.</summary>
    public static ColumnTable Panel200k => Panel.Value;

    /// <summary>Walks up from the test binaries to a folder holding shared/reference/README.md (the repository's
    /// sibling /work/shared in CI), and fails loudly when there is none.</summary>
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "reference"), Path.Combine(dir.FullName, "..", "shared", "reference") })
            {
                if (File.Exists(Path.Combine(candidate, "README.md")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new InvalidOperationException(
            $"Reference data not found: no folder 'shared/reference/README.md' above {AppContext.BaseDirectory}. The reference tests need the shared folder next to the repository.");
    }

    public static ColumnTable ReadTable(string path, IReadOnlyCollection<string> categorical)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = lines.Length - 1;
        var builder = new ColumnTableBuilder();
        for (var c = 0; c < header.Length; c++)
        {
            if (categorical.Contains(header[c]))
            {
                var labels = new string?[rows];
                for (var r = 0; r < rows; r++)
                {
                    labels[r] = Field(lines[r + 1], c);
                }

                builder.AddCategorical(header[c], labels);
            }
            else
            {
                var values = new double[rows];
                for (var r = 0; r < rows; r++)
                {
                    values[r] = double.Parse(Field(lines[r + 1], c), CultureInfo.InvariantCulture);
                }

                builder.AddNumeric(header[c], values);
            }
        }

        return builder.Build();
    }

    /// <summary>Reads a CSV with a header into columns by name (all numeric except the first column, kept as text).</summary>
    public static (string[] Keys, Dictionary<string, double[]> Columns) ReadKeyed(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var keys = new string[lines.Length - 1];
        var columns = header.Skip(1).ToDictionary(h => h, _ => new double[lines.Length - 1], StringComparer.Ordinal);
        for (var r = 1; r < lines.Length; r++)
        {
            var f = lines[r].Split(',');
            keys[r - 1] = f[0];
            for (var c = 1; c < header.Length; c++)
            {
                columns[header[c]][r - 1] = double.Parse(f[c], CultureInfo.InvariantCulture);
            }
        }

        return (keys, columns);
    }

    public static (double[] Fitted, double[] Residuals) ReadFittedResiduals()
    {
        using var file = File.OpenRead(Path.Combine(FixestDir, "feols_fitted_resid.csv.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine();
        var fitted = new List<double>();
        var resid = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            fitted.Add(double.Parse(f[1], CultureInfo.InvariantCulture));
            resid.Add(double.Parse(f[2], CultureInfo.InvariantCulture));
        }

        return ([.. fitted], [.. resid]);
    }

    public static JsonElement ReadJson(string path)
    {
        // Python writes Infinity for Wampler's F; the reader must accept it.
        var options = new JsonDocumentOptions { AllowTrailingCommas = true };
        var text = File.ReadAllText(path).Replace("Infinity", "1e308", StringComparison.Ordinal);
        return JsonDocument.Parse(text, options).RootElement.Clone();
    }

    private static string Field(string line, int index)
    {
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            start = line.IndexOf(',', start) + 1;
        }

        var end = line.IndexOf(',', start);
        return end < 0 ? line[start..] : line[start..end];
    }
}
