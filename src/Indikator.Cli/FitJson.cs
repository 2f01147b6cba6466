using System.Text;
using System.Text.Json;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Cli;

/// <summary>Writes a fit as the JSON document of the <c>indikator fit</c> contract (camelCase, numbers in shortest
/// round-trip form; a number that is not finite is written as null).</summary>
internal static class FitJson
{
    public static string Write(LinearModelResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("observations", result.ObservationCount);
            json.WriteStartArray("coefficients");
            foreach (var c in result.Coefficients)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                Number(json, "estimate", c.Estimate);
                Number(json, "stdError", c.StandardError);
                Number(json, "tValue", c.TStatistic);
                Number(json, "pValue", c.PValue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("vcov", result.CovarianceDescription);
            Number(json, "residualStandardError", result.Sigma);
            Number(json, "rSquared", result.RSquared);
            Number(json, "adjustedRSquared", result.AdjustedRSquared);
            Number(json, "withinRSquared", result.WithinRSquared);
            json.WriteStartObject("fixedEffects");
            foreach (var fe in result.FixedEffects)
            {
                json.WriteStartArray(fe.Name);
                for (var i = 0; i < fe.Levels.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("level", fe.Levels[i]);
                    Number(json, "estimate", fe.Values[i]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            var sample = result.Sample;
            json.WriteStartObject("dropped");
            json.WriteNumber("missingValueRows", sample.MissingRows);
            json.WriteNumber("zeroWeightRows", sample.ZeroWeightRows);
            json.WriteNumber("singletonRows", sample.SingletonsDropped ? sample.SingletonRows : 0);
            json.WriteStartArray("coefficients");
            foreach (var d in result.Dropped)
            {
                json.WriteStartObject();
                json.WriteString("name", d.Name);
                json.WriteString("reason", Reason(d.Reason));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteNumber("iterations", result.Absorption.Iterations);
            json.WriteBoolean("converged", result.Absorption.Converged);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Reason(DropReason reason) => reason switch
    {
        DropReason.CollinearWithFixedEffects => "collinear with the fixed effects (constant within their levels)",
        DropReason.ZeroColumn => "zero in every used row",
        DropReason.CollinearWithIntercept => "constant, so collinear with the intercept",
        _ => "collinear with the covariates before it",
    };
}
