using System.Globalization;
using System.Text.Json;
using Indikator.Core.Tests.RiskAdjustment;

namespace Indikator.Core.Tests.Indicators.Variation;

/// <summary>
/// Loads Part 3 of shared/reference/inference (variance components, R lme4 1.1-31, made by make_inference_refs.R):
/// vc_balanced.csv and vc_unbalanced.csv (office, y), vc_reference.json (exact optimum and lme4's default fit),
/// vc_ranef.csv (conditional modes and variances per office).
/// </summary>
internal static class VcReference
{
    public static string Dir => Path.GetFullPath(Path.Combine(ReferenceData.FixestDir, "..", "..", "inference"));

    /// <summary>The design's rows: y and the office as a code in the sorted order of the office names (F01 = 0), as R's factor.</summary>
    public static (double[] Y, int[] Office, string[] Names) Design(string design)
    {
        var lines = File.ReadAllLines(Path.Combine(Dir, $"vc_{design}.csv"));
        var names = lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var code = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var y = new double[lines.Length - 1];
        var office = new int[lines.Length - 1];
        for (var r = 1; r < lines.Length; r++)
        {
            var parts = lines[r].Split(',');
            office[r - 1] = code[parts[0]];
            y[r - 1] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return (y, office, names);
    }

    public static JsonElement Json(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "vc_reference.json")));
        var element = document.RootElement.GetProperty("designs");
        foreach (var key in path)
        {
            element = element.GetProperty(key);
        }

        return element.Clone();
    }

    /// <summary>vc_ranef.csv rows of a design and method: office, n, ranef, condvar, ranef_lme4_default.</summary>
    public static (string Office, int N, double Ranef, double CondVar, double RanefLme4)[] Ranef(string design, string method)
        => [.. File.ReadAllLines(Path.Combine(Dir, "vc_ranef.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(p => p[0] == design && p[1] == method)
            .Select(p => (p[2], int.Parse(p[3], CultureInfo.InvariantCulture), double.Parse(p[4], CultureInfo.InvariantCulture),
                double.Parse(p[5], CultureInfo.InvariantCulture), double.Parse(p[6], CultureInfo.InvariantCulture)))];
}
