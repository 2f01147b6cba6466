using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

public sealed class LinkedSuppressionTests
{
    private const SuppressionStatus P = SuppressionStatus.Published;
    private const SuppressionStatus H = SuppressionStatus.PrimarySuppressed;
    private const SuppressionStatus S = SuppressionStatus.SecondarySuppressed;

    // Units (o1, S), (o1, T), (o2, S), (o2, T); one month; (o1, S) has 3 persons.
    private static readonly int[] Monthly = [3, 20, 30, 40];
    private static readonly int[] Pooled = [3, 20, 30, 40];

    [Fact]
    public void A_hidden_cell_gets_a_partner_in_its_office_so_the_office_total_does_not_reveal_it()
    {
        SuppressionStatus[] monthly = [H, P, P, P];
        SuppressionStatus[] pooled = [H, P, P, P];
        var office = new CoarseMargin([0, 0, 1, 1], new LevelStatus([P, P], [P, P]));
        LinkedSuppression.Apply(4, 1, Monthly, Pooled, monthly, pooled, [office]);
        Assert.Equal([H, S, P, P], monthly);
        Assert.Equal([H, S, P, P], pooled);
    }

    [Fact]
    public void With_office_and_category_totals_the_partners_spread_until_every_line_has_two()
    {
        SuppressionStatus[] monthly = [H, P, P, P];
        SuppressionStatus[] pooled = [H, P, P, P];
        var office = new CoarseMargin([0, 0, 1, 1], new LevelStatus([P, P], [P, P]));
        var need = new CoarseMargin([0, 1, 0, 1], new LevelStatus([P, P], [P, P]));
        LinkedSuppression.Apply(4, 1, Monthly, Pooled, monthly, pooled, [office, need]);
        Assert.Equal([H, S, S, S], monthly);
        Assert.Equal([H, S, S, S], pooled);
    }

    [Fact]
    public void A_hidden_office_total_hides_the_smallest_of_its_published_cells()
    {
        SuppressionStatus[] monthly = [P, P, P, P];
        SuppressionStatus[] pooled = [P, P, P, P];
        var office = new CoarseMargin([0, 0, 1, 1], new LevelStatus([P, S], [P, P]));
        LinkedSuppression.Apply(4, 1, [10, 20, 30, 40], [10, 20, 30, 40], monthly, pooled, [office]);
        // (o2, S) partners the hidden total; its row then hides its pooled cell, the pooled line of o2 hides (o2, T)
        // pooled, and that row hides (o2, T) in the month.
        Assert.Equal([P, P, S, S], monthly);
        Assert.Equal([P, P, S, S], pooled);
    }

    [Fact]
    public void Cells_without_persons_are_never_chosen()
    {
        SuppressionStatus[] monthly = [H, P, P, P];
        SuppressionStatus[] pooled = [H, P, P, P];
        var office = new CoarseMargin([0, 0, 1, 1], new LevelStatus([P, P], [P, P]));
        LinkedSuppression.Apply(4, 1, [3, 0, 30, 40], [3, 0, 30, 40], monthly, pooled, [office]);
        Assert.Equal([H, P, P, P], monthly);
    }
}
