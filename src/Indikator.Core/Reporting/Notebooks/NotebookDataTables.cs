using System.Globalization;
using Indikator.Core.Data;

namespace Indikator.Core.Reporting.Notebooks;

/// <summary>Describes data sets in a notebook by their shape (rows, months, columns, missing values), never by their
/// rows: .NET Interactive's default display lists every public property, which for a panel or a set of records would
/// print the person keys.</summary>
internal static class NotebookDataTables
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static ReportTable Panel(PersonMonthPanel panel)
    {
        var title = string.Create(C, $"Person-month panel: {panel.RowCount:N0} person-months, {Months(panel.Periods.Span)}");
        var builder = Columns(title, panel.Columns);
        builder.AddNote((panel.HasWeights ? "Weighted. " : string.Empty) + "Person keys are never displayed.");
        return builder.Build();
    }

    public static ReportTable Table(ColumnTable table) =>
        Columns(string.Create(C, $"Column table: {table.RowCount:N0} rows"), table).Build();

    public static ReportTable Employment(EmploymentRecords records)
    {
        var hours = records.WeeklyHours.Span;
        var builder = Summary(string.Create(C, $"Employment records: {records.Count:N0} records, {Months(records.Months.Span)}"))
            .AddRow(ReportCell.FromText("weekly_hours"), ReportCell.FromText("numeric"), ReportCell.FromNumber(CountNaN(hours)), ReportCell.NotAvailable);
        if (records.HasEarnings)
        {
            builder.AddRow(ReportCell.FromText("earnings"), ReportCell.FromText("numeric"), ReportCell.FromNumber(CountNaN(records.Earnings.Span)), ReportCell.NotAvailable);
        }

        return builder.AddNote("Person keys are never displayed.").Build();
    }

    public static ReportTable Statuses(StatusRecords records) =>
        Summary(string.Create(C, $"Status records: {records.Count:N0} records, {Months(records.Months.Span)}"))
            .AddRow(ReportCell.FromText("status"), ReportCell.FromText("categorical"), ReportCell.FromNumber(0), ReportCell.FromNumber(Enum.GetValues<RegisterStatus>().Length))
            .AddRow(ReportCell.FromText("programme"), ReportCell.FromText("categorical"), ReportCell.FromNumber(Count(records.Programmes.Span, StatusRecords.NoProgramme)), ReportCell.FromNumber(records.ProgrammeLevels.Count))
            .AddNote("A missing programme means none that month. Person keys are never displayed.")
            .Build();

    public static ReportTable Validation(ValidationReport report)
    {
        var builder = new ReportTableBuilder(string.Create(C, $"Validation: {report.RowCount:N0} rows, {(report.IsValid ? "valid" : "invalid")}"))
            .AddColumn("column", "Column", ReportColumnKind.Text)
            .AddColumn("kind", "Kind", ReportColumnKind.Text)
            .AddColumn("missing", "Missing", ReportColumnKind.WholeNumber)
            .AddColumn("non_finite", "Non-finite", ReportColumnKind.WholeNumber)
            .AddColumn("out_of_range", "Out of range", ReportColumnKind.WholeNumber)
            .AddColumn("levels", "Levels", ReportColumnKind.WholeNumber)
            .AddColumn("invalid", "Invalid", ReportColumnKind.WholeNumber)
            .AddColumn("first_invalid", "First invalid rows (0-based)", ReportColumnKind.Text);
        foreach (var column in report.Columns)
        {
            builder.AddRow(
                ReportCell.FromText(column.Name),
                ReportCell.FromText(column.Kind.ToString().ToLowerInvariant()),
                ReportCell.FromNumber(column.MissingCount),
                column.Kind == ColumnKind.Categorical ? ReportCell.NotAvailable : ReportCell.FromNumber(column.NonFiniteCount),
                column.Kind == ColumnKind.Categorical ? ReportCell.NotAvailable : ReportCell.FromNumber(column.OutOfRangeCount),
                column.LevelCount is { } levels ? ReportCell.FromNumber(levels) : ReportCell.NotAvailable,
                ReportCell.FromNumber(column.InvalidCount),
                column.FirstInvalidRows.Count == 0 ? ReportCell.NotAvailable : ReportCell.FromText(string.Join(", ", column.FirstInvalidRows)));
        }

        return builder.Build();
    }

    private static ReportTableBuilder Columns(string title, ColumnTable table)
    {
        var builder = Summary(title);
        foreach (var column in table.NumericColumns)
        {
            builder.AddRow(ReportCell.FromText(column.Name), ReportCell.FromText("numeric"), ReportCell.FromNumber(CountNaN(column.Values.Span)), ReportCell.NotAvailable);
        }

        foreach (var column in table.CategoricalColumns)
        {
            builder.AddRow(
                ReportCell.FromText(column.Name),
                ReportCell.FromText("categorical"),
                ReportCell.FromNumber(Count(column.Codes.Span, CategoricalColumn.MissingCode)),
                ReportCell.FromNumber(column.LevelCount));
        }

        return builder;
    }

    private static ReportTableBuilder Summary(string title) => new ReportTableBuilder(title)
        .AddColumn("column", "Column", ReportColumnKind.Text)
        .AddColumn("kind", "Kind", ReportColumnKind.Text)
        .AddColumn("missing", "Missing", ReportColumnKind.WholeNumber)
        .AddColumn("levels", "Levels", ReportColumnKind.WholeNumber);

    private static string Months(ReadOnlySpan<YearMonth> months)
    {
        if (months.IsEmpty)
        {
            return "no months";
        }

        YearMonth first = months[0], last = months[0];
        foreach (var month in months)
        {
            first = month < first ? month : first;
            last = month > last ? month : last;
        }

        return first == last ? first.ToString() : $"{first}–{last}";
    }

    private static int CountNaN(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var v in values)
        {
            count += double.IsNaN(v) ? 1 : 0;
        }

        return count;
    }

    private static int Count(ReadOnlySpan<int> codes, int code)
    {
        var count = 0;
        foreach (var c in codes)
        {
            count += c == code ? 1 : 0;
        }

        return count;
    }
}
