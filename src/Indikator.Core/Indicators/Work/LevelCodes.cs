using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>The cells of one reporting level: unit code per row (-1 outside), whose unit x month cell is
/// unit * T + month; for priority groups, which overlap, a month code per row for each group instead
/// (<see cref="Members"/>).</summary>
/// <remarks>The cells are not stored: at NAV's scale (25 million rows, nine levels) a cell per row and level took
/// 0.9 GB, and the one pass that reads them computes them from the unit and the month as cheaply.</remarks>
internal sealed class LevelCodes
{
    private LevelCodes(WorkUnitLevel level, string[] units, string[][] labels, int[] unitOfRow, int[][]? members = null)
    {
        Level = level;
        Units = units;
        UnitOfRow = unitOfRow;
        Members = members;
        var byUnit = new Dictionary<string, IReadOnlyList<string>>(units.Length, StringComparer.Ordinal);
        for (var u = 0; u < units.Length; u++)
        {
            byUnit[units[u]] = ValueList.Wrap(labels[u]);
        }

        Labels = byUnit;
    }

    public WorkUnitLevel Level { get; }

    public string[] Units { get; }

    /// <summary>Gets each unit's category in each column of the level (the unit itself for a single column).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; }

    /// <summary>Gets the unit of each row, or -1; all -1 for priority groups (see <see cref="Members"/>).</summary>
    public int[] UnitOfRow { get; }

    /// <summary>Gets, for a priority-group level, per group the month code (0..T-1) of each row in the group and -1 for
    /// the others; null for every other level.</summary>
    public int[][]? Members { get; }

    public static LevelCodes Build(WorkUnitLevel level, ModelSource source)
        => level.IsPriorityGroups ? Groups(level, source) : Build(level, source.Table);

    /// <summary>The codes of a level that is not priority groups, over the rows of <paramref name="table"/>; the push-down
    /// path passes one row per combination of the units' categories that occurs, which is all that
    /// <see cref="MapTo"/>, <see cref="PartialMapTo"/> and <see cref="Covers"/> read.</summary>
    public static LevelCodes Build(WorkUnitLevel level, ColumnTable table)
    {
        if (level.IsCountry)
        {
            return new LevelCodes(level, [WorkUnitLevel.CountryUnit], [[WorkUnitLevel.CountryUnit]], new int[table.RowCount]);
        }

        var (units, labels, codes) = level.IsCrossed ? Crossed(level, table) : Single(level, table);
        return new LevelCodes(level, units, labels, codes);
    }

    /// <summary>The unit of <paramref name="coarse"/> that holds each unit of this level, or null when the rows of some unit lie in more than one coarse unit or outside every one (always null when either level is priority groups).</summary>
    public int[]? MapTo(LevelCodes coarse)
    {
        if (Members is not null || coarse.Members is not null)
        {
            return null;
        }

        var map = new int[Units.Length];
        Array.Fill(map, -1);
        var fine = UnitOfRow;
        var outer = coarse.UnitOfRow;
        for (var r = 0; r < fine.Length; r++)
        {
            var u = fine[r];
            if (u < 0)
            {
                continue;
            }

            var q = outer[r];
            if (q < 0 || (map[u] >= 0 && map[u] != q))
            {
                return null;
            }

            map[u] = q;
        }

        return map;
    }

    /// <summary>Whether every row in a unit of <paramref name="coarse"/> is also in a unit of this level.</summary>
    public bool Covers(LevelCodes coarse)
    {
        var fine = UnitOfRow;
        var outer = coarse.UnitOfRow;
        for (var r = 0; r < fine.Length; r++)
        {
            if (outer[r] >= 0 && fine[r] < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The partial map to a coarse level that this level does not nest in (counties and NAV regions): fine unit u maps
    /// to coarse unit q when every row of q lies in fine units whose rows all lie in q, so that q's cells are sums of
    /// those fine units' cells; every other fine unit maps to -1. Null when no coarse unit is such a sum, or when either
    /// level is priority groups.
    /// </summary>
    public int[]? PartialMapTo(LevelCodes coarse)
    {
        if (Members is not null || coarse.Members is not null)
        {
            return null;
        }

        // Pass 1: the coarse unit of each fine unit, -2 when its rows lie in several or outside every one.
        var fine = UnitOfRow;
        var outer = coarse.UnitOfRow;
        var within = new int[Units.Length];
        Array.Fill(within, -1);
        for (var r = 0; r < fine.Length; r++)
        {
            var u = fine[r];
            if (u < 0)
            {
                continue;
            }

            var q = outer[r];
            within[u] = within[u] == -1 ? (q < 0 ? -2 : q) : within[u] == q ? q : -2;
        }

        // Pass 2: a coarse unit is a sum when each of its rows is in a fine unit that lies within it.
        var whole = new bool[coarse.Units.Length];
        Array.Fill(whole, true);
        for (var r = 0; r < fine.Length; r++)
        {
            var q = outer[r];
            if (q >= 0 && (fine[r] < 0 || within[fine[r]] != q))
            {
                whole[q] = false;
            }
        }

        var map = new int[Units.Length];
        var any = false;
        for (var u = 0; u < map.Length; u++)
        {
            map[u] = within[u] >= 0 && whole[within[u]] ? within[u] : -1;
            any |= map[u] >= 0;
        }

        return any ? map : null;
    }

    /// <summary>A priority-group level without rows (the push-down path, which evaluates the conditions inside the
    /// database): its units and labels, and an empty membership per group, which marks it as priority groups.</summary>
    public static LevelCodes GroupsWithoutRows(WorkUnitLevel level)
    {
        var groups = level.Groups;
        return new LevelCodes(level, [.. groups.Select(g => g.Name)], [.. groups.Select(g => new[] { g.Name })], [], [.. groups.Select(_ => Array.Empty<int>())]);
    }

    /// <summary>
    /// The membership of each priority group: a row is in the group when every condition holds for it. Conditions read
    /// the panel (any column, not only the model's); a missing value satisfies no condition.
    /// </summary>
    private static LevelCodes Groups(WorkUnitLevel level, ModelSource source)
    {
        var rows = source.Table.RowCount;
        var period = source.PeriodCodes;
        var groups = level.Groups;
        var members = new int[groups.Count][];
        var units = new string[groups.Count];
        var labels = new string[groups.Count][];
        for (var g = 0; g < groups.Count; g++)
        {
            var inGroup = new bool[rows];
            Array.Fill(inGroup, true);
            for (var c = 0; c < groups[g].Conditions.Count; c++)
            {
                GroupMembership.Apply(groups[g], c, source.Panel, inGroup);
            }

            // The conditions are read in the panel's rows; the table's row j is the panel's row PanelRow[j].
            var panelRow = source.PanelRow;
            var cell = new int[rows];
            for (var r = 0; r < rows; r++)
            {
                cell[r] = inGroup[panelRow is null ? r : panelRow[r]] ? period[r] : -1;
            }

            members[g] = cell;
            units[g] = groups[g].Name;
            labels[g] = [groups[g].Name];
        }

        var outside = new int[rows];
        Array.Fill(outside, -1);
        return new LevelCodes(level, units, labels, outside, members);
    }

    private static (string[] Units, string[][] Labels, int[] Codes) Single(WorkUnitLevel level, ColumnTable table)
    {
        var column = table.Categorical(level.Column!);
        return ([.. column.Levels], [.. column.Levels.Select(l => new[] { l })], column.CodeArray);
    }

    /// <summary>
    /// The combinations of categories that occur in some row, in the order of the columns' level orders (first column
    /// slowest), so the units do not depend on the order of the rows. A row with a missing category in any column is
    /// outside every unit.
    /// </summary>
    private static (string[] Units, string[][] Labels, int[] Codes) Crossed(WorkUnitLevel level, ColumnTable table)
    {
        var columns = level.Columns.Select(table.Categorical).ToArray();
        var rows = table.RowCount;
        var key = new long[rows];
        var present = new HashSet<long>();
        for (var r = 0; r < rows; r++)
        {
            var k = 0L;
            foreach (var column in columns)
            {
                var code = column.CodeArray[r];
                if (code < 0)
                {
                    k = -1;
                    break;
                }

                k = checked((k * column.LevelCount) + code);
            }

            key[r] = k;
            if (k >= 0)
            {
                present.Add(k);
            }
        }

        var keys = present.Order().ToArray();
        var unitOfKey = new Dictionary<long, int>(keys.Length);
        var units = new string[keys.Length];
        var labels = new string[keys.Length][];
        for (var u = 0; u < keys.Length; u++)
        {
            unitOfKey[keys[u]] = u;
            var parts = new string[columns.Length];
            var rest = keys[u];
            for (var c = columns.Length - 1; c >= 0; c--)
            {
                parts[c] = columns[c].Levels[(int)(rest % columns[c].LevelCount)];
                rest /= columns[c].LevelCount;
            }

            labels[u] = parts;
            units[u] = string.Join(WorkUnitLevel.LabelSeparator, parts);
        }

        if (units.Distinct(StringComparer.Ordinal).Count() != units.Length)
        {
            throw new ArgumentException(
                $"Units: two combinations of level '{level.Name}' have the same name, because a category contains '{WorkUnitLevel.LabelSeparator}'.", nameof(level));
        }

        var codes = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            codes[r] = key[r] < 0 ? -1 : unitOfKey[key[r]];
        }

        return (units, labels, codes);
    }
}

/// <summary>A unit's pooled contribution before shrinkage, with its disclosure status.</summary>
internal sealed record PooledEstimate(string Unit, Disclosure.SuppressionStatus Status, int Persons, int PersonMonths, double Contribution, double StandardError);
