using Indikator.Core.Indicators;
using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Synthetic;

/// <summary>
/// A realistic synthetic NAV data set with known truth: a monthly stock panel of users in
/// work-oriented follow-up, their monthly employment records and status records, the offices, and
/// the true office and period effects. Real NAV data cannot leave NAV; tests, benchmarks, docs and
/// the demo use this instead.
/// </summary>
/// <remarks>
/// <para>Layout: 250 offices with log-normal sizes in 12 NAV regions and 160 labour-market regions;
/// persons register for follow-up every month (inflow follows each office's size and its labour
/// market's inflow rate), stay a varying number of months, and leave for work, disability or other
/// reasons. Employment and status records run from the first stock month to
/// <see cref="SyntheticOptions.ExtraMonths"/> months after the last, so outcomes up to that many
/// months ahead are observed for every measurement month; further ahead they are censored.</para>
/// <para>Row order: the stock, employment and status tables are each grouped by person (persons in
/// increasing key order, which is order of registration month, then office) and by month within a
/// person. Persons appear only if they are in the stock in at least one stock month.</para>
/// <para>The data-generating process and its truth are described on <see cref="SyntheticTruth"/>
/// and in docs/synthetic-data.md. Simplified on purpose, so that the truth is exact: work in
/// different months is independent given the person's characteristics, office and month (no job
/// spells, no unobserved ability); characteristics, need category and benefit are fixed over a
/// spell; each person has one spell and one office; programmes, status and the local inflow rate
/// have no effect on work.</para>
/// <para>Memory: about 160 bytes per stock person-month in all three tables (1.6 GB for ten million).</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class SyntheticNavData
{
    private SyntheticNavData(
        SyntheticOptions options,
        PersonMonthPanel stock,
        EmploymentRecords employment,
        StatusRecords statuses,
        SyntheticTruth truth,
        IReadOnlyList<SyntheticOffice> offices,
        IReadOnlyList<string> regions,
        int personCount)
    {
        Options = options;
        Stock = stock;
        Employment = employment;
        Statuses = statuses;
        Truth = truth;
        Offices = ValueList.Of(offices);
        Regions = ValueList.Of(regions);
        PersonCount = personCount;
    }

    /// <summary>Gets the options the data were generated with.</summary>
    public SyntheticOptions Options { get; }

    /// <summary>Gets the stock panel: one row per person and month in follow-up (status job seeker or reduced work capacity), with the columns named in <see cref="SyntheticColumns"/>.</summary>
    public PersonMonthPanel Stock { get; }

    /// <summary>Gets the employment records: one row per job and month, weekly contracted hours and monthly earnings (NOK).</summary>
    public EmploymentRecords Employment { get; }

    /// <summary>Gets the status records: one row per person and month registered with NAV or receiving a benefit.</summary>
    public StatusRecords Statuses { get; }

    /// <summary>Gets the true effects and the base model.</summary>
    public SyntheticTruth Truth { get; }

    /// <summary>Gets the offices, indexed by office code.</summary>
    public IReadOnlyList<SyntheticOffice> Offices { get; }

    /// <summary>Gets the 12 NAV regions.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Gets the number of distinct persons in the stock panel.</summary>
    public int PersonCount { get; }

    /// <summary>
    /// Gets how many months after a person's last stock month employment and status records are
    /// generated: the larger of 12 and <see cref="SyntheticOptions.ExtraMonths"/>. Outcomes up to
    /// that many months ahead are complete for every stock row whose month lies within the records.
    /// </summary>
    public int MonthsRecordedAfterExit => Math.Max(Dgp.MinMonthsAfterExit, Options.ExtraMonths);

    /// <summary>Gets the first stock month.</summary>
    public YearMonth FirstMonth => Options.StartMonth;

    /// <summary>Gets the last month with employment and status records (last stock month plus <see cref="SyntheticOptions.ExtraMonths"/>).</summary>
    public YearMonth LastRecordMonth => Options.StartMonth.AddMonths(Options.Months + Options.ExtraMonths - 1);

    /// <summary>This data set without its employment and status records, for a caller that has computed what it needs
    /// from them (the demo, once the outcomes and the legacy measure are computed) and wants their memory back: about a
    /// third of the data at NAV's scale. Stock, truth and offices stay.</summary>
    internal SyntheticNavData WithoutRecords() => new(
        Options,
        Stock,
        new EmploymentRecords([], [], []),
        new StatusRecords([], [], [], [], Statuses.ProgrammeLevels, []),
        Truth,
        Offices,
        Regions,
        PersonCount);

    /// <summary>Generates a data set.</summary>
    /// <param name="options">The options.</param>
    /// <param name="progress">Receives the fraction done (0 to 1), from worker threads; may be null.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The data set; the same options always give bit-identical data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the option is named).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <remarks><para>Two passes over fixed blocks of 4096 persons: the first counts rows, the second writes
    /// them into arrays allocated once. About 10 million person-months take a few seconds on two cores.</para></remarks>
    public static SyntheticNavData Generate(SyntheticOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options);
        return SyntheticGenerator.Run(options, progress, cancellationToken);
    }

    /// <summary>
    /// Computes, for each stock row at month t, the person's total weekly contracted hours over all
    /// jobs in month t + <paramref name="monthsAhead"/> (0 when not in work), or NaN when that month
    /// lies after <see cref="LastRecordMonth"/> or more than <see cref="MonthsRecordedAfterExit"/>
    /// months after the person's last stock month (not generated: censored).
    /// </summary>
    /// <param name="monthsAhead">h, 0 or more.</param>
    /// <returns>One value per stock row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsAhead"/> is negative.</exception>
    /// <remarks><para>A linear merge that relies on the row order documented on this type; the
    /// general outcome computations live elsewhere in the library.</para></remarks>
    public double[] WeeklyHoursAhead(int monthsAhead)
    {
        Guard.NonNegative(monthsAhead);
        var keys = Stock.PersonKeyArray;
        var periods = Stock.PeriodArray;
        var jobKeys = Employment.PersonKeyArray;
        var jobMonths = Employment.MonthArray;
        var jobHours = Employment.WeeklyHoursArray;
        var last = LastRecordMonth.Index;
        var result = new double[keys.Length];
        var job = 0;
        var row = 0;
        while (row < keys.Length)
        {
            var key = keys[row];
            while (job < jobKeys.Length && jobKeys[job] < key)
            {
                job++;
            }

            var personJobStart = job;
            var personEnd = row;
            while (personEnd < keys.Length && keys[personEnd] == key)
            {
                personEnd++;
            }

            var covered = Math.Min(last, periods[personEnd - 1].Index + MonthsRecordedAfterExit);
            for (; row < personEnd; row++)
            {
                var target = periods[row].Index + monthsAhead;
                if (target > covered)
                {
                    result[row] = double.NaN;
                    continue;
                }

                var hours = 0.0;
                for (var j = personJobStart; j < jobKeys.Length && jobKeys[j] == key; j++)
                {
                    if (jobMonths[j].Index == target)
                    {
                        hours += jobHours[j];
                    }
                }

                result[row] = hours;
            }
        }

        return result;
    }

    /// <summary>
    /// Writes the data set as UTF-8 CSV files with invariant culture: <c>stock.csv</c>,
    /// <c>employment.csv</c>, <c>status.csv</c>, <c>offices.csv</c>, <c>truth_office.csv</c>,
    /// <c>truth_period.csv</c> and <c>truth_model.csv</c> (base coefficients, q and m).
    /// </summary>
    /// <param name="directory">The folder; created if missing, existing files are overwritten.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <remarks><para>The files contain the synthetic person keys, which identify no one.</para></remarks>
    public IReadOnlyList<string> WriteCsv(string directory)
    {
        Guard.NotEmpty(directory);
        return SyntheticCsvWriter.Write(this, directory);
    }

    internal static SyntheticNavData Assemble(SyntheticOptions options, SyntheticDesign design, OutputColumns output, ProbabilityRange range)
    {
        var stock = PersonMonthPanelBuilder.Adopting()
            .WithPersonKeys(output.StockKeys)
            .WithPeriods(output.StockPeriods)
            .AddNumeric(ColumnNames.Age, output.Age)
            .AddNumeric(ColumnNames.MonthsSinceRegistration, output.MonthsSinceRegistration)
            .AddNumeric(ColumnNames.PriorHours, output.PriorHours)
            .AddNumeric(ColumnNames.InflowRate, output.Inflow)
            .AddCategorical(ColumnNames.Office, output.Office, design.OfficeNames)
            .AddCategorical(ColumnNames.Region, output.Region, design.Regions)
            .AddCategorical(ColumnNames.LabourMarketRegion, output.Market, design.MarketNames)
            .AddCategorical(ColumnNames.Gender, output.Gender, SyntheticColumns.GenderLevels)
            .AddCategorical(ColumnNames.Education, output.Education, SyntheticColumns.EducationLevels)
            .AddCategorical(ColumnNames.Immigrant, output.Immigrant, SyntheticColumns.ImmigrantLevels)
            .AddCategorical(ColumnNames.NeedCategory, output.Need, SyntheticColumns.NeedCategoryLevels)
            .AddCategorical(ColumnNames.Benefit, output.Benefit, SyntheticColumns.BenefitLevels)
            .AddCategorical(ColumnNames.Status, output.Status, SyntheticColumns.StatusLevels)
            .AddCategorical(ColumnNames.County, output.County, SyntheticColumns.CountyLevels)
            .AddCategorical(ColumnNames.ImmigrantOrigin, output.ImmigrantOrigin, SyntheticColumns.ImmigrantOriginLevels)
            .AddCategorical(ColumnNames.Programme, output.Programme, SyntheticColumns.ProgrammeLevels)
            .Build();
        var employment = new EmploymentRecords(output.JobKeys, output.JobMonths, output.JobHours, output.JobEarnings);
        var statuses = new StatusRecords(output.StatusKeys, output.StatusMonths, output.Statuses, output.Programmes, SyntheticColumns.ProgrammeLevels, output.ReceivesBenefit);

        var officeCount = design.OfficeCount;
        var personMonths = new long[officeCount];
        foreach (var office in output.Office)
        {
            personMonths[office]++;
        }

        var persons = 0;
        for (var row = 0; row < output.StockKeys.Length; row++)
        {
            if (row == 0 || output.StockKeys[row] != output.StockKeys[row - 1])
            {
                persons++;
            }
        }

        var totalMonths = 0L;
        var weighted = 0.0;
        for (var o = 0; o < officeCount; o++)
        {
            totalMonths += personMonths[o];
            weighted += personMonths[o] * design.OfficeEffectRaw[o];
        }

        var officeShift = weighted / totalMonths;
        var periodShift = 0.0;
        for (var s = 0; s < design.Months; s++)
        {
            periodShift += design.PeriodEffectRaw[s + Dgp.BurnInMonths];
        }

        periodShift /= design.Months;

        var q = HoursMixture.ShareOverThreshold;
        var m = HoursMixture.MeanHours;
        // The stock's office column orders its levels by name, not in the design's order: index the offices and their
        // truth by that code, so Offices[code] describes the rows with that code.
        var officeColumn = stock.Categorical(ColumnNames.Office);
        var offices = new SyntheticOffice[officeCount];
        var officeTruth = new SyntheticOfficeTruth[officeCount];
        for (var o = 0; o < officeCount; o++)
        {
            var code = officeColumn.CodeOf(design.OfficeNames[o]);
            var region = design.Regions[design.OfficeRegion[o]];
            var market = design.MarketNames[design.OfficeMarket[o]];
            offices[code] = new SyntheticOffice(code, design.OfficeNames[o], region, market, design.SizeShare[o]);
            var u = design.OfficeEffectRaw[o] - officeShift;
            officeTruth[code] = new SyntheticOfficeTruth(code, design.OfficeNames[o], region, market, design.SizeShare[o], personMonths[o], design.Composition[o], u, q * u, m * u, q * u, m * u);
        }

        var horizon = design.HorizonEnd;
        var g = new double[horizon];
        for (var s = 0; s < horizon; s++)
        {
            g[s] = design.PeriodEffectRaw[s + Dgp.BurnInMonths] - periodShift;
        }

        var periods = new SyntheticPeriodTruth[horizon];
        for (var s = 0; s < horizon; s++)
        {
            periods[s] = new SyntheticPeriodTruth(
                YearMonth.FromIndex(design.StartIndex + s),
                g[s],
                s + 3 < horizon ? q * g[s + 3] : double.NaN,
                s + 3 < horizon ? m * Mean(g, s + 1, s + 3) : double.NaN,
                s + 12 < horizon ? q * g[s + 12] : double.NaN,
                s + 12 < horizon ? m * Mean(g, s + 1, s + 12) : double.NaN);
        }

        var truth = new SyntheticTruth(Dgp.Intercept + officeShift + periodShift, officeTruth, periods, design.StartIndex, range.Min, range.Max);
        return new SyntheticNavData(options, stock, employment, statuses, truth, offices, design.Regions, persons);
    }

    private static double Mean(double[] values, int first, int last)
    {
        var sum = 0.0;
        for (var i = first; i <= last; i++)
        {
            sum += values[i];
        }

        return sum / (last - first + 1);
    }
}
