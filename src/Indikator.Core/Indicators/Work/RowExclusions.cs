using Indikator.Core.Data;

namespace Indikator.Core.Indicators.Work;

/// <summary>Counts the rows each outcome's model leaves out, by reason (<see cref="RowExclusion"/>): one pass over the
/// model's columns per outcome, each row counted once, under the first missing column.</summary>
internal static class RowExclusions
{
    public static IReadOnlyList<RowExclusion> Count(PersonMonthPanel panel, WorkIndicatorOptions options)
    {
        var model = options.Model;
        var columns = new List<(string Name, Func<int, bool> Missing)>();
        foreach (var name in model.Numeric.Concat(model.Bands.Select(b => b.Column)).Concat(model.Deciles).Distinct(StringComparer.Ordinal))
        {
            if (panel.TryGetNumeric(name, out var column))
            {
                var values = column.Array;
                columns.Add((name, row => double.IsNaN(values[row])));
            }
        }

        foreach (var term in model.Categorical)
        {
            if (panel.TryGetCategorical(term.Column, out var column))
            {
                var codes = column.CodeArray;
                columns.Add((term.Column, row => codes[row] == CategoricalColumn.MissingCode));
            }
        }

        var result = new List<RowExclusion>();
        foreach (var outcome in options.Outcomes)
        {
            if (!panel.TryGetNumeric(outcome, out var outcomeColumn))
            {
                continue;
            }

            var y = outcomeColumn.Array;
            var missingOutcome = 0;
            var missing = new int[columns.Count];
            for (var row = 0; row < y.Length; row++)
            {
                if (double.IsNaN(y[row]))
                {
                    missingOutcome++;
                    continue;
                }

                for (var c = 0; c < columns.Count; c++)
                {
                    if (columns[c].Missing(row))
                    {
                        missing[c]++;
                        break;
                    }
                }
            }

            if (missingOutcome > 0)
            {
                result.Add(new RowExclusion(outcome, RowExclusionReason.OutcomeMissing, outcome, missingOutcome));
            }

            for (var c = 0; c < columns.Count; c++)
            {
                if (missing[c] > 0)
                {
                    result.Add(new RowExclusion(outcome, RowExclusionReason.CovariateMissing, columns[c].Name, missing[c]));
                }
            }
        }

        return result;
    }
}
