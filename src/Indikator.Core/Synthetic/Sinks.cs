using Indikator.Core.Data;

namespace Indikator.Core.Synthetic;

/// <summary>Counts rows; the first of the two generation passes.</summary>
internal struct CountingSink : IPersonSink
{
    public bool StockOnly;
    public bool[]? InStock;
    public long StockRows;
    public long JobRows;
    public long StatusRows;

    public readonly bool StopAtExit => StockOnly;

    public void Stock(in StockRow row)
    {
        StockRows++;
        if (InStock is not null)
        {
            InStock[row.Key - Dgp.PersonKeyOffset] = true;
        }
    }

    public void Job(long key, int month, double hours, double earnings) => JobRows++;

    public void Status(long key, int month, RegisterStatus status, int programme, bool benefit) => StatusRows++;
}

/// <summary>The output columns, allocated once at their exact final length.</summary>
internal sealed class OutputColumns
{
    public OutputColumns(int stockRows, int jobRows, int statusRows)
    {
        StockKeys = new long[stockRows];
        StockPeriods = new YearMonth[stockRows];
        Age = new double[stockRows];
        MonthsSinceRegistration = new double[stockRows];
        PriorHours = new double[stockRows];
        Inflow = new double[stockRows];
        Office = new int[stockRows];
        Region = new int[stockRows];
        County = new int[stockRows];
        ImmigrantOrigin = new int[stockRows];
        Programme = new int[stockRows];
        Market = new int[stockRows];
        Gender = new int[stockRows];
        Education = new int[stockRows];
        Immigrant = new int[stockRows];
        Need = new int[stockRows];
        Benefit = new int[stockRows];
        Status = new int[stockRows];
        JobKeys = new long[jobRows];
        JobMonths = new YearMonth[jobRows];
        JobHours = new double[jobRows];
        JobEarnings = new double[jobRows];
        StatusKeys = new long[statusRows];
        StatusMonths = new YearMonth[statusRows];
        Statuses = new RegisterStatus[statusRows];
        Programmes = new int[statusRows];
        ReceivesBenefit = new bool[statusRows];
    }

    public long[] StockKeys { get; }

    public YearMonth[] StockPeriods { get; }

    public double[] Age { get; }

    public double[] MonthsSinceRegistration { get; }

    public double[] PriorHours { get; }

    public double[] Inflow { get; }

    public int[] Office { get; }

    public int[] Region { get; }

    public int[] County { get; }

    public int[] ImmigrantOrigin { get; }

    /// <summary>Gets the programme of each stock row, <see cref="StatusRecords.NoProgramme"/> when none.</summary>
    public int[] Programme { get; }

    public int[] Market { get; }

    public int[] Gender { get; }

    public int[] Education { get; }

    public int[] Immigrant { get; }

    public int[] Need { get; }

    public int[] Benefit { get; }

    public int[] Status { get; }

    public long[] JobKeys { get; }

    public YearMonth[] JobMonths { get; }

    public double[] JobHours { get; }

    public double[] JobEarnings { get; }

    public long[] StatusKeys { get; }

    public YearMonth[] StatusMonths { get; }

    public RegisterStatus[] Statuses { get; }

    public int[] Programmes { get; }

    public bool[] ReceivesBenefit { get; }
}

/// <summary>Writes one block's rows into the output columns from the block's offsets; the second pass.</summary>
internal struct WritingSink : IPersonSink
{
    private readonly OutputColumns _out;
    private readonly SyntheticDesign _design;
    private int _stock;
    private int _job;
    private int _status;

    public WritingSink(OutputColumns output, SyntheticDesign design, int stockOffset, int jobOffset, int statusOffset)
    {
        _out = output;
        _design = design;
        _stock = stockOffset;
        _job = jobOffset;
        _status = statusOffset;
    }

    public readonly bool StopAtExit => false;

    public void Stock(in StockRow row)
    {
        var i = _stock++;
        var o = _out;
        var market = _design.OfficeMarket[row.Office];
        o.StockKeys[i] = row.Key;
        o.StockPeriods[i] = YearMonth.FromIndex(_design.StartIndex + row.Month);
        o.Age[i] = row.AgeMonths / 12.0;
        o.MonthsSinceRegistration[i] = row.MonthsSinceRegistration;
        o.PriorHours[i] = row.PriorHours;
        o.Inflow[i] = _design.InflowAt(market, row.Month);
        o.Office[i] = row.Office;
        o.Region[i] = _design.OfficeRegion[row.Office];
        o.County[i] = _design.OfficeCounty[row.Office];
        o.ImmigrantOrigin[i] = row.ImmigrantOrigin;
        o.Programme[i] = row.Programme;
        o.Market[i] = market;
        o.Gender[i] = row.Female;
        o.Education[i] = row.Education;
        o.Immigrant[i] = row.Immigrant;
        o.Need[i] = row.Need;
        o.Benefit[i] = row.Benefit;
        o.Status[i] = row.Status;
    }

    public void Job(long key, int month, double hours, double earnings)
    {
        var i = _job++;
        _out.JobKeys[i] = key;
        _out.JobMonths[i] = YearMonth.FromIndex(_design.StartIndex + month);
        _out.JobHours[i] = hours;
        _out.JobEarnings[i] = earnings;
    }

    public void Status(long key, int month, RegisterStatus status, int programme, bool benefit)
    {
        var i = _status++;
        _out.StatusKeys[i] = key;
        _out.StatusMonths[i] = YearMonth.FromIndex(_design.StartIndex + month);
        _out.Statuses[i] = status;
        _out.Programmes[i] = programme;
        _out.ReceivesBenefit[i] = benefit;
    }
}
