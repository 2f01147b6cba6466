using System.Globalization;
using Indikator.Core.Data;

namespace Indikator.Core.Benchmarks.Data.Legacy;

/// <summary>Reads the records of a CSV source into typed column buffers according to a <see cref="CsvSchema"/>.</summary>
/// <remarks>A copy of the loader before issue 12 (char-based, sequential), kept only as the benchmark baseline.</remarks>
internal sealed class LegacyCsvTableReader
{
    private const int QuoteLimit = 40;

    private readonly LegacyCsvRecordReader _records;
    private readonly CsvSchema _schema;
    private readonly string[] _missingTokens;
    private readonly string _source;

    private CsvSchema.Role[] _fieldRole = [];
    private int[] _fieldTarget = [];
    private bool[] _fieldRead = [];
    private string[] _headers = [];
    private int _headerCount;

    private ColumnBuffer<double>[] _numeric = [];
    private ColumnBuffer<int>[] _codes = [];
    private CategoryEncoder[] _encoders = [];
    private ColumnBuffer<long>? _keys;
    private ColumnBuffer<YearMonth>? _periods;
    private ColumnBuffer<double>? _weights;
    private int _rows;

    public LegacyCsvTableReader(TextReader reader, CsvSchema schema, CsvReadOptions options, string source)
    {
        _records = new LegacyCsvRecordReader(reader, options.Separator, source);
        _schema = schema;
        _missingTokens = [.. options.MissingTokens];
        _source = source;
    }

    public ColumnTable ReadTable()
    {
        ReadAll();
        return BuildTable();
    }

    public PersonMonthPanel ReadPanel()
    {
        ReadAll();
        var table = BuildTable();
        return new PersonMonthPanel(_keys!.ToArray(), _periods!.ToArray(), _weights?.ToArray(), table);
    }

    private void ReadAll()
    {
        ReadHeader();
        var records = _records;
        while (records.Read())
        {
            if (records.FieldCount != _headerCount)
            {
                throw new CsvDataException(_source, records.LineNumber, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"wrong number of fields: expected {_headerCount}, found {records.FieldCount}"));
            }

            for (var i = 0; i < _headerCount; i++)
            {
                if (_fieldRead[i])
                {
                    ReadField(i, records.Field(i));
                }
            }

            _rows++;
        }
    }

    private void ReadField(int field, ReadOnlySpan<char> text)
    {
        var target = _fieldTarget[field];
        switch (_fieldRole[field])
        {
            case CsvSchema.Role.Numeric:
                _numeric[target].Add(IsMissing(text) ? double.NaN : ParseNumber(field, text));
                break;
            case CsvSchema.Role.Categorical:
                _codes[target].Add(IsMissing(text) ? CategoricalColumn.MissingCode : _encoders[target].Encode(text));
                break;
            case CsvSchema.Role.PersonKey:
                _keys!.Add(ParseKey(field, text));
                break;
            case CsvSchema.Role.Period:
                _periods!.Add(ParsePeriod(field, text));
                break;
            default:
                _weights!.Add(ParseWeight(field, text));
                break;
        }
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

    private double ParseNumber(int field, ReadOnlySpan<char> text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // R writes Inf and -Inf, Python inf and nan; .NET reads only Infinity and NaN.
        var t = text.Trim();
        var negative = t.Length > 0 && t[0] == '-';
        var word = t.Length > 0 && t[0] is '-' or '+' ? t[1..] : t;
        if (word.Equals("inf", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (word.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        throw FieldError(field, "not a number: " + Quote(text));
    }

    private long ParseKey(int field, ReadOnlySpan<char> text)
    {
        if (IsMissing(text))
        {
            throw FieldError(field, "the person key is missing");
        }

        // Never quote the text: it may be a person identifier.
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var key)
            ? key
            : throw FieldError(field, "not an integer person key (the value is not shown)");
    }

    private YearMonth ParsePeriod(int field, ReadOnlySpan<char> text)
    {
        if (IsMissing(text))
        {
            throw FieldError(field, "the period is missing");
        }

        return YearMonth.TryParse(text, CultureInfo.InvariantCulture, out var month)
            ? month
            : throw FieldError(field, "not a month yyyy-MM: " + Quote(text));
    }

    private double ParseWeight(int field, ReadOnlySpan<char> text)
    {
        if (IsMissing(text))
        {
            throw FieldError(field, "the weight is missing");
        }

        var weight = ParseNumber(field, text);
        return double.IsFinite(weight) && weight >= 0
            ? weight
            : throw FieldError(field, "a weight must be finite and non-negative: " + Quote(text));
    }

    private CsvDataException FieldError(int field, string reason)
        => new(_source, _records.LineNumber, _headers[field], reason);

    private static string Quote(ReadOnlySpan<char> text)
        => text.Length <= QuoteLimit ? $"'{text}'" : $"'{text[..QuoteLimit]}...' ({text.Length.ToString(CultureInfo.InvariantCulture)} characters)";

    private void ReadHeader()
    {
        if (!_records.Read())
        {
            throw new CsvDataException(_source, 1, null, "the file is empty: there is no header line");
        }

        _headerCount = _records.FieldCount;
        _headers = new string[_headerCount];
        for (var i = 0; i < _headerCount; i++)
        {
            _headers[i] = _records.Field(i).Trim().ToString();
        }

        _records.Headers = _headers;
        _fieldRole = new CsvSchema.Role[_headerCount];
        _fieldTarget = new int[_headerCount];
        _fieldRead = new bool[_headerCount];

        var numeric = new List<ColumnBuffer<double>>();
        var codes = new List<ColumnBuffer<int>>();
        foreach (var mapping in _schema.Mappings)
        {
            var index = Array.IndexOf(_headers, mapping.Header);
            if (index < 0)
            {
                throw new CsvDataException(_source, 1, mapping.Header, $"the header '{mapping.Header}' is not in the file");
            }

            if (Array.IndexOf(_headers, mapping.Header, index + 1) >= 0)
            {
                throw new CsvDataException(_source, 1, mapping.Header, $"the header '{mapping.Header}' occurs more than once");
            }

            _fieldRead[index] = true;
            _fieldRole[index] = mapping.Role;
            switch (mapping.Role)
            {
                case CsvSchema.Role.Numeric:
                    _fieldTarget[index] = numeric.Count;
                    numeric.Add(new ColumnBuffer<double>(0));
                    break;
                case CsvSchema.Role.Categorical:
                    _fieldTarget[index] = codes.Count;
                    codes.Add(new ColumnBuffer<int>(0));
                    break;
                case CsvSchema.Role.PersonKey:
                    _keys = new ColumnBuffer<long>(0);
                    break;
                case CsvSchema.Role.Period:
                    _periods = new ColumnBuffer<YearMonth>(0);
                    break;
                default:
                    _weights = new ColumnBuffer<double>(0);
                    break;
            }
        }

        _numeric = [.. numeric];
        _codes = [.. codes];
        _encoders = new CategoryEncoder[_codes.Length];
        for (var i = 0; i < _encoders.Length; i++)
        {
            _encoders[i] = new CategoryEncoder();
        }
    }

    // Columns are built through internal constructors: every record added exactly one value to
    // each buffer, codes come from the encoders and weights were checked while parsing.
    private ColumnTable BuildTable()
    {
        var numeric = new List<NumericColumn>(_numeric.Length);
        var categorical = new List<CategoricalColumn>(_codes.Length);
        foreach (var mapping in _schema.Mappings)
        {
            if (mapping.Role == CsvSchema.Role.Numeric)
            {
                numeric.Add(new NumericColumn(mapping.Name, _numeric[numeric.Count].ToArray()));
            }
            else if (mapping.Role == CsvSchema.Role.Categorical)
            {
                var c = categorical.Count;
                categorical.Add(new CategoricalColumn(mapping.Name, _codes[c].ToArray(), _encoders[c].Levels()));
            }
        }

        return new ColumnTable(_rows, [.. numeric], [.. categorical]);
    }
}
