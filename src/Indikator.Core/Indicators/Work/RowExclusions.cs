using Indikator.Core.Data;

namespace Indikator.Core.Indicators.Work;

/// <summary>Counts the rows each outcome's model leaves out, by reason (<see cref="RowExclusion"/>): each row is counted
/// once, under the outcome when it is missing, else under the first of the model's columns it lacks.</summary>
/// <remarks>The first missing column of each row is found once, in one pass per column, and shared by the outcomes, so
/// the cost is O(rows x (columns + outcomes)) without a call per value.</remarks>
internal static class RowExclusions
{
    private const short None = -1;

    public static IReadOnlyList<RowExclusion> Count(PersonMonthPanel panel, WorkIndicatorOptions options)
    {
        var model = options.Model;
        var names = new List<string>();
        var first = new short[panel.RowCount];
        Array.Fill(first, None);
        foreach (var name in model.Numeric.Concat(model.Bands.Select(b => b.Column)).Concat(model.Deciles).Distinct(StringComparer.Ordinal))
        {
            if (panel.TryGetNumeric(name, out var column))
            {
                var index = (short)names.Count;
                names.Add(name);
                var values = column.Array;
                for (var row = 0; row < values.Length; row++)
                {
                    if (first[row] == None && double.IsNaN(values[row]))
                    {
                        first[row] = index;
                    }
                }
            }
        }

        foreach (var term in model.Categorical)
        {
            if (panel.TryGetCategorical(term.Column, out var column))
            {
                var index = (short)names.Count;
                names.Add(term.Column);
                var codes = column.CodeArray;
                for (var row = 0; row < codes.Length; row++)
                {
                    if (first[row] == None && codes[row] == CategoricalColumn.MissingCode)
                    {
                        first[row] = index;
                    }
                }
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
            var missing = new int[names.Count];
            for (var row = 0; row < y.Length; row++)
            {
                if (double.IsNaN(y[row]))
                {
                    missingOutcome++;
                }
                else if (first[row] != None)
                {
                    missing[first[row]]++;
                }
            }

            if (missingOutcome > 0)
            {
                result.Add(new RowExclusion(outcome, RowExclusionReason.OutcomeMissing, outcome, missingOutcome));
            }

            for (var c = 0; c < names.Count; c++)
            {
                if (missing[c] > 0)
                {
                    result.Add(new RowExclusion(outcome, RowExclusionReason.CovariateMissing, names[c], missing[c]));
                }
            }
        }

        return result;
    }
}
