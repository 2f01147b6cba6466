using System.Diagnostics;

namespace Indikator.Core.Indicators.Disclosure;

/// <summary>
/// Primary and secondary cell suppression on the extended grid of a table.
/// </summary>
/// <remarks>
/// <para>Naming: the extended grid has <c>h</c> rows and <c>w</c> columns, row-major. It is the inner
/// R x C table plus, with row totals, a last column holding them and, with column totals, a last row
/// holding them (the grand total sits in the corner when both are shown). A "line" is a set of cells
/// bound by one published sum: with row totals every grid row is a line (inner cells + their total, and
/// the totals row + the grand total), with column totals every grid column is a line.</para>
/// <para>Secondary rule: a line with exactly one suppressed cell lets that cell be recovered by one
/// subtraction, so another cell of the line is suppressed: the smallest positive published count, then
/// (last resort) a published zero, ties broken by position (inner cells come before the margin). This is
/// repeated over rows then columns, in index order, until no line has exactly one suppressed cell. Every
/// step suppresses one more cell, so the loop ends. Position order comes from the ordinal order of the
/// labels, so the result does not depend on the order of the input cells.</para>
/// </remarks>
internal static class SuppressionKernel
{
    public static void Primary(ReadOnlySpan<int> counts, Span<SuppressionStatus> status, int minimum, bool suppressZeros)
    {
        for (var k = 0; k < counts.Length; k++)
        {
            var n = counts[k];
            status[k] = n < minimum && (n > 0 || suppressZeros) ? SuppressionStatus.PrimarySuppressed : SuppressionStatus.Published;
        }
    }

    public static void Secondary(ReadOnlySpan<int> counts, Span<SuppressionStatus> status, int h, int w, bool rowLines, bool columnLines)
    {
        Debug.Assert(counts.Length == h * w && status.Length == h * w, "grid size");
        Span<int> perRow = h <= 512 ? stackalloc int[h] : new int[h];
        Span<int> perColumn = w <= 512 ? stackalloc int[w] : new int[w];
        perRow.Clear();
        perColumn.Clear();
        for (var i = 0; i < h; i++)
        {
            for (var j = 0; j < w; j++)
            {
                if (status[(i * w) + j] != SuppressionStatus.Published)
                {
                    perRow[i]++;
                    perColumn[j]++;
                }
            }
        }

        bool changed;
        do
        {
            changed = false;
            if (rowLines)
            {
                for (var i = 0; i < h; i++)
                {
                    if (perRow[i] == 1)
                    {
                        var j = Pick(counts, status, start: i * w, stride: 1, length: w);
                        status[(i * w) + j] = SuppressionStatus.SecondarySuppressed;
                        perRow[i]++;
                        perColumn[j]++;
                        changed = true;
                    }
                }
            }

            if (columnLines)
            {
                for (var j = 0; j < w; j++)
                {
                    if (perColumn[j] == 1)
                    {
                        var i = Pick(counts, status, start: j, stride: w, length: h);
                        status[(i * w) + j] = SuppressionStatus.SecondarySuppressed;
                        perRow[i]++;
                        perColumn[j]++;
                        changed = true;
                    }
                }
            }
        }
        while (changed);
    }

    /// <summary>Returns the offset within the line of the published cell to suppress next.</summary>
    private static int Pick(ReadOnlySpan<int> counts, ReadOnlySpan<SuppressionStatus> status, int start, int stride, int length)
    {
        var best = -1;
        var bestKey = long.MaxValue;
        for (var t = 0; t < length; t++)
        {
            var k = start + (t * stride);
            if (status[k] != SuppressionStatus.Published)
            {
                continue;
            }

            // Zeros sort after every positive count: hiding an empty cell protects little.
            var key = counts[k] > 0 ? counts[k] : (long)int.MaxValue + 1;
            if (key < bestKey)
            {
                bestKey = key;
                best = t;
            }
        }

        Debug.Assert(best >= 0, "A line with one suppressed cell has at least one other cell, because every line includes its margin.");
        return best;
    }
}
