using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>Assembles a <see cref="PersonMonthPanel"/> from whole columns.</summary>
/// <remarks>
/// <para>Each array is copied when it is passed in, one column at a time, so the caller may change or reuse it
/// afterwards without changing the panel; see <see cref="ColumnTableBuilder"/> for the memory this costs.</para>
/// <para>Instances are not thread safe; the panel they build is.</para>
/// </remarks>
public sealed class PersonMonthPanelBuilder
{
    private readonly ColumnTableBuilder _columns;
    private readonly bool _adopt;
    private long[]? _personKeys;
    private YearMonth[]? _periods;
    private double[]? _weights;

    /// <summary>Initializes a builder that copies the arrays it is given.</summary>
    public PersonMonthPanelBuilder()
        : this(adopt: false)
    {
    }

    private PersonMonthPanelBuilder(bool adopt)
    {
        _adopt = adopt;
        _columns = adopt ? ColumnTableBuilder.Adopting() : new ColumnTableBuilder();
    }

    /// <summary>Returns a builder that adopts arrays without copying; for library code whose arrays are fresh or
    /// already immutable (a new panel that shares another panel's columns), never for a caller's arrays.</summary>
    internal static PersonMonthPanelBuilder Adopting() => new(adopt: true);

    /// <summary>Sets the person key column.</summary>
    /// <param name="personKeys">One key per row; copied.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personKeys"/> is null.</exception>
    public PersonMonthPanelBuilder WithPersonKeys(long[] personKeys)
    {
        _personKeys = Own(Guard.NotNull(personKeys));
        return this;
    }

    /// <summary>Sets the period column.</summary>
    /// <param name="periods">One month per row; copied.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    public PersonMonthPanelBuilder WithPeriods(YearMonth[] periods)
    {
        _periods = Own(Guard.NotNull(periods));
        return this;
    }

    /// <summary>Sets observation weights.</summary>
    /// <param name="weights">One finite, non-negative weight per row; copied.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public PersonMonthPanelBuilder WithWeights(double[] weights)
    {
        _weights = Own(Guard.NotNull(weights));
        return this;
    }

    /// <inheritdoc cref="ColumnTableBuilder.AddNumeric(string, double[])"/>
    public PersonMonthPanelBuilder AddNumeric(string name, double[] values)
    {
        _columns.AddNumeric(name, values);
        return this;
    }

    /// <inheritdoc cref="ColumnTableBuilder.AddCategorical(string, int[], IReadOnlyList{string})"/>
    public PersonMonthPanelBuilder AddCategorical(string name, int[] codes, IReadOnlyList<string> levels)
    {
        _columns.AddCategorical(name, codes, levels);
        return this;
    }

    /// <inheritdoc cref="ColumnTableBuilder.AddCategorical(string, IReadOnlyList{string})"/>
    public PersonMonthPanelBuilder AddCategorical(string name, IReadOnlyList<string?> labels)
    {
        _columns.AddCategorical(name, labels);
        return this;
    }

    /// <summary>Builds the panel.</summary>
    /// <returns>The immutable panel.</returns>
    /// <exception cref="InvalidOperationException">Person keys or periods were not set.</exception>
    /// <exception cref="ArgumentException">A column's length differs from the period column's, or a weight is negative or not finite (the row is named).</exception>
    public PersonMonthPanel Build()
    {
        var periods = _periods ?? throw new InvalidOperationException("Set the period column with WithPeriods before Build.");
        var keys = _personKeys ?? throw new InvalidOperationException("Set the person key column with WithPersonKeys before Build.");
        var rows = periods.Length;
        Guard.SameLength(rows, keys.Length, "person key");
        if (_weights is not null)
        {
            Guard.SameLength(rows, _weights.Length, "weight");
            for (var row = 0; row < rows; row++)
            {
                var w = _weights[row];
                if (!double.IsFinite(w) || w < 0)
                {
                    throw new ArgumentException($"Column 'weight', row {row}: weight {w} must be finite and non-negative.");
                }
            }
        }

        return new PersonMonthPanel(keys, periods, _weights, _columns.Build(rows));
    }

    private T[] Own<T>(T[] values) => _adopt ? values : values.AsSpan().ToArray();
}
