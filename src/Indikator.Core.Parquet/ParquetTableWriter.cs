using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Reporting;
using Parquet;
using Parquet.Schema;

namespace Indikator.Core.Parquet;

/// <summary>Writes tables, panels and report tables as Parquet files that <see cref="ParquetLoader"/>, DuckDB, R (arrow) and pandas read.</summary>
/// <remarks>
/// <para>A numeric column becomes a nullable double column (a missing value, <see cref="double.NaN"/>, is written as
/// null); a categorical column a nullable text column of its labels. A panel also gets its person key (64-bit
/// integers) and its period (a Parquet DATE, the first day of the month, which every reader
/// understands and which reads back as the same month) and, when it has them, its weights. Files are Snappy
/// compressed, in row groups of at most 1 048 576 rows (so <see cref="ParquetLoader"/> can read a large file on
/// several threads), and text columns are dictionary-encoded (a label is stored once per row group, and each row as
/// its index), as pyarrow, DuckDB and Spark write them.</para>
/// <para>A report table keeps its machine column names; a suppressed cell is written as null and marked true in a
/// boolean column <c>&lt;name&gt;_suppressed</c> next to each numeric column that has suppressed cells, so that it
/// cannot be mistaken for a missing value (the CSV writer writes <c>:</c>).</para>
/// <para>A panel holds person keys: write one only where person-level data may be kept.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class ParquetTableWriter
{
    private const int RowGroupSize = 1 << 20;

    /// <summary>Gets the column name of the period in a written panel.</summary>
    public const string PeriodColumnName = PersonMonthPanel.PeriodColumnName;

    /// <summary>Gets the column name of the weights in a written panel.</summary>
    public const string WeightColumnName = "weight";

    /// <summary>Writes the numeric and categorical columns of a table to a stream.</summary>
    /// <param name="table">The table (for a panel, only its columns; see <see cref="Write(PersonMonthPanel, Stream, string)"/>).</param>
    /// <param name="stream">The destination, writable and seekable; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IColumnSource table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        Run(() => WriteAsync(Columns(table), table.RowCount, stream, RowGroupSize, dictionaryText: true));
    }

    /// <summary>Writes a panel, with its person key, period and weights, to a stream.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="stream">The destination, writable and seekable; it is left open.</param>
    /// <param name="personKeyColumn">The column name of the person key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column name is used twice.</exception>
    public static void Write(PersonMonthPanel panel, Stream stream, string personKeyColumn = "person_key")
        => Write(panel, stream, personKeyColumn, RowGroupSize, dictionaryText: true);

    /// <summary>Writes a panel in row groups of <paramref name="rowGroupRows"/> rows, text plain or dictionary-encoded, for tests of readers.</summary>
    internal static void Write(PersonMonthPanel panel, Stream stream, string personKeyColumn, int rowGroupRows, bool dictionaryText)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(personKeyColumn);
        var keys = panel.PersonKeys;
        var periods = panel.Periods;
        var weights = panel.Weights;
        List<OutputColumn> columns =
        [
            new(new DataField<long>(personKeyColumn, false), (field, group, from, count) => group.WriteAsync(field, keys.Slice(from, count))),
            new(new DataField<DateOnly>(PeriodColumnName, false), (field, group, from, count) =>
            {
                var dates = new DateOnly[count];
                var span = periods.Span.Slice(from, count);
                for (var i = 0; i < count; i++)
                {
                    dates[i] = new DateOnly(span[i].Year, span[i].Month, 1);
                }

                return group.WriteAsync(field, (ReadOnlyMemory<DateOnly>)dates);
            }),
        ];
        if (panel.HasWeights)
        {
            columns.Add(new(new DataField<double>(WeightColumnName, false), (field, group, from, count) => group.WriteAsync(field, weights.Slice(from, count))));
        }

        columns.AddRange(Columns(panel));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!names.Add(column.Field.Name))
            {
                throw new ArgumentException($"The column name '{column.Field.Name}' is used twice.", nameof(personKeyColumn));
            }
        }

        Run(() => WriteAsync(columns, panel.RowCount, stream, rowGroupRows, dictionaryText));
    }

    /// <summary>Writes a report table to a stream.</summary>
    /// <param name="table">The report table.</param>
    /// <param name="stream">The destination, writable and seekable; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        var columns = new List<OutputColumn>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var index = c;
            var column = table.Columns[c];
            if (!column.IsNumeric)
            {
                columns.Add(new(new DataField<string>(column.Name, true), (field, group, from, count) =>
                {
                    var text = new string?[count];
                    for (var i = 0; i < count; i++)
                    {
                        text[i] = table[from + i, index].Text;
                    }

                    return group.WriteAsync(field, text);
                }));
                continue;
            }

            columns.Add(new(new DataField<double>(column.Name, true), (field, group, from, count) =>
            {
                var numbers = new double?[count];
                for (var i = 0; i < count; i++)
                {
                    numbers[i] = table[from + i, index].Number;
                }

                return group.WriteAsync(field, (ReadOnlyMemory<double?>)numbers);
            }));
            var suppressed = false;
            for (var row = 0; row < table.Rows.Count; row++)
            {
                suppressed |= table[row, c].Status == CellStatus.Suppressed;
            }

            if (suppressed)
            {
                columns.Add(new(new DataField<bool>(column.Name + "_suppressed", false), (field, group, from, count) =>
                {
                    var flags = new bool[count];
                    for (var i = 0; i < count; i++)
                    {
                        flags[i] = table[from + i, index].Status == CellStatus.Suppressed;
                    }

                    return group.WriteAsync(field, (ReadOnlyMemory<bool>)flags);
                }));
            }
        }

        Run(() => WriteAsync(columns, table.Rows.Count, stream, RowGroupSize, dictionaryText: true));
    }

    /// <summary>Writes a table to a file, replacing it.</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(IColumnSource table, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(table, stream);
    }

    /// <summary>Writes a panel, with its person key, period and weights, to a file, replacing it.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="path">The file path.</param>
    /// <param name="personKeyColumn">The column name of the person key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column name is used twice.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(PersonMonthPanel panel, string path, string personKeyColumn = "person_key")
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(panel, stream, personKeyColumn);
    }

    /// <summary>Writes a report table to a file, replacing it.</summary>
    /// <param name="table">The report table.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(ReportTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(table, stream);
    }

    private static List<OutputColumn> Columns(IColumnSource table)
    {
        var columns = new List<OutputColumn>();
        foreach (var column in table.NumericColumns)
        {
            var values = column.Values;
            columns.Add(new(new DataField<double>(column.Name, true), (field, group, from, count) =>
            {
                var numbers = new double?[count];
                var span = values.Span.Slice(from, count);
                for (var i = 0; i < count; i++)
                {
                    numbers[i] = double.IsNaN(span[i]) ? null : span[i];
                }

                return group.WriteAsync(field, (ReadOnlyMemory<double?>)numbers);
            }));
        }

        foreach (var column in table.CategoricalColumns)
        {
            var codes = column.Codes;
            var levels = column.Levels;
            columns.Add(new(new DataField<string>(column.Name, true), (field, group, from, count) =>
            {
                var text = new string?[count];
                var span = codes.Span.Slice(from, count);
                for (var i = 0; i < count; i++)
                {
                    text[i] = span[i] == CategoricalColumn.MissingCode ? null : levels[span[i]];
                }

                return group.WriteAsync(field, text);
            }));
        }

        return columns;
    }

    private static async Task WriteAsync(IReadOnlyList<OutputColumn> columns, int rows, Stream stream, int rowGroupRows, bool dictionaryText)
    {
        var schema = new ParquetSchema([.. columns.Select(c => (Field)c.Field)]);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };

        // Parquet.Net writes text plainly unless asked; pyarrow, DuckDB and Spark dictionary-encode it by default, and
        // a dictionary column is smaller and reads without decoding a string per row.
        foreach (var field in schema.DataFields)
        {
            if (dictionaryText && (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>)))
            {
                options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
            }
        }
        var writer = await ParquetWriter.CreateAsync(schema, stream, options).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            // An empty table still gets one (empty) row group, so readers see its schema and zero rows.
            for (var from = 0; from < rows || from == 0; from += rowGroupRows)
            {
                var count = Math.Min(rowGroupRows, rows - from);
                using var group = writer.CreateRowGroup();
                foreach (var column in columns)
                {
                    await column.Write(column.Field, group, from, count).ConfigureAwait(false);
                }

                if (rows == 0)
                {
                    break;
                }
            }
        }
    }

    private static void Run(Func<Task> action) => Task.Run(action).GetAwaiter().GetResult();

    private sealed record OutputColumn(DataField Field, Func<DataField, ParquetRowGroupWriter, int, int, Task> Write);
}
