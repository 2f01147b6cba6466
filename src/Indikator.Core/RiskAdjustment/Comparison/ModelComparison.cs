using System.Globalization;
using System.Text;
using Indikator.Core.Internal;
using Indikator.Core.Reporting;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// Several fitted models side by side, like fixest's <c>etable</c> or statsmodels' <c>summary_col</c>: one column per
/// model; per coefficient the estimate (with significance stars) and below it the standard error, interval or t
/// statistic; then the fixed effects, the standard errors' type, the observations, R² and within R².
/// </summary>
/// <remarks>
/// <para>Coefficients are listed in the order they first appear, model by model; a coefficient a model does not have
/// (or dropped as collinear) is left empty in that column. Stars and intervals use each model's own covariance and
/// t distribution, as in the model's <see cref="LinearModelResult.Summary"/>.</para>
/// <para><see cref="ToText"/> gives the table as aligned text; <see cref="ToReportTable"/> gives a
/// <see cref="ReportTable"/> that the report writers turn into HTML, CSV, JSON or an Excel sheet, and that a notebook
/// displays.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ModelComparison
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private readonly string[] _names;
    private readonly LinearModelResult[] _models;
    private readonly string[][] _rows;
    private readonly string[] _notes;

    private ModelComparison(string[] names, LinearModelResult[] models, ModelComparisonOptions options)
    {
        _names = names;
        _models = models;
        Options = options;
        Terms = [.. models.SelectMany(m => m.CoefficientNames).Distinct(StringComparer.Ordinal)];
        _rows = [.. BuildRows()];
        _notes = [.. BuildNotes()];
    }

    /// <summary>Gets the models' names, one per column.</summary>
    public IReadOnlyList<string> ModelNames => _names.AsReadOnly();

    /// <summary>Gets the coefficients in the order they first appear.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Gets the options.</summary>
    public ModelComparisonOptions Options { get; }

    /// <summary>Builds the comparison.</summary>
    /// <param name="models">The models and their column names, in column order.</param>
    /// <param name="options">The options, or null for <see cref="ModelComparisonOptions.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> or a model is null.</exception>
    /// <exception cref="ArgumentException">There is no model, a name is empty or repeats, or an option is out of range.</exception>
    public static ModelComparison Create(IEnumerable<(string Name, LinearModelResult Model)> models, ModelComparisonOptions? options = null)
    {
        Guard.NotNull(models);
        options ??= ModelComparisonOptions.Default;
        var list = models.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A comparison needs at least one model.", nameof(models));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, model) in list)
        {
            Guard.NotNull(model, nameof(models));
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name))
            {
                throw new ArgumentException($"Model names must be non-empty and distinct; '{name}' is not.", nameof(models));
            }
        }

        if (options.Decimals is < 0 or > 15)
        {
            throw new ArgumentException($"Decimals must be between 0 and 15, not {options.Decimals}.", nameof(options));
        }

        if (!(options.ConfidenceLevel is > 0 and < 1))
        {
            throw new ArgumentException($"ConfidenceLevel must be in (0, 1), not {options.ConfidenceLevel}.", nameof(options));
        }

        return new ModelComparison([.. list.Select(m => m.Name)], [.. list.Select(m => m.Model)], options);
    }

    /// <summary>The table as a <see cref="ReportTable"/>: a text column of row labels and one text column per model,
    /// so that every writer shows the numbers exactly as <see cref="ToText"/> does.</summary>
    /// <param name="title">The table's title.</param>
    /// <param name="description">A description shown below the title, or null for none.</param>
    /// <returns>The table.</returns>
    public ReportTable ToReportTable(string title = "Model comparison", string? description = null)
    {
        var builder = new ReportTableBuilder(title);
        if (description is not null)
        {
            builder.WithDescription(description);
        }

        builder.AddColumn("term", Words.Term, ReportColumnKind.Text);
        for (var m = 0; m < _names.Length; m++)
        {
            builder.AddColumn("model_" + (m + 1).ToString(C), _names[m], ReportColumnKind.Text);
        }

        foreach (var row in _rows)
        {
            builder.AddRow([.. row.Select(cell => cell.Length == 0 ? ReportCell.NotAvailable : ReportCell.FromText(cell))]);
        }

        foreach (var note in _notes)
        {
            builder.AddNote(note);
        }

        return builder.Build();
    }

    /// <summary>The table as aligned plain text with its notes, for a console or a log.</summary>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public string ToText()
    {
        string[] header = [string.Empty, .. _names];
        var widths = new int[header.Length];
        foreach (var row in _rows.Prepend(header))
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var text = new StringBuilder();
        var rule = new string('-', widths.Sum() + (2 * (widths.Length - 1)));
        Line(text, header, widths);
        text.Append(rule).Append('\n');
        var termRows = 2 * Terms.Count;
        for (var r = 0; r < _rows.Length; r++)
        {
            if (r == termRows)
            {
                text.Append(rule).Append('\n');
            }

            Line(text, _rows[r], widths);
        }

        text.Append(rule).Append('\n');
        foreach (var note in _notes)
        {
            text.Append(note).Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc cref="ToText"/>
    public override string ToString() => ToText();

    private static void Line(StringBuilder text, string[] row, int[] widths)
    {
        text.Append(row[0].PadRight(widths[0]));
        for (var c = 1; c < row.Length; c++)
        {
            text.Append("  ").Append(row[c].PadLeft(widths[c]));
        }

        text.Append('\n');
    }

    private IEnumerable<string[]> BuildRows()
    {
        var intervals = _models.Select(m => m.ConfidenceIntervals(Options.ConfidenceLevel).ToDictionary(i => i.Name, StringComparer.Ordinal)).ToArray();
        var coefficients = _models.Select(m => m.Coefficients.ToDictionary(c => c.Name, StringComparer.Ordinal)).ToArray();
        foreach (var term in Terms)
        {
            var estimate = new string[_models.Length + 1];
            var below = new string[_models.Length + 1];
            estimate[0] = Label(term);
            below[0] = string.Empty;
            for (var m = 0; m < _models.Length; m++)
            {
                if (!coefficients[m].TryGetValue(term, out var c))
                {
                    estimate[m + 1] = below[m + 1] = string.Empty;
                    continue;
                }

                estimate[m + 1] = Number(c.Estimate) + (Options.Stars ? Stars(c.PValue) : string.Empty);
                below[m + 1] = Options.Statistic switch
                {
                    ModelComparisonStatistic.ConfidenceInterval => $"[{Number(intervals[m][term].Lower)}, {Number(intervals[m][term].Upper)}]",
                    ModelComparisonStatistic.TStatistic => $"({Number(c.TStatistic)})",
                    _ => $"({Number(c.StandardError)})",
                };
            }

            yield return estimate;
            yield return below;
        }

        foreach (var fe in _models.SelectMany(m => m.FixedEffects.Select(f => f.Name)).Distinct(StringComparer.Ordinal))
        {
            yield return [$"{Words.FixedEffect}: {Label(fe)}", .. _models.Select(m => m.FixedEffects.Any(f => f.Name == fe) ? Words.Yes : Words.No)];
        }

        yield return [Words.StandardErrors, .. _models.Select(m => ShortCovariance(m.Covariance))];
        yield return [Words.Observations, .. _models.Select(m => m.ObservationCount.ToString("N0", C))];
        yield return ["R²", .. _models.Select(m => Number(m.RSquared))];
        if (_models.Any(m => m.WithinRSquared is not null))
        {
            yield return [Words.WithinRSquared, .. _models.Select(m => m.WithinRSquared is { } w ? Number(w) : string.Empty)];
        }
    }

    private IEnumerable<string> BuildNotes()
    {
        yield return Options.Statistic switch
        {
            ModelComparisonStatistic.ConfidenceInterval => string.Format(C, Words.IntervalNote, Options.ConfidenceLevel),
            ModelComparisonStatistic.TStatistic => Words.TNote,
            _ => Words.StandardErrorNote,
        };
        if (Options.Stars)
        {
            yield return Words.Significance;
        }

        for (var m = 0; m < _models.Length; m++)
        {
            yield return $"{_names[m]}: {_models[m].CovarianceDescription}.";
        }
    }

    private string Number(double value) =>
        double.IsNaN(value) ? "NaN" : value.ToString("F" + Options.Decimals.ToString(C), C);

    private static string Stars(double p) => p switch
    {
        < 0.001 => "***",
        < 0.01 => "**",
        < 0.05 => "*",
        _ => string.Empty,
    };

    private string ShortCovariance(CovarianceSpec spec) => spec.Type switch
    {
        CovarianceType.Iid => "IID",
        CovarianceType.Robust => spec.RobustType.ToString(),
        _ => Words.Clustered + " (" + string.Join(", ", spec.Clusters.Select(Label)) + ")",
    };

    private string Label(string name) => Options.Labels.TryGetValue(name, out var label) ? label : name;

    private ComparisonWords Words => Options.Language == ReportLanguage.Norwegian ? ComparisonWords.Norwegian : ComparisonWords.English;
}

/// <summary>The words of a <see cref="ModelComparison"/> in one language.</summary>
internal sealed record ComparisonWords(
    string Term, string FixedEffect, string Yes, string No, string StandardErrors, string Observations, string WithinRSquared,
    string IntervalNote, string TNote, string StandardErrorNote, string Significance, string Clustered)
{
    public static ComparisonWords English { get; } = new(
        "Term", "Fixed effect", "Yes", "No", "Standard errors", "Observations", "Within R²",
        "{0:P0} confidence intervals in brackets.", "t statistics in parentheses.", "Standard errors in parentheses.",
        "Significance: *** p < 0.001, ** p < 0.01, * p < 0.05.", "Clustered");

    public static ComparisonWords Norwegian { get; } = new(
        "Ledd", "Faste effekter", "Ja", "Nei", "Standardfeil", "Observasjoner", "R² innenfor",
        "{0:P0} konfidensintervall i hakeparentes.", "t-verdier i parentes.", "Standardfeil i parentes.",
        "Signifikans: *** p < 0,001, ** p < 0,01, * p < 0,05.", "Klynget");
}
