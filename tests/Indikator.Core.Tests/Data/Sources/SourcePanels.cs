using System.Globalization;
using System.Text;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data.Sources;

/// <summary>A synthetic panel written to CSV and to each typed source, and an exact comparison of loaded panels.</summary>
internal static class SourcePanels
{
    // First appearances are not in sorted order ("5001" before "0301"), so a source that reordered levels would show.
    private static readonly string[] Offices = ["5001", "0301", "4601", "1103"];
    private static readonly string[] Genders = ["M", "K"];

    /// <summary>Gets the schema of the sample's columns, under the same names as in the files.</summary>
    public static CsvSchema Schema { get; } = new CsvSchema()
        .WithPersonKey("person_key").WithPeriod("period").WithWeights("weight")
        .AddNumeric("age").AddNumeric("income").AddCategorical("office").AddCategorical("gender");

    /// <summary>A panel with large person keys, missing numbers (NaN) and missing categories.</summary>
    public static PersonMonthPanel Sample(int rows = 400)
    {
        var keys = new long[rows];
        var periods = new YearMonth[rows];
        var weights = new double[rows];
        var age = new double[rows];
        var income = new double[rows];
        var office = new string?[rows];
        var gender = new string?[rows];
        var random = new Random(11);
        for (var i = 0; i < rows; i++)
        {
            keys[i] = 12_345_678_901L + (i / 3);
            periods[i] = new YearMonth(2023, 1).AddMonths(i % 24);
            weights[i] = 0.5 + random.Next(4);
            age[i] = i % 17 == 5 ? double.NaN : 18 + random.Next(50);
            income[i] = Math.Round(random.NextDouble() * 600_000, 2) / 7;
            office[i] = i % 13 == 7 ? null : Offices[random.Next(Offices.Length)];
            gender[i] = i % 19 == 3 ? null : Genders[random.Next(2)];
        }

        office[0] = Offices[0];
        office[1] = Offices[1];
        return new PersonMonthPanelBuilder()
            .WithPersonKeys(keys).WithPeriods(periods).WithWeights(weights)
            .AddNumeric("age", age).AddNumeric("income", income)
            .AddCategorical("office", office).AddCategorical("gender", gender)
            .Build();
    }

    /// <summary>Writes the sample's columns as CSV: numbers in round-trip form, a missing value as an empty field.</summary>
    public static string ToCsv(PersonMonthPanel panel)
    {
        var text = new StringBuilder("person_key,period,weight,age,income,office,gender\n");
        var keys = panel.PersonKeys.Span;
        var periods = panel.Periods.Span;
        var weights = panel.Weights.Span;
        var age = panel.Numeric("age").Values.Span;
        var income = panel.Numeric("income").Values.Span;
        var office = panel.Categorical("office");
        var gender = panel.Categorical("gender");
        for (var i = 0; i < panel.RowCount; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{keys[i]},{periods[i]},{Number(weights[i])},{Number(age[i])},{Number(income[i])},")
                .Append(Label(office, i)).Append(',').Append(Label(gender, i)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Asserts that two panels hold the same rows: every key, period, weight and value, and every level in the same order.</summary>
    public static void AssertSame(PersonMonthPanel expected, PersonMonthPanel actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.PersonKeys.ToArray(), actual.PersonKeys.ToArray());
        Assert.Equal(expected.Periods.ToArray(), actual.Periods.ToArray());
        Assert.Equal(expected.HasWeights, actual.HasWeights);
        Assert.Equal(expected.Weights.ToArray(), actual.Weights.ToArray());
        AssertSameColumns(expected, actual);
    }

    /// <summary>Asserts that two tables have the same numeric and categorical columns, values and level order.</summary>
    public static void AssertSameColumns(IColumnSource expected, IColumnSource actual)
    {
        Assert.Equal(expected.NumericColumns.Select(c => c.Name), actual.NumericColumns.Select(c => c.Name));
        Assert.Equal(expected.CategoricalColumns.Select(c => c.Name), actual.CategoricalColumns.Select(c => c.Name));
        for (var c = 0; c < expected.NumericColumns.Count; c++)
        {
            // Assert.Equal on double arrays treats NaN as equal to NaN and compares the rest exactly.
            Assert.Equal(expected.NumericColumns[c].Values.ToArray(), actual.NumericColumns[c].Values.ToArray());
        }

        for (var c = 0; c < expected.CategoricalColumns.Count; c++)
        {
            Assert.Equal(expected.CategoricalColumns[c].Levels, actual.CategoricalColumns[c].Levels);
            Assert.Equal(expected.CategoricalColumns[c].Codes.ToArray(), actual.CategoricalColumns[c].Codes.ToArray());
        }
    }

    /// <summary>A fresh folder under the temporary folder; the caller deletes it.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "indikator-sources-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Label(CategoricalColumn column, int row)
    {
        var code = column.Codes.Span[row];
        return code == CategoricalColumn.MissingCode ? string.Empty : column.Levels[code];
    }
}
