using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Tests.Indicators.Disclosure;

public partial class DisclosureControlTests
{
    /// <summary>A random table: up to 7 x 7 cells, many of them small, with random margins, minimum and shuffle seed.</summary>
    private sealed record Case(int Rows, int Columns, int[] Counts, TableMargins Margins, int Minimum, bool SuppressZeros, int Seed)
    {
        public IEnumerable<CountCell> Cells()
            => Enumerable.Range(0, Rows * Columns).Select(k => new CountCell($"r{k / Columns:D2}", $"c{k % Columns:D2}", Counts[k]));

        public override string ToString()
            => $"{Rows}x{Columns} {Margins} min={Minimum} zeros={SuppressZeros} [{string.Join(",", Counts)}]";
    }

    private static readonly Arbitrary<Case> Cases =
        (from rows in Gen.Choose(1, 7)
         from columns in Gen.Choose(1, 7)
         from counts in Gen.OneOf(Gen.Choose(0, 6), Gen.Choose(0, 60)).ArrayOf(rows * columns)
         from margins in Gen.Choose(0, 3)
         from minimum in Gen.Choose(1, 7)
         from zeros in Gen.Elements(false, true)
         from seed in Gen.Choose(0, int.MaxValue)
         select new Case(rows, columns, counts, (TableMargins)margins, minimum, zeros, seed)).ToArbitrary();

    private static SuppressedTable Run(Case c, IEnumerable<CountCell> cells)
        => DisclosureControl.Suppress(CountTable.Create(cells, c.Margins), new SuppressionOptions { MinimumCount = c.Minimum, SuppressZeros = c.SuppressZeros });

    /// <summary>Every line bound by a published sum, as (status, true count) pairs, including its total.</summary>
    private static List<List<(SuppressedCell Cell, int Count)>> Lines(Case c, SuppressedTable t)
    {
        var rows = t.Rows;
        var columns = t.Columns;
        int Count(int i, int j) => c.Counts[(i * c.Columns) + j];
        var lines = new List<List<(SuppressedCell, int)>>();
        if ((c.Margins & TableMargins.RowTotals) != 0)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var line = Enumerable.Range(0, columns.Count).Select(j => (t.Cell(rows[i], columns[j]), Count(i, j))).ToList();
                line.Add((t.RowTotal(rows[i]), line.Sum(x => x.Item2)));
                lines.Add(line);
            }
        }

        if ((c.Margins & TableMargins.ColumnTotals) != 0)
        {
            for (var j = 0; j < columns.Count; j++)
            {
                var line = Enumerable.Range(0, rows.Count).Select(i => (t.Cell(rows[i], columns[j]), Count(i, j))).ToList();
                line.Add((t.ColumnTotal(columns[j]), line.Sum(x => x.Item2)));
                lines.Add(line);
            }
        }

        if (c.Margins == TableMargins.Both)
        {
            var total = c.Counts.Sum();
            var totalsRow = Enumerable.Range(0, columns.Count).Select(j => (t.ColumnTotal(columns[j]), Enumerable.Range(0, rows.Count).Sum(i => Count(i, j)))).ToList();
            totalsRow.Add((t.GrandTotal(), total));
            var totalsColumn = Enumerable.Range(0, rows.Count).Select(i => (t.RowTotal(rows[i]), Enumerable.Range(0, columns.Count).Sum(j => Count(i, j)))).ToList();
            totalsColumn.Add((t.GrandTotal(), total));
            lines.Add(totalsRow);
            lines.Add(totalsColumn);
        }

        return lines;
    }

    private static IEnumerable<(SuppressedCell Cell, int Count)> AllCells(Case c, SuppressedTable t)
    {
        for (var i = 0; i < c.Rows; i++)
        {
            for (var j = 0; j < c.Columns; j++)
            {
                yield return (t.Cell(t.Rows[i], t.Columns[j]), c.Counts[(i * c.Columns) + j]);
            }
        }

        foreach (var line in Lines(c, t))
        {
            yield return line[^1];
        }
    }

    [Fact]
    public void Property_no_published_cell_or_total_has_fewer_persons_than_the_minimum()
        => Prop.ForAll(Cases, c =>
        {
            var table = Run(c, c.Cells());
            return AllCells(c, table).All(x =>
                x.Cell.IsPublished
                    ? x.Cell.Value == x.Count && (x.Count >= c.Minimum || (x.Count == 0 && !c.SuppressZeros))
                    : x.Cell.Value is null && (x.Cell.Status == SuppressionStatus.SecondarySuppressed || x.Count < c.Minimum));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_no_suppressed_cell_can_be_recovered_by_one_subtraction()
        => Prop.ForAll(Cases, c =>
        {
            var table = Run(c, c.Cells());
            return Lines(c, table).All(line =>
            {
                var suppressed = line.Count(x => !x.Cell.IsPublished);
                return suppressed == 0 || suppressed >= 2;
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_suppression_is_deterministic_and_independent_of_cell_order()
        => Prop.ForAll(Cases, c =>
        {
            var first = Run(c, c.Cells());
            var shuffled = c.Cells().ToArray();
            new Random(c.Seed).Shuffle(shuffled);
            var second = Run(c, shuffled);
            return AllCells(c, first).Select(x => x.Cell).SequenceEqual(AllCells(c, second).Select(x => x.Cell))
                && (first.PrimaryCount, first.SecondaryCount) == (second.PrimaryCount, second.SecondaryCount);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_without_margins_only_primary_cells_are_suppressed()
        => Prop.ForAll(Cases, c =>
        {
            var table = Run(c with { Margins = TableMargins.None }, c.Cells().ToArray());
            return table.SecondaryCount == 0;
        }).QuickCheckThrowOnFailure();
}
