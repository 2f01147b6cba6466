using Indikator.Core.Internal;
using Indikator.Core.Data;

namespace Indikator.Core.Indicators.Work;

/// <summary>The published table of one outcome, level and variant: a row per unit and month with persons, and a pooled row per unit.</summary>
/// <remarks>
/// <para>Rows are ordered by unit (level order of the column; for a crossed level, the combinations in the level
/// orders of its columns, first column slowest) and month, the pooled row (month null) last for each
/// unit. Variant (b) has pooled rows only. Disclosure control has been applied (see <see cref="WorkIndicatorRow"/>).</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class WorkIndicatorTable
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _labels;

    internal WorkIndicatorTable(string outcome, WorkUnitLevel level, ContributionVariant variant, IReadOnlyList<WorkIndicatorRow> rows, IReadOnlyDictionary<string, IReadOnlyList<string>> labels)
    {
        _labels = labels;
        Outcome = outcome;
        Level = level;
        Variant = variant;
        Rows = ValueList.Of(rows);
    }

    /// <summary>Gets the outcome column.</summary>
    public string Outcome { get; }

    /// <summary>Gets the reporting level.</summary>
    public WorkUnitLevel Level { get; }

    /// <summary>Gets the contribution variant.</summary>
    public ContributionVariant Variant { get; }

    /// <summary>Gets the rows.</summary>
    public IReadOnlyList<WorkIndicatorRow> Rows { get; }

    /// <summary>Gets a unit's category in each column of the level (<see cref="WorkUnitLevel.Columns"/>), for example
    /// <c>["Oslo sentrum", "Standard"]</c> for the unit <c>Oslo sentrum / Standard</c> of office x need category: filter
    /// on these rather than split the unit name. A single-column level gives the unit itself, the country <c>Norge</c>.</summary>
    /// <param name="unit">The unit, as in <see cref="WorkIndicatorRow.Unit"/>.</param>
    /// <returns>One label per column of the level (one for the country).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The level has no such unit.</exception>
    public IReadOnlyList<string> Labels(string unit)
        => _labels.TryGetValue(Internal.Guard.NotNull(unit), out var labels) ? labels : throw new KeyNotFoundException($"Level '{Level.Name}' has no unit '{unit}'.");

    /// <summary>Finds the row of a unit and month.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="month">The month, or null for the pooled row.</param>
    /// <returns>The row, or null when the unit has no persons in that month.</returns>
    public WorkIndicatorRow? Find(string unit, YearMonth? month)
    {
        foreach (var row in Rows)
        {
            if (string.Equals(row.Unit, unit, StringComparison.Ordinal) && row.Month == month)
            {
                return row;
            }
        }

        return null;
    }
}
