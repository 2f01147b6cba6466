using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class YearMonthTests
{
    [Theory]
    [InlineData("2024-05", 2024, 5)]
    [InlineData("1999-12", 1999, 12)]
    [InlineData(" 2025-01 ", 2025, 1)]
    public void Parses_year_dash_month(string text, int year, int month)
    {
        var ym = YearMonth.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(year, ym.Year);
        Assert.Equal(month, ym.Month);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024/05")]
    [InlineData("24-05")]
    [InlineData("2024-5")]
    [InlineData("")]
    public void Rejects_malformed_months(string text)
    {
        Assert.False(YearMonth.TryParse(text, null, out _));
        var ex = Assert.Throws<FormatException>(() => YearMonth.Parse(text, CultureInfo.InvariantCulture));
        Assert.Contains("yyyy-MM", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_months_crosses_years()
    {
        Assert.Equal(new YearMonth(2025, 2), new YearMonth(2024, 11).AddMonths(3));
        Assert.Equal(new YearMonth(2023, 12), new YearMonth(2024, 1) + -1);
        Assert.Equal(14, new YearMonth(2025, 3) - new YearMonth(2024, 1));
    }

    [Fact]
    public void Format_and_parse_round_trip_and_order_matches_index()
    {
        Prop.ForAll(
            Gen.Choose(1900 * 12, 2100 * 12).ToArbitrary(),
            Gen.Choose(-600, 600).ToArbitrary(),
            (index, shift) =>
            {
                var ym = YearMonth.FromIndex(index);
                var shifted = ym.AddMonths(shift);
                return YearMonth.Parse(ym.ToString(), CultureInfo.InvariantCulture) == ym
                    && ym.MonthsUntil(shifted) == shift
                    && (ym < shifted) == (shift > 0)
                    && Math.Sign(ym.CompareTo(shifted)) == -Math.Sign(shift);
            }).QuickCheckThrowOnFailure();
    }
}
