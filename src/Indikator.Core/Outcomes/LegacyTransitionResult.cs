using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>
/// The exits of the legacy six-month measure: one row per exit in <see cref="Exits"/>, the headline share
/// employed, the count per outcome category, and the counts of exits left out.
/// </summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed class LegacyTransitionResult
{
    private readonly int[] _outcomeCounts;

    internal LegacyTransitionResult(ColumnTable exits, int[] outcomeCounts, int censored, int withoutStockRow, int missingAge, int outsideAgeRange)
    {
        Exits = exits;
        _outcomeCounts = outcomeCounts;
        CensoredExits = censored;
        ExitsWithoutStockRow = withoutStockRow;
        ExitsWithMissingAge = missingAge;
        ExitsOutsideAgeRange = outsideAgeRange;
    }

    /// <summary>
    /// Gets one row per exit in the population, ordered by stock row: <c>exitMonth</c>, <c>exitQuarter</c>,
    /// <c>statusExited</c>, <c>outcome6</c>, <c>ageGroup</c> (categorical), <c>employed6</c> (0/1) and every column
    /// of the stock panel as it was in the exit month. Person keys are not included.
    /// </summary>
    public ColumnTable Exits { get; }

    /// <summary>Gets the number of exits in the population (rows of <see cref="Exits"/>).</summary>
    public int ExitCount => Exits.RowCount;

    /// <summary>Gets the number of exits employed at the end of t+6: only employed, employed with disability benefit and employed with another benefit or follow-up.</summary>
    public int EmployedCount
        => _outcomeCounts[(int)TransitionOutcome.OnlyEmployed]
        + _outcomeCounts[(int)TransitionOutcome.EmployedWithDisabilityBenefit]
        + _outcomeCounts[(int)TransitionOutcome.EmployedWithOtherBenefit];

    /// <summary>Gets the headline share employed, <c>EmployedCount / ExitCount</c>, or <see cref="double.NaN"/> without exits.</summary>
    public double Share => ExitCount == 0 ? double.NaN : (double)EmployedCount / ExitCount;

    /// <summary>Gets the number of exits whose follow-up month lies after the last observed month (left out).</summary>
    public int CensoredExits { get; }

    /// <summary>Gets the number of exits without a stock row for the person in the exit month (left out: no characteristics).</summary>
    public int ExitsWithoutStockRow { get; }

    /// <summary>Gets the number of exits whose age is missing (left out).</summary>
    public int ExitsWithMissingAge { get; }

    /// <summary>Gets the number of exits with an age outside the population range (left out).</summary>
    public int ExitsOutsideAgeRange { get; }

    /// <summary>Gets the number of exits in an outcome category.</summary>
    /// <param name="outcome">The category.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public int CountOf(TransitionOutcome outcome)
        => (int)outcome >= 0 && (int)outcome < _outcomeCounts.Length
            ? _outcomeCounts[(int)outcome]
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome category.");

    /// <summary>Exits, employed and share per combination of levels of categorical exit-table columns.</summary>
    /// <param name="groupBy">Categorical columns of <see cref="Exits"/>, for example <c>office</c> and <c>exitQuarter</c>; none for the total.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupBy"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A column does not exist.</exception>
    public TransitionShareTable Aggregate(params string[] groupBy) => TransitionShareTable.Compute(Exits, groupBy);
}
