using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Tests.Indicators.Disclosure;

public class SuppressedCellTests
{
    [Fact]
    public void Render_prints_the_count_or_the_symbol()
    {
        Assert.Equal("12345", new SuppressedCell(SuppressionStatus.Published, 12345).Render());
        Assert.Equal(":", new SuppressedCell(SuppressionStatus.PrimarySuppressed, null).Render());
        Assert.Equal("x", new SuppressedCell(SuppressionStatus.SecondarySuppressed, null).Render("x"));
        Assert.True(new SuppressedCell(SuppressionStatus.Published, 0).IsPublished);
        Assert.False(new SuppressedCell(SuppressionStatus.SecondarySuppressed, null).IsPublished);
    }
}
