using Indikator.Core.Data;
using Microsoft.DotNet.Interactive.Formatting;

namespace Indikator.Core.Tests.Reporting.Notebooks;

/// <summary>Data sets that end a notebook cell display their shape through the real .NET Interactive formatter, and
/// never a person key (the default display would list the <c>PersonKeys</c> property).</summary>
public class DataDisplayTests
{
    private const long FirstKey = 987_654_321_001;

    [Fact]
    public void Panels_records_and_validation_reports_display_without_person_keys()
    {
        const int n = 40;
        var keys = Enumerable.Range(0, n).Select(i => FirstKey + (i / 4)).ToArray();
        var months = Enumerable.Range(0, n).Select(i => new YearMonth(2024, 1 + (i % 4))).ToArray();
        var ages = Enumerable.Range(0, n).Select(i => i == 3 ? double.NaN : 20.0 + i).ToArray();
        var panel = new PersonMonthPanelBuilder()
            .WithPersonKeys(keys).WithPeriods(months)
            .AddNumeric("age", ages)
            .AddCategorical("office", Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "Ås" : null).ToArray())
            .Build();
        var employment = new EmploymentRecords(keys, months, [.. Enumerable.Repeat(37.5, n)]);
        var statuses = new StatusRecords(keys, months, [.. Enumerable.Repeat(RegisterStatus.JobSeeker, n)], [.. Enumerable.Repeat(StatusRecords.NoProgramme, n)], [], new bool[n]);
        var validation = DataValidator.Validate(panel);

        foreach (var value in new object[] { panel, panel.Columns, employment, statuses, validation })
        {
            Assert.Equal(HtmlFormatter.MimeType, Formatter.GetPreferredMimeTypesFor(value.GetType()).First());
            var html = value.ToDisplayString(HtmlFormatter.MimeType);
            Assert.Contains("<div class=\"indikator-report\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("987654321", html.Replace(",", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var panelHtml = panel.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Contains("Person-month panel: 40 person-months, 2024-01–2024-04", panelHtml, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row""[^>]*>age</th>\s*<td[^>]*>numeric</td>\s*<td[^>]*>1</td>", panelHtml);
        Assert.Matches(@"<th scope=""row""[^>]*>office</th>\s*<td[^>]*>categorical</td>\s*<td[^>]*>20</td>\s*<td[^>]*>1</td>", panelHtml);
    }
}
