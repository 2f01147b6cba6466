using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

public partial class LegacyTransitionTests
{
    private static readonly string Secret = SecretKey.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Two_status_records_for_the_same_person_and_month_are_an_error_naming_both_rows()
    {
        var scenario = new LegacyScenario().Registered(SecretKey, "2024-01", "2024-03", JS);
        var status = Statuses(
            LegacyScenario.Programmes,
            (SecretKey, "2024-01", JS, -1, false),
            (SecretKey, "2024-02", JS, -1, false),
            (SecretKey, "2024-01", RWC, -1, false));
        var ex = Assert.Throws<InvalidRecordException>(() =>
            LegacyTransition.Compute(scenario.StockPanel(), status, scenario.Employment(), new LegacyTransitionOptions(M("2024-12"), "age")));
        Assert.Equal("month", ex.ColumnName);
        Assert.Equal(2, ex.Row);
        Assert.Contains("the first is row 0", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_status_codes_are_an_error_naming_the_row()
    {
        var statuses = new[] { JS, JS };
        var build = () => new StatusRecords([SecretKey, SecretKey], [M("2024-01"), M("2024-02")], statuses, [-1, -1], LegacyScenario.Programmes, [false, false]);
        var status = build();

        // The arrays are adopted, so a caller can still change them after construction: Compute checks again.
        statuses[1] = (RegisterStatus)9;
        var ex = Assert.Throws<InvalidRecordException>(() =>
            LegacyTransition.Compute(new LegacyScenario().Registered(SecretKey, "2024-01", "2024-02", JS).StockPanel(), status, Jobs(Array.Empty<(long, string, double)>()), new LegacyTransitionOptions(M("2024-12"), "age")));
        Assert.Equal(("status", 1L), (ex.ColumnName, ex.Row));
        Assert.Contains("not a known status code", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("9", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);

        var atConstruction = Assert.Throws<ArgumentException>(build);
        Assert.Contains("row 1", atConstruction.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_employment_hours_are_an_error_naming_the_row()
    {
        var scenario = new LegacyScenario().Registered(SecretKey, "2024-01", "2024-01", JS);
        var ex = Assert.Throws<InvalidRecordException>(() => LegacyTransition.Compute(
            scenario.StockPanel(), scenario.StatusRecords(), Jobs((SecretKey, "2024-07", 10.0), (SecretKey, "2024-07", -3.0)), new LegacyTransitionOptions(M("2024-12"), "age")));
        Assert.Equal(("weekly hours", 1L), (ex.ColumnName, ex.Row));
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_and_a_missing_age_column_are_rejected()
    {
        var scenario = new LegacyScenario().Registered(1, "2024-01", "2024-01", JS);
        LegacyTransitionResult Run(LegacyTransitionOptions options) => scenario.Run(options);
        var options = new LegacyTransitionOptions(M("2024-12"), "age");
        Assert.Throws<KeyNotFoundException>(() => Run(options with { AgeColumn = "alder" }));
        Assert.Throws<ArgumentException>(() => Run(options with { MinAge = 67 }));
        Assert.Throws<ArgumentException>(() => Run(options with { ExitGapMonths = 0 }));
        Assert.Throws<ArgumentException>(() => Run(options with { EmploymentHoursThreshold = double.NaN }));
        Assert.Throws<ArgumentException>(() => Run(options with { Variant = (TransitionVariant)5 }));
        Assert.Throws<ArgumentException>(() => new LegacyTransitionOptions(M("2024-12"), ""));
    }
}
