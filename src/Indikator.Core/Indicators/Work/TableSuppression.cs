using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// Disclosure control of a unit x month table with the existing module: distinct persons per cell, both margins
/// (pooled rows are the row totals, national months the column totals), primary and secondary suppression. A pooled
/// row with fewer distinct persons than the minimum (possible when few persons recur over many months) is suppressed
/// as well, with a partner among the pooled rows if it would otherwise be the only hidden one.
/// </summary>
internal static class TableSuppression
{
    public static (SuppressionStatus[] Monthly, SuppressionStatus[] Pooled) Apply(
        IReadOnlyList<string> units, IReadOnlyList<string> months, int[] monthlyPersons, int[] pooledPersons, int minimum)
    {
        var u = units.Count;
        var t = months.Count;
        var cells = new List<CountCell>(u * t);
        for (var a = 0; a < u; a++)
        {
            for (var b = 0; b < t; b++)
            {
                cells.Add(new CountCell(units[a], months[b], monthlyPersons[(a * t) + b]));
            }
        }

        var table = DisclosureControl.Suppress(CountTable.Create(cells, TableMargins.Both), new SuppressionOptions { MinimumCount = minimum });
        var monthly = new SuppressionStatus[u * t];
        var pooled = new SuppressionStatus[u];
        for (var a = 0; a < u; a++)
        {
            for (var b = 0; b < t; b++)
            {
                monthly[(a * t) + b] = table.Cell(units[a], months[b]).Status;
            }

            pooled[a] = table.RowTotal(units[a]).Status;
            if (pooled[a] == SuppressionStatus.Published && pooledPersons[a] > 0 && pooledPersons[a] < minimum)
            {
                pooled[a] = SuppressionStatus.PrimarySuppressed;
            }
        }

        var hidden = 0;
        var smallest = -1;
        for (var a = 0; a < u; a++)
        {
            if (pooled[a] != SuppressionStatus.Published)
            {
                hidden++;
            }
            else if (pooledPersons[a] > 0 && (smallest < 0 || pooledPersons[a] < pooledPersons[smallest]))
            {
                smallest = a;
            }
        }

        if (hidden == 1 && smallest >= 0)
        {
            pooled[smallest] = SuppressionStatus.SecondarySuppressed;
        }

        return (monthly, pooled);
    }
}
