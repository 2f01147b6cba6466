namespace Indikator.Core.Indicators.Work;

/// <summary>The cells of one reporting level: unit code per row and unit x month cell per row (-1 outside).</summary>
internal sealed class LevelCodes
{
    private LevelCodes(WorkUnitLevel level, string[] units, int[] unitOfRow, int[] cellOfRow)
    {
        Level = level;
        Units = units;
        UnitOfRow = unitOfRow;
        CellOfRow = cellOfRow;
    }

    public WorkUnitLevel Level { get; }

    public string[] Units { get; }

    public int[] UnitOfRow { get; }

    /// <summary>Gets unit * T + month of each row, or -1.</summary>
    public int[] CellOfRow { get; }

    public static LevelCodes Build(WorkUnitLevel level, ModelSource source)
    {
        var rows = source.Table.RowCount;
        var months = source.Months.Length;
        var period = source.PeriodCodes;
        var cell = new int[rows];
        if (level.Column is null)
        {
            Array.Copy(period, cell, rows);
            return new LevelCodes(level, [WorkUnitLevel.CountryUnit], new int[rows], cell);
        }

        var column = source.Table.Categorical(level.Column);
        var codes = column.CodeArray;
        for (var r = 0; r < rows; r++)
        {
            cell[r] = codes[r] < 0 ? -1 : (codes[r] * months) + period[r];
        }

        return new LevelCodes(level, [.. column.Levels], codes, cell);
    }
}

/// <summary>A unit's pooled contribution before shrinkage, with its disclosure status.</summary>
internal sealed record PooledEstimate(string Unit, Disclosure.CellStatus Status, int Persons, int PersonMonths, double Contribution, double StandardError);
