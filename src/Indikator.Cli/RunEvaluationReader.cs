using System.Globalization;
using System.Text.Json;
using Indikator.Core.Data;
using Indikator.Core.Evaluation;

namespace Indikator.Cli;

/// <summary>Reads the <c>evaluation</c> object of an <c>indikator evaluate</c> job file into a <see cref="TrialSpec"/>
/// (format: docs/configuration.md, "The evaluation object"). Everything that can be checked without the data is checked
/// here, and every message names the JSON path of the field; whether an office is in the data and a start inside it is
/// found when the evaluation runs.</summary>
internal static class RunEvaluationReader
{
    private const string Root = "evaluation";

    /// <summary>Reads the object.</summary>
    /// <param name="element">The <c>evaluation</c> value.</param>
    /// <param name="outcomes">The job's outcomes: the evaluated outcome must be one of them.</param>
    /// <exception cref="RunConfigException">A field is wrong.</exception>
    public static TrialSpec Read(JsonElement element, IReadOnlyList<string> outcomes)
    {
        RunJobReader.Object(element, Root, "outcome", "trials", "controls", "matching", "leads", "lags", "confidenceLevel", "bootstrapReplications", "seed");
        var fallback = outcomes.Contains("jobb3", StringComparer.Ordinal) ? "jobb3" : outcomes[0];
        var outcome = RunJobReader.Text(element, Root, "outcome", fallback)!;
        if (!outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            throw new RunConfigException($"evaluation.outcome: '{outcome}' is not among the job's outcomes ({string.Join(", ", outcomes)}); add it to outcomes.");
        }

        var trials = Trials(RunJobReader.Required(element, Root, "trials"));
        var spec = new TrialSpec(trials) { Outcome = outcome };
        if (element.TryGetProperty("controls", out var controls))
        {
            if (element.TryGetProperty("matching", out _))
            {
                throw new RunConfigException("evaluation.matching: controls are matched only when evaluation.controls is not given; remove one of them.");
            }

            spec = spec with { Controls = Controls(controls, trials) };
        }
        else if (element.TryGetProperty("matching", out var matching))
        {
            RunJobReader.Object(matching, "evaluation.matching", "controlsPerTrialOffice", "months");
            spec = spec with
            {
                ControlsPerTrialOffice = Whole(matching, "evaluation.matching", "controlsPerTrialOffice", 1, spec.ControlsPerTrialOffice),
                MatchingMonths = Whole(matching, "evaluation.matching", "months", 2, spec.MatchingMonths),
            };
        }

        return spec with
        {
            Leads = Whole(element, Root, "leads", 2, spec.Leads),
            Lags = Whole(element, Root, "lags", 1, spec.Lags),
            BootstrapReplications = Whole(element, Root, "bootstrapReplications", 99, spec.BootstrapReplications),
            ConfidenceLevel = Level(element, spec.ConfidenceLevel),
            Seed = Seed(element, spec.Seed),
        };
    }

    private static List<TrialOffice> Trials(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new RunConfigException("evaluation.trials: must be a non-empty array of { \"office\": ..., \"start\": \"yyyy-MM\" }.");
        }

        var trials = new List<TrialOffice>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"evaluation.trials[{index}]");
            RunJobReader.Object(item, path, "office", "start");
            var office = RunJobReader.Text(item, path, "office", null)!;
            var text = RunJobReader.Text(item, path, "start", null)!;
            if (!YearMonth.TryParse(text, CultureInfo.InvariantCulture, out var start))
            {
                throw new RunConfigException($"{path}.start: '{text}' is not a month in the form yyyy-MM.");
            }

            if (trials.Any(t => t.Office == office))
            {
                throw new RunConfigException($"{path}.office: '{office}' is listed more than once.");
            }

            trials.Add(new TrialOffice(office, start));
            index++;
        }

        return trials;
    }

    private static List<string> Controls(JsonElement value, IReadOnlyList<TrialOffice> trials)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new RunConfigException("evaluation.controls: must be a non-empty array of office names; leave it out to let the offices be matched.");
        }

        var controls = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"evaluation.controls[{index}]");
            var office = item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())
                ? item.GetString()!.Trim()
                : throw new RunConfigException($"{path}: must be a non-empty string, not {RunJobReader.Kind(item)}.");
            if (trials.Any(t => t.Office == office))
            {
                throw new RunConfigException($"{path}: '{office}' is a trial office; a control is never in the trial.");
            }

            if (controls.Contains(office, StringComparer.Ordinal))
            {
                throw new RunConfigException($"{path}: '{office}' is listed more than once.");
            }

            controls.Add(office);
            index++;
        }

        return controls;
    }

    private static int Whole(JsonElement parent, string path, string name, int minimum, int fallback)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= minimum
            ? number
            : throw new RunConfigException(string.Create(CultureInfo.InvariantCulture, $"{RunJobReader.Join(path, name)}: must be a whole number of at least {minimum}, not {value.GetRawText()}."));
    }

    private static double Level(JsonElement parent, double fallback)
    {
        if (!parent.TryGetProperty("confidenceLevel", out var value))
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var level) && level is > 0 and < 1
            ? level
            : throw new RunConfigException($"evaluation.confidenceLevel: must be a number between 0 and 1 (such as 0.95), not {value.GetRawText()}.");
    }

    private static long Seed(JsonElement parent, long fallback)
    {
        if (!parent.TryGetProperty("seed", out var value))
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seed)
            ? seed
            : throw new RunConfigException($"evaluation.seed: must be a whole number, not {value.GetRawText()}.");
    }
}
