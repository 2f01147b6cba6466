namespace Indikator.Core.Indicators.Work;

/// <summary>The cells of one reporting level: unit code per row and unit x month cell per row (-1 outside).</summary>
internal sealed class LevelCodes
{
    private LevelCodes(WorkUnitLevel level, string[] units, string[][] labels, int[] unitOfRow, int[] cellOfRow)
    {
        Level = level;
        Units = units;
        UnitOfRow = unitOfRow;
        CellOfRow = cellOfRow;
        var byUnit = new Dictionary<string, IReadOnlyList<string>>(units.Length, StringComparer.Ordinal);
        for (var u = 0; u < units.Length; u++)
        {
            byUnit[units[u]] = labels[u];
        }

        Labels = byUnit;
    }

    public WorkUnitLevel Level { get; }

    public string[] Units { get; }

    /// <summary>Gets each unit's category in each column of the level (the unit itself for a single column).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; }

    public int[] UnitOfRow { get; }

    /// <summary>Gets unit * T + month of each row, or -1.</summary>
    public int[] CellOfRow { get; }

    public static LevelCodes Build(WorkUnitLevel level, ModelSource source)
    {
        var rows = source.Table.RowCount;
        var months = source.Months.Length;
        var period = source.PeriodCodes;
        var cell = new int[rows];
        if (level.IsCountry)
        {
            Array.Copy(period, cell, rows);
            return new LevelCodes(level, [WorkUnitLevel.CountryUnit], [[WorkUnitLevel.CountryUnit]], new int[rows], cell);
        }

        var (units, labels, codes) = level.IsCrossed ? Crossed(level, source) : Single(level, source);
        for (var r = 0; r < rows; r++)
        {
            cell[r] = codes[r] < 0 ? -1 : (codes[r] * months) + period[r];
        }

        return new LevelCodes(level, units, labels, codes, cell);
    }

    /// <summary>The unit of <paramref name="coarse"/> that holds each unit of this level, or null when the rows of some unit lie in more than one coarse unit or outside every one.</summary>
    public int[]? MapTo(LevelCodes coarse)
    {
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

    private static (string[] Units, string[][] Labels, int[] Codes) Single(WorkUnitLevel level, ModelSource source)
    {
        var column = source.Table.Categorical(level.Column!);
        return ([.. column.Levels], [.. column.Levels.Select(l => new[] { l })], column.CodeArray);
    }

    /// <summary>
    /// The combinations of categories that occur in some row, in the order of the columns' level orders (first column
    /// slowest), so the units do not depend on the order of the rows. A row with a missing category in any column is
    /// outside every unit.
    /// </summary>
    private static (string[] Units, string[][] Labels, int[] Codes) Crossed(WorkUnitLevel level, ModelSource source)
    {
        var columns = level.Columns.Select(source.Table.Categorical).ToArray();
        var rows = source.Table.RowCount;
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
internal sealed record PooledEstimate(string Unit, Disclosure.CellStatus Status, int Persons, int PersonMonths, double Contribution, double StandardError);
