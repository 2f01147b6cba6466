using Indikator.Core.Indicators;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Synthetic;

public sealed class SyntheticNavDataTests
{
    [Fact]
    public void Same_options_give_bit_identical_data()
    {
        var options = new SyntheticOptions { Seed = 3, TargetPersonMonths = 20_000, Months = 12 };
        AssertIdentical(SyntheticNavData.Generate(options), SyntheticNavData.Generate(options));
    }

    [Fact]
    public void One_thread_and_several_threads_give_bit_identical_data()
    {
        var options = new SyntheticOptions { Seed = 5, TargetPersonMonths = 40_000, Months = 12 };
        var single = SyntheticNavData.Generate(options with { MaxDegreeOfParallelism = 1 });
        var many = SyntheticNavData.Generate(options with { MaxDegreeOfParallelism = 3 });
        AssertIdentical(single, many);
    }

    [Fact]
    public void County_immigrant_origin_and_programme_agree_with_office_immigrant_and_status_records()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 3, TargetPersonMonths = 20_000, Months = 12 });
        var stock = data.Stock;
        var office = stock.Categorical(ColumnNames.Office);
        var county = stock.Categorical(ColumnNames.County);
        var region = stock.Categorical(ColumnNames.Region);
        var immigrant = stock.Categorical(ColumnNames.Immigrant);
        var origin = stock.Categorical(ColumnNames.ImmigrantOrigin);
        var programme = stock.Categorical(ColumnNames.Programme);
        var countyOfOffice = new Dictionary<int, int>();
        var regionsOfAkershus = new HashSet<string>();
        for (var r = 0; r < stock.RowCount; r++)
        {
            // One county per office, fixed by the design.
            Assert.Equal(countyOfOffice.TryAdd(office.CodeArray[r], county.CodeArray[r]) ? county.CodeArray[r] : countyOfOffice[office.CodeArray[r]], county.CodeArray[r]);
            if (county.Levels[county.CodeArray[r]] == "Akershus")
            {
                regionsOfAkershus.Add(region.Levels[region.CodeArray[r]]);
            }

            // An origin exactly for immigrants.
            Assert.Equal(immigrant.Levels[immigrant.CodeArray[r]] == "ja", origin.Levels[origin.CodeArray[r]] != "ingen");
        }

        // Akershus lies in two NAV regions (Øst-Viken and Vest-Viken): counties are not inside regions.
        Assert.Equal(["Vest-Viken", "Øst-Viken"], regionsOfAkershus.Order(StringComparer.Ordinal));

        // The stock's programme is the status record's programme of the same person and month.
        var statusProgramme = new Dictionary<(long, YearMonth), int>();
        for (var i = 0; i < data.Statuses.Count; i++)
        {
            statusProgramme[(data.Statuses.PersonKeyArray[i], data.Statuses.MonthArray[i])] = data.Statuses.ProgrammeArray[i];
        }

        var inProgramme = 0;
        for (var r = 0; r < stock.RowCount; r++)
        {
            // Compared by name: the stock's levels are in ordinal order, the status records' in their own order.
            var fromStatus = statusProgramme[(stock.PersonKeyArray[r], stock.PeriodArray[r])];
            var code = programme.CodeArray[r];
            Assert.Equal(fromStatus < 0 ? null : data.Statuses.ProgrammeLevels[fromStatus], code < 0 ? null : programme.Levels[code]);
            inProgramme += programme.CodeArray[r] >= 0 ? 1 : 0;
        }

        Assert.InRange(inProgramme, 1, stock.RowCount - 1);
        Assert.Equal(SyntheticColumns.ProgrammeLevels.Order(StringComparer.Ordinal), programme.Levels);
    }

    [Fact]
    public void Different_seeds_give_different_data()
    {
        var a = SyntheticNavData.Generate(new SyntheticOptions { Seed = 1, TargetPersonMonths = 10_000, Months = 12 });
        var b = SyntheticNavData.Generate(new SyntheticOptions { Seed = 2, TargetPersonMonths = 10_000, Months = 12 });
        Assert.False(
            a.Stock.RowCount == b.Stock.RowCount
            && a.Stock.Numeric(ColumnNames.Age).Values.Span.SequenceEqual(b.Stock.Numeric(ColumnNames.Age).Values.Span));
        Assert.NotEqual(a.Truth.Offices[0].Effect, b.Truth.Offices[0].Effect);
    }

    [Theory]
    [InlineData(5_000L, 12)]
    [InlineData(60_000L, 36)]
    [InlineData(400_000L, 24)]
    public void Realised_person_months_are_within_five_percent_of_the_request(long target, int months)
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 9, TargetPersonMonths = target, Months = months });
        Assert.InRange(data.Stock.RowCount, target * 0.95, target * 1.05);
        Assert.Equal(months, data.Stock.PeriodArray.Distinct().Count());
    }

    [Fact]
    public void For_any_seed_and_size_every_stock_row_has_a_matching_status_record_and_the_size_is_close()
    {
        var seeds = ArbMap.Default.ArbFor<long>();
        var targets = Gen.Choose(2_000, 20_000).ToArbitrary();
        var property = Prop.ForAll(seeds, targets, (seed, target) =>
        {
            var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = seed, TargetPersonMonths = target, Months = 6, ExtraMonths = 3 });
            var statuses = new Dictionary<(long, int), RegisterStatus>();
            for (var row = 0; row < data.Statuses.Count; row++)
            {
                statuses[(data.Statuses.PersonKeyArray[row], data.Statuses.MonthArray[row].Index)] = data.Statuses.StatusArray[row];
            }

            var consistent = true;
            for (var row = 0; row < data.Stock.RowCount; row++)
            {
                consistent &= statuses.TryGetValue((data.Stock.PersonKeyArray[row], data.Stock.PeriodArray[row].Index), out var status)
                    && status is RegisterStatus.JobSeeker or RegisterStatus.ReducedWorkCapacity;
            }

            // Small requests are noisier: the pilot's calibration error plus Poisson-like noise in the inflow.
            return consistent && Math.Abs(data.Stock.RowCount - target) < 0.1 * target;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(8), property);
    }

    [Fact]
    public void Monthly_stock_request_gives_that_mean_stock()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 9, MonthlyStock = 3_000, Months = 10 });
        Assert.InRange(data.Stock.RowCount / 10.0, 3_000 * 0.95, 3_000 * 1.05);
    }

    [Fact]
    public void There_are_250_offices_in_12_regions_and_160_labour_market_regions_with_very_unequal_sizes()
    {
        var data = SyntheticFixtures.Small;
        Assert.Equal(250, data.Offices.Count);
        Assert.Equal(12, data.Regions.Count);
        Assert.Equal(12, data.Offices.Select(o => o.Region).Distinct().Count());
        Assert.Equal(160, data.Offices.Select(o => o.LabourMarketRegion).Distinct().Count());
        Assert.Equal(1.0, data.Offices.Sum(o => o.SizeShare), 12);
        var shares = data.Offices.Select(o => o.SizeShare).Order().ToArray();
        var median = shares[shares.Length / 2];
        Assert.True(shares[^1] / shares[0] > 100, "largest office at least 100 times the smallest");
        Assert.True(shares[^1] / median > 10, "largest office at least 10 times the median");
        var perRegion = data.Offices.GroupBy(o => o.Region).Select(g => g.Count()).ToArray();
        Assert.True(perRegion.Max() >= perRegion.Min() + 5);
        foreach (var market in data.Offices.GroupBy(o => o.LabourMarketRegion))
        {
            Assert.Single(market.Select(o => o.Region).Distinct());
        }
    }

    [Fact]
    public void Offices_differ_strongly_in_the_share_of_users_with_high_needs_and_in_prior_work()
    {
        var data = SyntheticFixtures.Recovery;
        var offices = data.Stock.Categorical(ColumnNames.Office).CodeArray;
        var needColumn = data.Stock.Categorical(ColumnNames.NeedCategory);
        var need = needColumn.CodeArray;

        // High needs: the two most tailored categories, found by name (levels are in ordinal order, not by need).
        var high = new[] { needColumn.CodeOf("spesielt_tilpasset"), needColumn.CodeOf("varig_tilpasset") };
        Assert.DoesNotContain(CategoricalColumn.MissingCode, high);
        var prior = data.Stock.Numeric(ColumnNames.PriorHours);
        var rows = new double[data.Offices.Count];
        var highNeed = new double[data.Offices.Count];
        var priorHours = new double[data.Offices.Count];
        for (var row = 0; row < data.Stock.RowCount; row++)
        {
            rows[offices[row]]++;
            highNeed[offices[row]] += need[row] == high[0] || need[row] == high[1] ? 1 : 0;
            priorHours[offices[row]] += prior[row];
        }

        var large = Enumerable.Range(0, rows.Length).Where(o => rows[o] >= 1_000).ToArray();
        var share = large.Select(o => highNeed[o] / rows[o]).Order().ToArray();
        var decile = share.Length / 10;
        Assert.True(share[^decile] > 2 * share[decile], $"high-need share {share[decile]} (10th percentile) against {share[^decile]} (90th)");
        var composition = large.Select(o => data.Truth.Offices[o].CompositionIndex).ToArray();
        Assert.True(Correlation(composition, [.. large.Select(o => highNeed[o] / rows[o])]) > 0.7);
        Assert.True(Correlation(composition, [.. large.Select(o => priorHours[o] / rows[o])]) < -0.7);
    }

    [Fact]
    public void Stock_rows_are_exactly_the_job_seeker_and_reduced_capacity_status_months()
    {
        var data = SyntheticFixtures.Small;
        var last = data.FirstMonth.AddMonths(data.Options.Months - 1);
        var fromStatus = new HashSet<(long, int)>();
        var statusByMonth = new Dictionary<(long, int), RegisterStatus>();
        var s = data.Statuses;
        for (var row = 0; row < s.Count; row++)
        {
            var status = s.StatusArray[row];
            statusByMonth[(s.PersonKeyArray[row], s.MonthArray[row].Index)] = status;
            if (s.MonthArray[row] <= last && status is RegisterStatus.JobSeeker or RegisterStatus.ReducedWorkCapacity)
            {
                fromStatus.Add((s.PersonKeyArray[row], s.MonthArray[row].Index));
            }
        }

        var stockStatus = data.Stock.Categorical(ColumnNames.Status);
        var fromStock = new HashSet<(long, int)>();
        for (var row = 0; row < data.Stock.RowCount; row++)
        {
            var key = (data.Stock.PersonKeyArray[row], data.Stock.PeriodArray[row].Index);
            Assert.True(fromStock.Add(key), $"Stock row {row} repeats a person-month.");
            var expected = stockStatus.LabelAt(row) == "arbeidssoker" ? RegisterStatus.JobSeeker : RegisterStatus.ReducedWorkCapacity;
            Assert.Equal(expected, statusByMonth[key]);
        }

        Assert.True(fromStatus.SetEquals(fromStock));
    }

    [Fact]
    public void Rows_are_grouped_by_person_in_increasing_key_order_and_by_month_within_a_person()
    {
        var data = SyntheticFixtures.Small;
        AssertOrdered(data.Stock.PersonKeyArray, data.Stock.PeriodArray, strictMonths: true);
        AssertOrdered(data.Employment.PersonKeyArray, data.Employment.MonthArray, strictMonths: false);
        AssertOrdered(data.Statuses.PersonKeyArray, data.Statuses.MonthArray, strictMonths: true);
        Assert.Equal(data.PersonCount, data.Stock.PersonKeyArray.Distinct().Count());
    }

    [Fact]
    public void Employment_records_continue_after_follow_up_up_to_the_extra_horizon_and_no_further()
    {
        var data = SyntheticFixtures.Small;
        var lastStock = LastStockMonthByPerson(data);
        var e = data.Employment;
        var afterExit = 0;
        var afterLastStockMonth = 0;
        var lastStockMonth = data.FirstMonth.AddMonths(data.Options.Months - 1);
        for (var row = 0; row < e.Count; row++)
        {
            var month = e.MonthArray[row];
            Assert.InRange(month, data.FirstMonth, data.LastRecordMonth);
            Assert.True(lastStock.ContainsKey(e.PersonKeyArray[row]), $"Employment row {row} belongs to a person never in the stock.");
            var personLast = lastStock[e.PersonKeyArray[row]];
            Assert.True(month.Index <= personLast + data.MonthsRecordedAfterExit, $"Employment row {row} lies beyond the recorded months after exit.");
            afterExit += month.Index > personLast ? 1 : 0;
            afterLastStockMonth += month > lastStockMonth ? 1 : 0;
            Assert.True(e.WeeklyHoursArray[row] is > 0 and <= 37.5, $"Employment row {row} has hours out of range.");
            Assert.True(e.EarningsArray![row] > 0);
        }

        Assert.True(afterExit > e.Count / 10, "a good share of records lie after follow-up");
        Assert.True(afterLastStockMonth > 0);
        Assert.Equal(data.LastRecordMonth, e.MonthArray.Max());
    }

    [Fact]
    public void Some_months_have_a_second_job_and_hours_over_the_jobs_follow_the_mixture()
    {
        var data = SyntheticFixtures.Small;
        var e = data.Employment;
        var personMonths = 0;
        var withSecondJob = 0;
        for (var row = 0; row < e.Count; row++)
        {
            var first = row == 0 || e.PersonKeyArray[row] != e.PersonKeyArray[row - 1] || e.MonthArray[row] != e.MonthArray[row - 1];
            personMonths += first ? 1 : 0;
            withSecondJob += first ? 0 : 1;
        }

        // Second jobs come with probability 0.10 per month in work: binomial SE about 0.001 here.
        Assert.InRange((double)withSecondJob / personMonths, 0.09, 0.11);
    }

    [Fact]
    public void Statuses_include_moves_between_statuses_and_programmes_disability_and_benefit_after_exit()
    {
        var data = SyntheticFixtures.Small;
        var s = data.Statuses;
        int statusMoves = 0, programmeMoves = 0, disability = 0, benefitOnly = 0;
        var programmes = new HashSet<int>();
        for (var row = 0; row < s.Count; row++)
        {
            programmes.Add(s.ProgrammeArray[row]);
            disability += s.StatusArray[row] == RegisterStatus.Disability ? 1 : 0;
            benefitOnly += s.StatusArray[row] == RegisterStatus.NotRegistered && s.ReceivesBenefitArray[row] ? 1 : 0;
            if (row > 0 && s.PersonKeyArray[row] == s.PersonKeyArray[row - 1] && s.MonthArray[row].Index == s.MonthArray[row - 1].Index + 1)
            {
                var a = s.StatusArray[row - 1];
                var b = s.StatusArray[row];
                statusMoves += (a, b) is (RegisterStatus.JobSeeker, RegisterStatus.ReducedWorkCapacity) or (RegisterStatus.ReducedWorkCapacity, RegisterStatus.JobSeeker) ? 1 : 0;
                programmeMoves += s.ProgrammeArray[row - 1] >= 0 && s.ProgrammeArray[row] >= 0 && s.ProgrammeArray[row] != s.ProgrammeArray[row - 1] ? 1 : 0;
            }
        }

        Assert.True(statusMoves > 0);
        Assert.True(programmeMoves > 0);
        Assert.True(disability > 0);
        Assert.True(benefitOnly > 0);
        Assert.Equal(SyntheticColumns.ProgrammeLevels.Count + 1, programmes.Count);
    }

    [Fact]
    public void Age_is_between_20_and_67_and_grows_one_twelfth_a_month_and_person_characteristics_are_fixed()
    {
        var data = SyntheticFixtures.Small;
        var age = data.Stock.Numeric(ColumnNames.Age);
        var months = data.Stock.Numeric(ColumnNames.MonthsSinceRegistration);
        var prior = data.Stock.Numeric(ColumnNames.PriorHours);
        var needColumn = data.Stock.Categorical(ColumnNames.NeedCategory);
        var need = needColumn.CodeArray;

        // High needs: the two most tailored categories, found by name (levels are in ordinal order, not by need).
        var high = new[] { needColumn.CodeOf("spesielt_tilpasset"), needColumn.CodeOf("varig_tilpasset") };
        Assert.DoesNotContain(CategoricalColumn.MissingCode, high);
        var keys = data.Stock.PersonKeyArray;
        for (var row = 0; row < data.Stock.RowCount; row++)
        {
            Assert.InRange(age[row], 20.0, 67.0);
            if (row > 0 && keys[row] == keys[row - 1])
            {
                Assert.Equal(age[row - 1] + (1.0 / 12.0), age[row], 9);
                Assert.Equal(months[row - 1] + 1, months[row]);
                Assert.Equal(prior[row - 1], prior[row]);
                Assert.Equal(need[row - 1], need[row]);
            }
        }
    }

    [Fact]
    public void Prior_hours_are_the_mean_weekly_hours_in_the_twelve_months_before_registration()
    {
        var data = SyntheticFixtures.Small;
        var hours = HoursByPersonMonth(data);
        var months = data.Stock.Numeric(ColumnNames.MonthsSinceRegistration);
        var prior = data.Stock.Numeric(ColumnNames.PriorHours);
        var checkedPersons = 0;
        for (var row = 0; row < data.Stock.RowCount; row++)
        {
            var entry = data.Stock.PeriodArray[row];
            if (months[row] != 0 || entry < data.FirstMonth.AddMonths(12))
            {
                continue;
            }

            var sum = 0.0;
            for (var k = 1; k <= 12; k++)
            {
                sum += hours.GetValueOrDefault((data.Stock.PersonKeyArray[row], entry.Index - k));
            }

            Assert.Equal(sum / 12.0, prior[row], 9);
            checkedPersons++;
        }

        Assert.True(checkedPersons > 100);
    }

    [Fact]
    public void Inflow_rate_has_level_seasonality_and_noise_and_is_positive()
    {
        var data = SyntheticFixtures.Small;
        var inflow = data.Stock.Numeric(ColumnNames.InflowRate);
        var markets = data.Stock.Categorical(ColumnNames.LabourMarketRegion).CodeArray;
        var byMarketMonth = new Dictionary<(int, int), double>();
        for (var row = 0; row < data.Stock.RowCount; row++)
        {
            Assert.True(inflow[row] > 0);
            var key = (markets[row], data.Stock.PeriodArray[row].Index);
            if (byMarketMonth.TryGetValue(key, out var value))
            {
                Assert.Equal(value, inflow[row]);
            }
            else
            {
                byMarketMonth[key] = inflow[row];
            }
        }

        // Every labour-market region's rate moves over the months, and regions differ in level.
        var byMarket = byMarketMonth.GroupBy(kv => kv.Key.Item1).Where(g => g.Count() >= 12).ToArray();
        Assert.True(byMarket.Length > 50);
        Assert.All(byMarket, g => Assert.True(g.Select(kv => kv.Value).Distinct().Count() > 3));
        var levels = byMarket.Select(g => g.Average(kv => kv.Value)).ToArray();
        Assert.True(levels.Max() - levels.Min() > 0.2, "labour-market regions differ in level");
    }

    [Fact]
    public void Weekly_hours_ahead_match_a_direct_lookup_and_are_censored_after_the_records()
    {
        var data = SyntheticFixtures.Small;
        var hours = HoursByPersonMonth(data);
        foreach (var h in new[] { 0, 3, 12 })
        {
            var ahead = data.WeeklyHoursAhead(h);
            for (var row = 0; row < data.Stock.RowCount; row++)
            {
                var target = data.Stock.PeriodArray[row].Index + h;
                if (target > data.LastRecordMonth.Index)
                {
                    Assert.True(double.IsNaN(ahead[row]));
                }
                else
                {
                    Assert.Equal(hours.GetValueOrDefault((data.Stock.PersonKeyArray[row], target)), ahead[row]);
                }
            }
        }
    }

    [Fact]
    public void Csv_files_use_invariant_culture_and_hold_every_row()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 4, TargetPersonMonths = 3_000, Months = 6 });
        var directory = Path.Combine(Path.GetTempPath(), "indikator-synth-" + Guid.NewGuid().ToString("N"));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nb-NO");
            var files = data.WriteCsv(directory);
            Assert.Equal(
                ["stock.csv", "employment.csv", "status.csv", "offices.csv", "truth_office.csv", "truth_period.csv", "truth_model.csv"],
                files.Select(Path.GetFileName));
            var stock = File.ReadAllLines(Path.Combine(directory, "stock.csv"));
            Assert.Equal(data.Stock.RowCount + 1, stock.Length);
            Assert.StartsWith("person_key,period,age,", stock[0], StringComparison.Ordinal);
            // Key, period, 4 numeric and 12 categorical columns (the last three: county, immigrant origin, programme).
            Assert.Equal(18, stock[1].Split(',').Length);
            Assert.Equal(data.Stock.Numeric(ColumnNames.Age)[0], double.Parse(stock[1].Split(',')[2], CultureInfo.InvariantCulture));
            Assert.Equal(data.Employment.Count + 1, File.ReadAllLines(Path.Combine(directory, "employment.csv")).Length);
            Assert.Equal(data.Statuses.Count + 1, File.ReadAllLines(Path.Combine(directory, "status.csv")).Length);
            Assert.Equal(251, File.ReadAllLines(Path.Combine(directory, "truth_office.csv")).Length);
            Assert.Equal(6 + 12 + 1, File.ReadAllLines(Path.Combine(directory, "truth_period.csv")).Length);
            var model = File.ReadAllLines(Path.Combine(directory, "truth_model.csv"));
            Assert.Contains(model, l => l.StartsWith("q_share_over_19_hours,0.8", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Generate_rejects_null_options_and_honours_cancellation()
    {
        Assert.Throws<ArgumentNullException>(() => SyntheticNavData.Generate(null!));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SyntheticNavData.Generate(SyntheticFixtures.SmallOptions, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Progress_reaches_one()
    {
        var reports = new List<double>();
        var progress = new Recorder(reports);
        SyntheticNavData.Generate(new SyntheticOptions { Seed = 1, TargetPersonMonths = 5_000, Months = 6 }, progress);
        Assert.Equal(1.0, reports.Max(), 12);
        Assert.All(reports, r => Assert.InRange(r, 0.0, 1.0));
    }

    internal static Dictionary<(long Key, int Month), double> HoursByPersonMonth(SyntheticNavData data)
    {
        var hours = new Dictionary<(long, int), double>();
        var e = data.Employment;
        for (var row = 0; row < e.Count; row++)
        {
            var key = (e.PersonKeyArray[row], e.MonthArray[row].Index);
            hours[key] = hours.GetValueOrDefault(key) + e.WeeklyHoursArray[row];
        }

        return hours;
    }

    private static Dictionary<long, int> LastStockMonthByPerson(SyntheticNavData data)
    {
        var last = new Dictionary<long, int>();
        for (var row = 0; row < data.Stock.RowCount; row++)
        {
            last[data.Stock.PersonKeyArray[row]] = data.Stock.PeriodArray[row].Index;
        }

        return last;
    }

    private static double Correlation(double[] x, double[] y) => Indikator.Core.Indicators.IndicatorCorrelation.Pearson(x, y);

    private static void AssertOrdered(long[] keys, YearMonth[] months, bool strictMonths)
    {
        for (var row = 1; row < keys.Length; row++)
        {
            Assert.True(keys[row] >= keys[row - 1], $"Row {row} is out of person order.");
            if (keys[row] == keys[row - 1])
            {
                Assert.True(strictMonths ? months[row] > months[row - 1] : months[row] >= months[row - 1], $"Row {row} is out of month order.");
            }
        }
    }

    private static void AssertIdentical(SyntheticNavData a, SyntheticNavData b)
    {
        Assert.True(a.Stock.PersonKeys.Span.SequenceEqual(b.Stock.PersonKeys.Span));
        Assert.True(a.Stock.Periods.Span.SequenceEqual(b.Stock.Periods.Span));
        foreach (var column in a.Stock.NumericColumns)
        {
            Assert.True(column.Values.Span.SequenceEqual(b.Stock.Numeric(column.Name).Values.Span), column.Name);
        }

        foreach (var column in a.Stock.CategoricalColumns)
        {
            Assert.True(column.Codes.Span.SequenceEqual(b.Stock.Categorical(column.Name).Codes.Span), column.Name);
        }

        Assert.True(a.Employment.PersonKeys.Span.SequenceEqual(b.Employment.PersonKeys.Span));
        Assert.True(a.Employment.Months.Span.SequenceEqual(b.Employment.Months.Span));
        Assert.True(a.Employment.WeeklyHours.Span.SequenceEqual(b.Employment.WeeklyHours.Span));
        Assert.True(a.Employment.Earnings.Span.SequenceEqual(b.Employment.Earnings.Span));
        Assert.True(a.Statuses.PersonKeys.Span.SequenceEqual(b.Statuses.PersonKeys.Span));
        Assert.True(a.Statuses.Months.Span.SequenceEqual(b.Statuses.Months.Span));
        Assert.True(a.Statuses.Statuses.Span.SequenceEqual(b.Statuses.Statuses.Span));
        Assert.True(a.Statuses.Programmes.Span.SequenceEqual(b.Statuses.Programmes.Span));
        Assert.True(a.Statuses.ReceivesBenefit.Span.SequenceEqual(b.Statuses.ReceivesBenefit.Span));
        Assert.Equal(a.Truth.Offices, b.Truth.Offices);
        Assert.Equal(a.Truth.Periods, b.Truth.Periods);
        Assert.Equal(a.Truth.Intercept, b.Truth.Intercept);
    }

    private sealed class Recorder(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
