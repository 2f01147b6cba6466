using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

public class GrunnbelopTableTests
{
    // Values from the domain brief (section 4); the embedded file cites NAV's G service for them.
    [Theory]
    [InlineData("2020-05", 101351)]
    [InlineData("2021-05", 106399)]
    [InlineData("2022-05", 111477)]
    [InlineData("2023-05", 118620)]
    [InlineData("2024-05", 124028)]
    [InlineData("2025-05", 130160)]
    [InlineData("2010-05", 75641)]
    [InlineData("2016-05", 92576)]
    public void Official_table_has_the_published_amounts(string month, double amount)
        => Assert.Equal(amount, GrunnbelopTable.Official.AmountFor(M(month)));

    [Fact]
    public void Official_table_covers_every_May_from_2000_to_2025()
    {
        var entries = GrunnbelopTable.Official.Entries;
        Assert.Equal(Enumerable.Range(2000, 26), entries.Select(e => e.EffectiveFrom.Year));
        Assert.All(entries, e => Assert.Equal(5, e.EffectiveFrom.Month));
        Assert.True(entries.Zip(entries.Skip(1)).All(pair => pair.Second.Amount > pair.First.Amount));
    }

    [Fact]
    public void G_switches_on_1_May_and_applies_until_April_of_the_next_year()
    {
        var table = GrunnbelopTable.Official;
        Assert.Equal(118620, table.AmountFor(M("2024-04")));
        Assert.Equal(124028, table.AmountFor(M("2024-05")));
        Assert.Equal(124028, table.AmountFor(M("2025-04")));
        Assert.Equal(130160, table.AmountFor(M("2025-05")));
        Assert.Equal(130160, table.AmountFor(M("2026-03")));
    }

    [Fact]
    public void A_month_before_the_first_G_is_a_clear_error()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GrunnbelopTable.Official.AmountFor(M("2000-04")));
        Assert.Contains("starts in 2000-05", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_can_add_a_future_year_without_changing_the_official_table()
    {
        var extended = GrunnbelopTable.Official.WithAmount(2026, 140000);
        Assert.Equal(140000, extended.AmountFor(M("2026-05")));
        Assert.Equal(130160, extended.AmountFor(M("2026-04")));
        Assert.Equal(130160, GrunnbelopTable.Official.AmountFor(M("2026-05")));
        Assert.Equal(M("2026-05"), extended.LastEffectiveMonth);

        var replaced = extended.WithAmount(M("2026-05"), 141000);
        Assert.Equal(141000, replaced.AmountFor(M("2026-06")));
        Assert.Equal(extended.Entries.Count, replaced.Entries.Count);
    }

    [Fact]
    public void Loads_a_users_own_csv_and_names_the_bad_line()
    {
        var table = GrunnbelopTable.Load(new StringReader("# my G\neffective_from,amount\n2026-05,140000.5\n2025-05,130160\n"));
        Assert.Equal(M("2025-05"), table.FirstEffectiveMonth);
        Assert.Equal(140000.5, table.AmountFor(M("2027-01")));

        var bad = Assert.Throws<FormatException>(() => GrunnbelopTable.Load(new StringReader("effective_from,amount\n2025-05,130160\n2026/05,1\n")));
        Assert.Contains("Line 3", bad.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => GrunnbelopTable.Load(new StringReader("2025-05,130160\n")));
    }

    [Fact]
    public void Rejects_repeated_months_and_non_positive_amounts()
    {
        Assert.Throws<ArgumentException>(() => GrunnbelopTable.FromEntries([new(M("2025-05"), 1), new(M("2025-05"), 2)]));
        Assert.Throws<ArgumentException>(() => GrunnbelopTable.FromEntries([new(M("2025-05"), 0)]));
        Assert.Throws<ArgumentException>(() => GrunnbelopTable.FromEntries([new(M("2025-05"), double.NaN)]));
        Assert.Throws<ArgumentException>(() => GrunnbelopTable.FromEntries([]));
    }
}
