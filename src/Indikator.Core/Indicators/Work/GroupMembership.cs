using System.Globalization;
using Indikator.Core.Data;

namespace Indikator.Core.Indicators.Work;

/// <summary>Evaluates one condition of a priority group over the panel's rows, validating it against the panel first.</summary>
internal static class GroupMembership
{
    /// <summary>Clears <paramref name="inGroup"/> for the rows where condition <paramref name="index"/> of <paramref name="group"/> does not hold.</summary>
    /// <exception cref="ArgumentException">The column is missing, of the wrong kind, or a category is not one of its levels (the message names the group and the condition).</exception>
    public static void Apply(PriorityGroup group, int index, PersonMonthPanel panel, bool[] inGroup)
    {
        var condition = group.Conditions[index];
        var where = string.Create(CultureInfo.InvariantCulture, $"Priority group '{group.Name}', condition {index} ({condition})");
        if (condition.IsCategorical)
        {
            if (!panel.TryGetCategorical(condition.Column, out var column))
            {
                throw new ArgumentException(
                    $"{where}: '{condition.Column}' is not a categorical column of the panel{(panel.TryGetNumeric(condition.Column, out _) ? " (it is numeric: compare it with lt, le, gt or ge)" : string.Empty)}.");
            }

            var listed = new bool[column.LevelCount];
            foreach (var category in condition.Categories)
            {
                var code = column.CodeOf(category);
                if (code < 0)
                {
                    throw new ArgumentException($"{where}: '{category}' is not a category of '{condition.Column}'; its categories are: {string.Join(", ", column.Levels)}.");
                }

                listed[code] = true;
            }

            var want = condition.Operator == GroupOperator.In;
            var codes = column.Codes.Span;
            for (var r = 0; r < inGroup.Length; r++)
            {
                var code = codes[r];
                if (code < 0 || listed[code] != want)
                {
                    inGroup[r] = false;
                }
            }

            return;
        }

        if (!panel.TryGetNumeric(condition.Column, out var numeric))
        {
            throw new ArgumentException(
                $"{where}: '{condition.Column}' is not a numeric column of the panel{(panel.TryGetCategorical(condition.Column, out _) ? " (it is categorical: use in or notIn)" : string.Empty)}.");
        }

        var values = numeric.Values.Span;
        var bound = condition.Value;
        for (var r = 0; r < inGroup.Length; r++)
        {
            var x = values[r];
            var holds = condition.Operator switch
            {
                GroupOperator.LessThan => x < bound,
                GroupOperator.AtMost => x <= bound,
                GroupOperator.GreaterThan => x > bound,
                _ => x >= bound,
            };
            if (!holds)
            {
                // NaN compares false with everything, so a missing value is outside the group.
                inGroup[r] = false;
            }
        }
    }

    /// <summary>
    /// Whether the group is a union of levels of one term of the model (need category in a set of categories; age under
    /// a cut of the age bands), so that its pooled mean residual is zero by the normal equations, as for a covariate's
    /// own level. Conditions on different columns make an intersection, which the model (no interactions) does not span.
    /// </summary>
    public static bool SpannedByModel(PriorityGroup group, WorkRiskModelSpec model)
    {
        var column = group.Conditions[0].Column;
        var categorical = false;
        foreach (var term in model.Categorical)
        {
            categorical |= string.Equals(term.Column, column, StringComparison.Ordinal);
        }

        BandedCovariate? band = null;
        foreach (var b in model.Bands)
        {
            band ??= string.Equals(b.Column, column, StringComparison.Ordinal) ? b : null;
        }

        foreach (var condition in group.Conditions)
        {
            var aligned = string.Equals(condition.Column, column, StringComparison.Ordinal) && (condition.IsCategorical
                ? categorical
                : band is not null && condition.Operator is GroupOperator.LessThan or GroupOperator.AtLeast && band.Cuts.Contains(condition.Value));
            if (!aligned)
            {
                return false;
            }
        }

        return true;
    }
}
