using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>Checks the columns of a table or panel and reports missing, non-finite and out-of-range values per column.</summary>
/// <remarks>
/// <para>Validation never throws for bad data: it returns a <see cref="ValidationReport"/>; call
/// <see cref="ValidationReport.ThrowIfInvalid"/> to turn a failed report into a
/// <see cref="DataValidationException"/>. Reports name rows by 0-based row number, never by person key.
/// For data read by <see cref="CsvLoader"/>, row <c>r</c> is on line <c>r + 2</c> of the file unless
/// quoted fields span lines or blank lines were skipped.</para>
/// <code>
/// var report = DataValidator.Validate(panel, new ValidationRules
/// {
///     Ranges = new Dictionary&lt;string, ValueRange&gt; { ["age"] = new(16, 67) },
/// });
/// Console.WriteLine(report);
/// report.ThrowIfInvalid();
/// </code>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class DataValidator
{
    /// <summary>The column name under which a panel's own weights are reported.</summary>
    public const string PanelWeightsName = "(weights)";

    private static readonly ValueRange NonNegative = new(0, double.PositiveInfinity);

    /// <summary>Validates every column of <paramref name="source"/>, and a panel's weights.</summary>
    /// <param name="source">A <see cref="ColumnTable"/>, a <see cref="PersonMonthPanel"/> or another column source.</param>
    /// <param name="rules">Ranges, required columns and a weight column; <see cref="ValidationRules.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule names a column that the source lacks, or a range or weight rule names a categorical column.</exception>
    public static ValidationReport Validate(IColumnSource source, ValidationRules? rules = null)
    {
        Guard.NotNull(source);
        rules ??= ValidationRules.Default;
        CheckRules(source, rules);
        var required = new HashSet<string>(rules.RequiredColumns, StringComparer.Ordinal);
        var columns = new List<ColumnValidation>(source.NumericColumns.Count + source.CategoricalColumns.Count + 1);
        foreach (var column in source.NumericColumns)
        {
            var isWeight = string.Equals(column.Name, rules.WeightColumn, StringComparison.Ordinal);
            ValueRange? range = isWeight ? NonNegative : rules.Ranges.TryGetValue(column.Name, out var r) ? r : null;
            columns.Add(CheckNumeric(
                column.Name, column.Values.Span, isWeight ? ColumnKind.Weight : ColumnKind.Numeric, range, !isWeight && !required.Contains(column.Name)));
        }

        foreach (var column in source.CategoricalColumns)
        {
            columns.Add(CheckCategorical(column, !required.Contains(column.Name)));
        }

        if (source is PersonMonthPanel { HasWeights: true } panel)
        {
            columns.Add(CheckNumeric(PanelWeightsName, panel.Weights.Span, ColumnKind.Weight, NonNegative, missingAllowed: false));
        }

        return new ValidationReport(source.RowCount, [.. columns]);
    }

    private static void CheckRules(IColumnSource source, ValidationRules rules)
    {
        foreach (var name in rules.Ranges.Keys)
        {
            if (!source.TryGetNumeric(name, out _))
            {
                throw new ArgumentException($"A range is given for '{name}', which is not a numeric column of the source.", nameof(rules));
            }
        }

        foreach (var name in rules.RequiredColumns)
        {
            if (!source.TryGetNumeric(name, out _) && !source.TryGetCategorical(name, out _))
            {
                throw new ArgumentException($"Required column '{name}' is not in the source.", nameof(rules));
            }
        }

        if (rules.WeightColumn is { } weights && !source.TryGetNumeric(weights, out _))
        {
            throw new ArgumentException($"Weight column '{weights}' is not a numeric column of the source.", nameof(rules));
        }
    }

    private static ColumnValidation CheckNumeric(string name, ReadOnlySpan<double> values, ColumnKind kind, ValueRange? range, bool missingAllowed)
    {
        var min = range?.Min ?? double.NegativeInfinity;
        var max = range?.Max ?? double.PositiveInfinity;
        int missing = 0, nonFinite = 0, outOfRange = 0, invalid = 0;
        var first = new List<int>(ColumnValidation.MaxListedRows);
        for (var row = 0; row < values.Length; row++)
        {
            var v = values[row];
            bool bad;
            if (double.IsNaN(v))
            {
                missing++;
                bad = !missingAllowed;
            }
            else if (double.IsInfinity(v))
            {
                nonFinite++;
                bad = true;
            }
            else if (v < min || v > max)
            {
                outOfRange++;
                bad = true;
            }
            else
            {
                continue;
            }

            if (bad)
            {
                invalid++;
                if (first.Count < ColumnValidation.MaxListedRows)
                {
                    first.Add(row);
                }
            }
        }

        return new ColumnValidation(name, kind, values.Length, missing, nonFinite, outOfRange, invalid, [.. first], range, missingAllowed, levelCount: null);
    }

    private static ColumnValidation CheckCategorical(CategoricalColumn column, bool missingAllowed)
    {
        var codes = column.Codes.Span;
        var missing = 0;
        var first = new List<int>(ColumnValidation.MaxListedRows);
        for (var row = 0; row < codes.Length; row++)
        {
            if (codes[row] == CategoricalColumn.MissingCode)
            {
                missing++;
                if (!missingAllowed && first.Count < ColumnValidation.MaxListedRows)
                {
                    first.Add(row);
                }
            }
        }

        return new ColumnValidation(
            column.Name, ColumnKind.Categorical, codes.Length, missing, 0, 0, missingAllowed ? 0 : missing, [.. first], null, missingAllowed, column.LevelCount);
    }
}
