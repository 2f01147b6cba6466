using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>
/// Fills the columns of a <see cref="CsvSchema"/> from a typed source (a Parquet file, a database query), value by
/// value or span by span, and builds the panel or table. The shared core of every source but CSV: it checks that the
/// source has each column with a usable type, and checks values as the CSV loader does (a person key, period or
/// weight must be present, a weight finite and non-negative, a period a month), with the same errors naming the
/// column and the 0-based row and never a person key.
/// </summary>
/// <remarks>
/// <para>The Parquet loader uses only the column checks (<see cref="Columns"/>) and <see cref="Error"/>: it reads row
/// groups in parallel into arrays of its own, checking values with the same rules and messages, because appending
/// value by value here is sequential and copies every column once more at the end.</para>
/// <para>A source first describes its columns; <see cref="Columns"/> then says, for each schema column in schema order,
/// where it is and what type to deliver. The source delivers every column of a row (or a span of rows of one column)
/// through the <c>Add</c> methods; a missing value goes through <see cref="AddNull(int)"/>. Text columns treat the CSV
/// loader's default missing tokens (empty and <c>NA</c>) as missing, so a file exported from CSV reads the same.</para>
/// <para>Categorical columns are encoded with <see cref="CategoryEncoder"/>, as the CSV loader encodes them, so their
/// levels come out in the same order whatever the source.</para>
/// </remarks>
internal sealed class ColumnBatchLoader
{

    private readonly CsvSchema _schema;
    private readonly string _source;
    private readonly LoadColumn[] _columns;
    private readonly CsvSchema.Role[] _roles;
    private readonly ColumnBuffer<double>?[] _reals;
    private readonly ColumnBuffer<int>?[] _codes;
    private readonly CategoryEncoder?[] _encoders;
    private readonly string[] _missingTokens = [.. CsvReadOptions.Default.MissingTokens];
    private ColumnBuffer<long>? _keys;
    private ColumnBuffer<YearMonth>? _periods;

    /// <summary>Matches the schema with the source's columns.</summary>
    /// <param name="schema">The columns to read.</param>
    /// <param name="source">The file or a description of the query, for messages; never a connection string.</param>
    /// <param name="sourceColumns">The columns the source offers, in source order.</param>
    /// <param name="panel">Whether a panel is built (the schema must name a person key and period) or a table (it must not).</param>
    /// <param name="expectedRows">The number of rows when the source knows it in advance, to allocate once; otherwise 0.</param>
    /// <exception cref="ArgumentException">The schema does not fit a panel or a table.</exception>
    /// <exception cref="DataSourceException">A column is missing, repeated or of a type that cannot be read as its role needs.</exception>
    public ColumnBatchLoader(CsvSchema schema, string source, IReadOnlyList<SourceColumn> sourceColumns, bool panel, int expectedRows = 0)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceColumns);
        CheckSchema(schema, panel);
        _schema = schema;
        _source = source;
        var mappings = schema.Mappings;
        _columns = new LoadColumn[mappings.Count];
        _roles = new CsvSchema.Role[mappings.Count];
        _reals = new ColumnBuffer<double>?[mappings.Count];
        _codes = new ColumnBuffer<int>?[mappings.Count];
        _encoders = new CategoryEncoder?[mappings.Count];
        for (var i = 0; i < mappings.Count; i++)
        {
            var mapping = mappings[i];
            var index = Find(sourceColumns, mapping.Header);
            var column = sourceColumns[index];
            _roles[i] = mapping.Role;
            _columns[i] = new LoadColumn(column.Name, index, column.Type, ReadAs(mapping, column));
            switch (mapping.Role)
            {
                case CsvSchema.Role.Numeric or CsvSchema.Role.Weights:
                    _reals[i] = new ColumnBuffer<double>(expectedRows);
                    break;
                case CsvSchema.Role.Categorical:
                    _codes[i] = new ColumnBuffer<int>(expectedRows);
                    _encoders[i] = new CategoryEncoder();
                    break;
                case CsvSchema.Role.PersonKey:
                    _keys = new ColumnBuffer<long>(expectedRows);
                    break;
                default:
                    _periods = new ColumnBuffer<YearMonth>(expectedRows);
                    break;
            }
        }
    }

    /// <summary>Gets, for each schema column in schema order, where it is in the source and what type to deliver.</summary>
    public IReadOnlyList<LoadColumn> Columns => _columns;

    /// <summary>Adds a whole number to column <paramref name="column"/> (a person key, number, weight or category).</summary>
    public void AddInteger(int column, long value)
    {
        switch (_roles[column])
        {
            case CsvSchema.Role.PersonKey:
                _keys!.Add(value);
                break;
            case CsvSchema.Role.Categorical:
                Span<char> text = stackalloc char[20];
                value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
                _codes[column]!.Add(_encoders[column]!.Encode(text[..written]));
                break;
            default:
                AddReal(column, value);
                break;
        }
    }

    /// <summary>Adds a number to column <paramref name="column"/> (a number or weight).</summary>
    public void AddReal(int column, double value)
    {
        var buffer = _reals[column] ?? throw WrongCall(column);
        if (_roles[column] == CsvSchema.Role.Weights && !(double.IsFinite(value) && value >= 0))
        {
            throw Error(column, buffer.Count, string.Create(CultureInfo.InvariantCulture, $"a weight must be finite and non-negative: {value}"));
        }

        buffer.Add(value);
    }

    /// <summary>Adds text to column <paramref name="column"/> (a category, or a period written <c>yyyy-MM</c>).</summary>
    public void AddText(int column, ReadOnlySpan<char> value)
    {
        if (IsMissing(value))
        {
            AddNull(column);
            return;
        }

        switch (_roles[column])
        {
            case CsvSchema.Role.Categorical:
                _codes[column]!.Add(_encoders[column]!.Encode(value));
                break;
            case CsvSchema.Role.Period:
                _periods!.Add(YearMonth.TryParse(value, CultureInfo.InvariantCulture, out var month)
                    ? month
                    : throw Error(column, _periods.Count, "not a month (expected yyyy-MM, for example 2024-05)"));
                break;
            default:
                throw WrongCall(column);
        }
    }

    /// <summary>Adds a date to the period column: the period is the date's month.</summary>
    public void AddDate(int column, DateOnly value)
    {
        if (_roles[column] != CsvSchema.Role.Period)
        {
            throw WrongCall(column);
        }

        _periods!.Add(new YearMonth(value.Year, value.Month));
    }

    /// <summary>Adds true or false to a categorical column, as the levels <c>true</c> and <c>false</c>.</summary>
    public void AddBoolean(int column, bool value) => AddText(column, value ? "true" : "false");

    /// <summary>Adds a missing value: NaN for a number, the missing code for a category, an error for a person key, period or weight.</summary>
    public void AddNull(int column)
    {
        switch (_roles[column])
        {
            case CsvSchema.Role.Numeric:
                _reals[column]!.Add(double.NaN);
                break;
            case CsvSchema.Role.Categorical:
                _codes[column]!.Add(CategoricalColumn.MissingCode);
                break;
            case CsvSchema.Role.PersonKey:
                throw Error(column, _keys!.Count, "the person key is missing");
            case CsvSchema.Role.Period:
                throw Error(column, _periods!.Count, "the period is missing");
            default:
                throw Error(column, _reals[column]!.Count, "the weight is missing");
        }
    }

    /// <summary>Adds whole numbers to a person key, number, weight or category column.</summary>
    public void AddIntegers(int column, ReadOnlySpan<long> values)
    {
        if (_roles[column] == CsvSchema.Role.PersonKey)
        {
            var keys = _keys!;
            foreach (var value in values)
            {
                keys.Add(value);
            }

            return;
        }

        foreach (var value in values)
        {
            AddInteger(column, value);
        }
    }

    /// <summary>Adds numbers to a number or weight column.</summary>
    public void AddReals(int column, ReadOnlySpan<double> values)
    {
        var buffer = _reals[column] ?? throw WrongCall(column);
        if (_roles[column] == CsvSchema.Role.Weights)
        {
            foreach (var value in values)
            {
                AddReal(column, value);
            }

            return;
        }

        foreach (var value in values)
        {
            buffer.Add(value);
        }
    }

    /// <summary>Builds the panel; every column must have had the same number of values.</summary>
    /// <exception cref="InvalidOperationException">Columns received different numbers of values (a bug in the source).</exception>
    public PersonMonthPanel BuildPanel()
    {
        var table = BuildTable();
        var weights = Array.FindIndex(_roles, r => r == CsvSchema.Role.Weights);
        return new PersonMonthPanel(_keys!.ToArray(), _periods!.ToArray(), weights < 0 ? null : _reals[weights]!.ToArray(), table);
    }

    /// <summary>Builds the table of the numeric and categorical columns.</summary>
    /// <exception cref="InvalidOperationException">Columns received different numbers of values (a bug in the source).</exception>
    public ColumnTable BuildTable()
    {
        var rows = -1;
        for (var i = 0; i < _columns.Length; i++)
        {
            var count = _roles[i] switch
            {
                CsvSchema.Role.PersonKey => _keys!.Count,
                CsvSchema.Role.Period => _periods!.Count,
                CsvSchema.Role.Categorical => _codes[i]!.Count,
                _ => _reals[i]!.Count,
            };
            if (rows >= 0 && count != rows)
            {
                throw new InvalidOperationException($"{_source}: column '{_columns[i].SourceName}' received {count} values, another {rows}.");
            }

            rows = count;
        }

        // Columns are built as the CSV reader builds them: codes from the encoders, values checked while adding.
        var numeric = new List<NumericColumn>();
        var categorical = new List<CategoricalColumn>();
        var mappings = _schema.Mappings;
        for (var i = 0; i < mappings.Count; i++)
        {
            if (mappings[i].Role == CsvSchema.Role.Numeric)
            {
                numeric.Add(new NumericColumn(mappings[i].Name, _reals[i]!.ToArray()));
            }
            else if (mappings[i].Role == CsvSchema.Role.Categorical)
            {
                categorical.Add(new CategoricalColumn(mappings[i].Name, _codes[i]!.ToArray(), _encoders[i]!.Levels()));
            }
        }

        return new ColumnTable(Math.Max(rows, 0), [.. numeric], [.. categorical]);
    }

    /// <summary>An error at a value of a column, for a source that converts values itself.</summary>
    /// <param name="column">The schema column.</param>
    /// <param name="row">The 0-based row.</param>
    /// <param name="reason">Why; never quoting a person key.</param>
    public DataSourceException Error(int column, long row, string reason) => new(_source, row, _columns[column].SourceName, reason);

    private static void CheckSchema(CsvSchema schema, bool panel)
    {
        if (panel && (!schema.Has(CsvSchema.Role.PersonKey) || !schema.Has(CsvSchema.Role.Period)))
        {
            throw new ArgumentException("A panel needs a person key and a period: call WithPersonKey and WithPeriod on the schema.", nameof(schema));
        }

        if (!panel && (schema.Has(CsvSchema.Role.PersonKey) || schema.Has(CsvSchema.Role.Period) || schema.Has(CsvSchema.Role.Weights)))
        {
            throw new ArgumentException(
                "A table has no person key, period or weights; load a panel, or read those columns with AddNumeric or AddCategorical.",
                nameof(schema));
        }
    }

    private int Find(IReadOnlyList<SourceColumn> columns, string name)
    {
        var found = -1;
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name.Trim(), name, StringComparison.Ordinal))
            {
                if (found >= 0)
                {
                    throw new DataSourceException(_source, -1, name, $"the column '{name}' occurs more than once");
                }

                found = i;
            }
        }

        if (found < 0)
        {
            var names = new string[columns.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = columns[i].Name;
            }

            throw new DataSourceException(_source, -1, name, $"the column '{name}' is not in the source; its columns are: {string.Join(", ", names)}");
        }

        return found;
    }

    private SourceType ReadAs(CsvSchema.Mapping mapping, SourceColumn column)
    {
        var (wanted, allowed) = mapping.Role switch
        {
            CsvSchema.Role.PersonKey => (SourceType.Integer, "the person key needs an integer type"),
            CsvSchema.Role.Period => (column.Type == SourceType.Date ? SourceType.Date : SourceType.Text, "the period needs a date type or text yyyy-MM"),
            CsvSchema.Role.Categorical => (SourceType.Text, "a categorical column needs a text, integer or boolean type"),
            CsvSchema.Role.Weights => (SourceType.Real, "the weight needs a number type"),
            _ => (SourceType.Real, "a numeric column needs a number type"),
        };
        var ok = mapping.Role switch
        {
            CsvSchema.Role.PersonKey => column.Type == SourceType.Integer,
            CsvSchema.Role.Period => column.Type is SourceType.Date or SourceType.Text,
            CsvSchema.Role.Categorical => column.Type is SourceType.Text or SourceType.Integer or SourceType.Boolean,
            _ => column.Type is SourceType.Integer or SourceType.Real,
        };
        return ok ? wanted : throw new DataSourceException(_source, -1, column.Name, $"{allowed}, not {column.TypeName}");
    }

    private bool IsMissing(ReadOnlySpan<char> text)
    {
        foreach (var token in _missingTokens)
        {
            if (text.SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    private InvalidOperationException WrongCall(int column)
        => new($"{_source}: column '{_columns[column].SourceName}' is read as {_columns[column].ReadAs}; the source delivered another type.");

}
