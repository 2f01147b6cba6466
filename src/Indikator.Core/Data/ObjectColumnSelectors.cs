using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>The numeric and categorical selectors shared by <see cref="ObjectTableBuilder{T}"/> and <see cref="ObjectPanelBuilder{T}"/>.</summary>
internal sealed class ObjectColumnSelectors<T>
{
    private readonly List<(string Name, Func<T, double> Select)> _numeric = [];
    private readonly List<(string Name, Func<T, string?> Select)> _categorical = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public void AddNumeric(string name, Func<T, double> select)
    {
        Guard.NotNull(select);
        Claim(name);
        _numeric.Add((name, select));
    }

    public void AddCategorical(string name, Func<T, string?> select)
    {
        Guard.NotNull(select);
        Claim(name);
        _categorical.Add((name, select));
    }

    public Accumulator Start(int capacity) => new(this, capacity);

    private void Claim(string name)
    {
        Guard.NotEmpty(name);
        if (!_names.Add(name))
        {
            throw new ArgumentException($"A column named '{name}' was already added.", nameof(name));
        }
    }

    /// <summary>Collects the selected values of one <c>Build</c> call.</summary>
    internal sealed class Accumulator
    {
        private readonly ObjectColumnSelectors<T> _selectors;
        private readonly ColumnBuffer<double>[] _numeric;
        private readonly ColumnBuffer<int>[] _codes;
        private readonly CategoryEncoder[] _encoders;

        public Accumulator(ObjectColumnSelectors<T> selectors, int capacity)
        {
            _selectors = selectors;
            _numeric = new ColumnBuffer<double>[selectors._numeric.Count];
            for (var i = 0; i < _numeric.Length; i++)
            {
                _numeric[i] = new ColumnBuffer<double>(capacity);
            }

            _codes = new ColumnBuffer<int>[selectors._categorical.Count];
            _encoders = new CategoryEncoder[_codes.Length];
            for (var i = 0; i < _codes.Length; i++)
            {
                _codes[i] = new ColumnBuffer<int>(capacity);
                _encoders[i] = new CategoryEncoder();
            }
        }

        public void Add(T item)
        {
            var numeric = _selectors._numeric;
            for (var i = 0; i < _numeric.Length; i++)
            {
                _numeric[i].Add(numeric[i].Select(item));
            }

            var categorical = _selectors._categorical;
            for (var i = 0; i < _codes.Length; i++)
            {
                var label = categorical[i].Select(item);
                _codes[i].Add(string.IsNullOrEmpty(label) ? CategoricalColumn.MissingCode : _encoders[i].Encode(label));
            }
        }

        public ColumnTable ToTable(int rows)
        {
            var numeric = new NumericColumn[_numeric.Length];
            for (var i = 0; i < numeric.Length; i++)
            {
                numeric[i] = new NumericColumn(_selectors._numeric[i].Name, _numeric[i].ToArray());
            }

            var categorical = new CategoricalColumn[_codes.Length];
            for (var i = 0; i < categorical.Length; i++)
            {
                categorical[i] = new CategoricalColumn(_selectors._categorical[i].Name, _codes[i].ToArray(), _encoders[i].Levels());
            }

            return new ColumnTable(rows, numeric, categorical);
        }
    }
}
