using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>Builds a <see cref="PersonMonthPanel"/> from objects you already have, one column per selector, in one pass.</summary>
/// <typeparam name="T">The row type: one person-month.</typeparam>
/// <remarks>
/// <para>Person key and period selectors are required; weights are optional. Selectors are
/// registered once; <see cref="Build"/> may then be called for any number of sequences.
/// Categorical levels are in ordinal order of their labels, whatever the order of the rows (see
/// <see cref="CategoricalColumn"/>); a null or empty label is missing.</para>
/// <code>
/// PersonMonthPanel panel = new ObjectPanelBuilder&lt;PersonMonth&gt;()
///     .WithPersonKey(x => x.Id)
///     .WithPeriod(x => x.Month)
///     .WithWeights(x => x.Weight)
///     .AddNumeric("age", x => x.Age)
///     .AddCategorical("office", x => x.Office)
///     .Build(personMonths);
/// </code>
/// <para>Instances are not thread safe; the panels they build are.</para>
/// </remarks>
public sealed class ObjectPanelBuilder<T>
{
    private readonly ObjectColumnSelectors<T> _columns = new();
    private Func<T, long>? _personKey;
    private Func<T, YearMonth>? _period;
    private Func<T, double>? _weight;

    /// <summary>Sets the person key selector.</summary>
    /// <param name="select">Gets the person key of a row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="select"/> is null.</exception>
    public ObjectPanelBuilder<T> WithPersonKey(Func<T, long> select)
    {
        _personKey = Guard.NotNull(select);
        return this;
    }

    /// <summary>Sets the period selector.</summary>
    /// <param name="select">Gets the period (measurement month) of a row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="select"/> is null.</exception>
    public ObjectPanelBuilder<T> WithPeriod(Func<T, YearMonth> select)
    {
        _period = Guard.NotNull(select);
        return this;
    }

    /// <summary>Sets the observation weight selector.</summary>
    /// <param name="select">Gets the weight of a row: finite and non-negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="select"/> is null.</exception>
    public ObjectPanelBuilder<T> WithWeights(Func<T, double> select)
    {
        _weight = Guard.NotNull(select);
        return this;
    }

    /// <inheritdoc cref="ObjectTableBuilder{T}.AddNumeric(string, Func{T, double})"/>
    public ObjectPanelBuilder<T> AddNumeric(string name, Func<T, double> select)
    {
        _columns.AddNumeric(name, select);
        return this;
    }

    /// <inheritdoc cref="ObjectTableBuilder{T}.AddNumeric(string, Func{T, double?})"/>
    public ObjectPanelBuilder<T> AddNumeric(string name, Func<T, double?> select)
    {
        Guard.NotNull(select);
        _columns.AddNumeric(name, x => select(x) ?? double.NaN);
        return this;
    }

    /// <inheritdoc cref="ObjectTableBuilder{T}.AddCategorical(string, Func{T, string})"/>
    public ObjectPanelBuilder<T> AddCategorical(string name, Func<T, string?> select)
    {
        _columns.AddCategorical(name, select);
        return this;
    }

    /// <summary>Builds a panel with one row per item, in order.</summary>
    /// <param name="items">The person-months; enumerated once.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The person key or period selector was not set.</exception>
    /// <exception cref="ArgumentException">An item is null, or a weight is negative or not finite (the 0-based row is named).</exception>
    public PersonMonthPanel Build(IEnumerable<T> items)
    {
        Guard.NotNull(items);
        var personKey = _personKey ?? throw new InvalidOperationException("Set the person key selector with WithPersonKey before Build.");
        var period = _period ?? throw new InvalidOperationException("Set the period selector with WithPeriod before Build.");
        var weight = _weight;
        var capacity = items.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var keys = new ColumnBuffer<long>(capacity);
        var periods = new ColumnBuffer<YearMonth>(capacity);
        var weights = weight is null ? null : new ColumnBuffer<double>(capacity);
        var accumulator = _columns.Start(capacity);
        var row = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException(FormattableString.Invariant($"Item {row} is null."), nameof(items));
            }

            keys.Add(personKey(item));
            periods.Add(period(item));
            if (weights is not null)
            {
                var w = weight!(item);
                if (!double.IsFinite(w) || w < 0)
                {
                    throw new ArgumentException(FormattableString.Invariant($"Column 'weight', row {row}: weight {w} must be finite and non-negative."), nameof(items));
                }

                weights.Add(w);
            }

            accumulator.Add(item);
            row++;
        }

        return new PersonMonthPanel(keys.ToArray(), periods.ToArray(), weights?.ToArray(), accumulator.ToTable(row));
    }
}
