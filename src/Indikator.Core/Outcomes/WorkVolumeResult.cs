using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Outcomes;

/// <summary>
/// Work-volume outcomes aligned with the stock rows: one array per outcome (<see cref="double.NaN"/> where the
/// outcome is censored), the number of censored rows per outcome and what happened to the records.
/// </summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed class WorkVolumeResult
{
    private readonly WorkOutcome[] _outcomes;
    private readonly double[][] _values;
    private readonly int[] _censored;

    internal WorkVolumeResult(WorkOutcome[] outcomes, double[][] values, int[] censored, WorkVolumeRecordCounts records)
    {
        _outcomes = outcomes;
        Outcomes = ValueList.Wrap(_outcomes);
        _values = values;
        _censored = censored;
        Records = records;
    }

    /// <summary>Gets the outcomes in the order requested.</summary>
    public IReadOnlyList<WorkOutcome> Outcomes { get; }

    /// <summary>Gets the number of rows, equal to the stock's row count.</summary>
    public int RowCount => _values.Length == 0 ? 0 : _values[0].Length;

    /// <summary>Gets what happened to the employment records.</summary>
    public WorkVolumeRecordCounts Records { get; }

    /// <summary>Gets the values of an outcome, one per stock row, <see cref="double.NaN"/> where censored.</summary>
    /// <param name="name">The outcome name, for example <c>atid3</c>.</param>
    /// <returns>The values.</returns>
    /// <exception cref="KeyNotFoundException">No outcome has that name; the message lists those that exist.</exception>
    public ReadOnlyMemory<double> Values(string name) => _values[IndexOf(name)];

    /// <summary>Gets the number of stock rows whose outcome is censored (needs a month after the last complete month).</summary>
    /// <param name="name">The outcome name.</param>
    /// <returns>The number of <see cref="double.NaN"/> values of that outcome.</returns>
    /// <exception cref="KeyNotFoundException">No outcome has that name.</exception>
    public int CensoredCount(string name) => _censored[IndexOf(name)];

    /// <summary>Returns the outcomes as a table with one numeric column per outcome.</summary>
    /// <returns>A table aligned with the stock rows (the arrays are shared, not copied).</returns>
    public ColumnTable ToColumnTable()
    {
        var builder = ColumnTableBuilder.Adopting();
        for (var o = 0; o < _outcomes.Length; o++)
        {
            builder.AddNumeric(_outcomes[o].Name, _values[o]);
        }

        return builder.Build();
    }

    /// <summary>Returns a new panel with the stock's keys, periods, weights and columns plus one numeric column per outcome.</summary>
    /// <param name="stock">The panel the outcomes were computed for.</param>
    /// <returns>The new panel (arrays are shared, not copied).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stock"/> is null.</exception>
    /// <exception cref="ArgumentException">The row counts differ, or the panel already has a column with an outcome's name.</exception>
    public PersonMonthPanel AddTo(PersonMonthPanel stock)
    {
        Guard.NotNull(stock);
        if (stock.RowCount != RowCount)
        {
            throw new ArgumentException($"The panel has {stock.RowCount} rows; the outcomes were computed for {RowCount}.", nameof(stock));
        }

        var builder = PersonMonthPanelBuilder.Adopting()
            .WithPersonKeys(stock.PersonKeyArray)
            .WithPeriods(stock.PeriodArray);
        if (stock.WeightArray is { } weights)
        {
            builder.WithWeights(weights);
        }

        foreach (var column in stock.NumericColumns)
        {
            builder.AddNumeric(column.Name, column.Array);
        }

        foreach (var column in stock.CategoricalColumns)
        {
            builder.AddCategorical(column.Name, column.CodeArray, column.Levels);
        }

        for (var o = 0; o < _outcomes.Length; o++)
        {
            builder.AddNumeric(_outcomes[o].Name, _values[o]);
        }

        return builder.Build();
    }

    private int IndexOf(string name)
    {
        for (var o = 0; o < _outcomes.Length; o++)
        {
            if (string.Equals(_outcomes[o].Name, name, StringComparison.Ordinal))
            {
                return o;
            }
        }

        throw new KeyNotFoundException($"There is no outcome '{name}'. Outcomes: {string.Join(", ", _outcomes.Select(o => o.Name))}.");
    }
}
