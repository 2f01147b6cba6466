namespace Indikator.Core.Synthetic;

/// <summary>
/// Everything fixed before persons are drawn: offices and their composition and effects, period
/// effects, labour-market inflow rates. Built from the seed alone, so it is the same for every
/// size of run.
/// </summary>
internal sealed class SyntheticDesign
{
    // (name, offices, labour-market regions): 250 offices, 160 labour-market regions, 12 regions.
    private static readonly (string Name, int Offices, int Markets)[] RegionLayout =
    [
        ("Oslo", 15, 1),
        ("Øst-Viken", 25, 8),
        ("Vest-Viken", 24, 10),
        ("Innlandet", 25, 18),
        ("Vestfold og Telemark", 20, 11),
        ("Agder", 17, 10),
        ("Rogaland", 18, 9),
        ("Vestland", 26, 22),
        ("Møre og Romsdal", 19, 15),
        ("Trøndelag", 22, 19),
        ("Nordland", 19, 19),
        ("Troms og Finnmark", 20, 18),
    ];

    // Per region: the county of its first offices, how many offices it has, and the county of the rest (indexes into
    // SyntheticColumns.CountyLevels). Fixed, not drawn, so the county leaves every random stream unchanged. Øst-Viken
    // (Romerike, Follo) and Vest-Viken (Asker, Bærum) both reach into Akershus, as NAV's regions do: counties are not
    // inside regions.
    private static readonly (int First, int FirstOffices, int Others)[] RegionCounties =
    [
        (0, 15, 0), (1, 12, 2), (1, 4, 3), (4, 25, 4), (5, 11, 6), (7, 17, 7),
        (8, 18, 8), (9, 26, 9), (10, 19, 10), (11, 22, 11), (12, 19, 12), (13, 13, 14),
    ];

    private SyntheticDesign(SyntheticOptions options)
    {
        Seed = options.Seed;
        Months = options.Months;
        HorizonEnd = options.Months + options.ExtraMonths;
        MonthsAfterExit = Math.Max(Dgp.MinMonthsAfterExit, options.ExtraMonths);
        StartIndex = options.StartMonth.Index;
        SpanLength = Dgp.BurnInMonths + HorizonEnd;
        var calendarOffset = options.StartMonth.Month - 1;

        Regions = [.. RegionLayout.Select(r => r.Name)];
        var officeCount = RegionLayout.Sum(r => r.Offices);
        MarketCount = RegionLayout.Sum(r => r.Markets);
        OfficeRegion = new int[officeCount];
        OfficeCounty = new int[officeCount];
        OfficeMarket = new int[officeCount];
        OfficeNames = new string[officeCount];
        var weights = new double[officeCount];
        Composition = new double[officeCount];
        OfficeEffectRaw = new double[officeCount];
        NeedCumulative = new double[officeCount * 4];
        ImmigrantShare = new double[officeCount];

        var office = 0;
        var marketStart = 0;
        for (var r = 0; r < RegionLayout.Length; r++)
        {
            var (name, offices, markets) = RegionLayout[r];
            for (var j = 0; j < offices; j++, office++)
            {
                var rng = new Xoshiro256(Seed, Dgp.StreamOffice, office);
                OfficeRegion[office] = r;
                OfficeCounty[office] = j < RegionCounties[r].FirstOffices ? RegionCounties[r].First : RegionCounties[r].Others;
                OfficeMarket[office] = marketStart + (j % markets);
                OfficeNames[office] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} {j + 1:D2}");
                var isOslo = r == 0;
                var isCentral = j < markets;

                // Log-normal sizes (sigma 1) with larger Oslo and central offices: a few offices with
                // thousands of users at national scale, many rural ones with a few dozen.
                weights[office] = Math.Exp(rng.NextNormal()) * (isOslo ? 3.0 : 1.0) * (isCentral ? 1.8 : 1.0);
                var d = rng.NextNormal() + (isOslo ? 0.4 : 0.0);
                Composition[office] = d;

                // Offices with hard-to-place users tend to do better (loading 0.65), so raw outcome
                // comparisons misrank them; tanh keeps every effect within +-OfficeEffectBound.
                var z = (Dgp.OfficeEffectCompositionLoading * d) + (Math.Sqrt(1.0 - (Dgp.OfficeEffectCompositionLoading * Dgp.OfficeEffectCompositionLoading)) * rng.NextNormal());
                OfficeEffectRaw[office] = Dgp.OfficeEffectBound * Math.Tanh(Dgp.OfficeEffectSlope * z);

                var logits = new double[4];
                var sum = 0.0;
                for (var k = 0; k < 4; k++)
                {
                    logits[k] = Math.Exp(Math.Log(Dgp.NeedBaseShares[k] / Dgp.NeedBaseShares[0]) + (Dgp.NeedCompositionLoading[k] * d));
                    sum += logits[k];
                }

                var cumulative = 0.0;
                for (var k = 0; k < 4; k++)
                {
                    cumulative += logits[k] / sum;
                    NeedCumulative[(office * 4) + k] = cumulative;
                }

                NeedCumulative[(office * 4) + 3] = 1.0;
                ImmigrantShare[office] = Math.Clamp(0.18 + (0.08 * d) + (isOslo ? 0.2 : 0.0), 0.02, 0.8);
            }

            marketStart += markets;
        }

        var totalWeight = weights.Sum();
        SizeShare = [.. weights.Select(w => w / totalWeight)];

        MarketNames = [.. Enumerable.Range(1, MarketCount).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"BAR-{i:D3}"))];

        PeriodEffectRaw = new double[SpanLength];
        for (var i = 0; i < SpanLength; i++)
        {
            var s = i - Dgp.BurnInMonths;
            var rng = new Xoshiro256(Seed, Dgp.StreamPeriod, i);
            var calendarMonth = ((((calendarOffset + s) % 12) + 12) % 12) + 1;
            PeriodEffectRaw[i] = (Dgp.SeasonAmplitude * Math.Sin(2.0 * Math.PI * (calendarMonth - 3) / 12.0))
                + (Dgp.TrendPerMonth * Math.Max(s, 0))
                + (Dgp.PeriodShockBound * Math.Tanh(rng.NextNormal()));
        }

        if (options.Trial is { } trial)
        {
            // Per office and month (array index = month + BurnInMonths); deterministic, so no random stream changes.
            TrialEffectRaw = new double[officeCount * SpanLength];
            foreach (var t in trial.Offices)
            {
                var o = Array.IndexOf(OfficeNames, t.Office);
                if (o < 0)
                {
                    throw new ArgumentException($"Trial: office '{t.Office}' is not a synthetic office (names such as '{OfficeNames[0]}').", nameof(options));
                }

                var window = t.Start.Index - options.StartMonth.Index + trial.Horizon;
                for (var i = 0; i < SpanLength; i++)
                {
                    TrialEffectRaw[(o * SpanLength) + i] = trial.EmploymentEffect(i - Dgp.BurnInMonths - window);
                }
            }
        }

        MarketInflowLevel = new double[MarketCount];
        Inflow = new double[MarketCount * SpanLength];
        for (var l = 0; l < MarketCount; l++)
        {
            var rng = new Xoshiro256(Seed, Dgp.StreamInflow, l);
            var level = Math.Max(0.15, 0.45 + (0.12 * rng.NextNormal()));
            MarketInflowLevel[l] = level;
            for (var i = 0; i < SpanLength; i++)
            {
                var s = i - Dgp.BurnInMonths;
                var calendarMonth = ((((calendarOffset + s) % 12) + 12) % 12) + 1;
                var season = 1.0 + (0.18 * Math.Cos(2.0 * Math.PI * (calendarMonth - 1) / 12.0));
                var trend = 1.0 - (0.002 * s);
                var value = (level * season * trend) + (0.03 * rng.NextNormal());
                Inflow[(l * SpanLength) + i] = Math.Round(Math.Max(0.05, value), 3);
            }
        }
    }

    public long Seed { get; }

    public int Months { get; }

    /// <summary>Months 0..HorizonEnd-1 (relative to the start month) carry employment and status records.</summary>
    public int HorizonEnd { get; }

    /// <summary>Employment and status records continue this many months after a person's last stock month.</summary>
    public int MonthsAfterExit { get; }

    public int StartIndex { get; }

    /// <summary>Length of month-indexed arrays: burn-in plus horizon; array index = month + BurnInMonths.</summary>
    public int SpanLength { get; }

    public string[] Regions { get; }

    public int OfficeCount => OfficeNames.Length;

    public int MarketCount { get; }

    public string[] MarketNames { get; }

    public string[] OfficeNames { get; }

    public int[] OfficeRegion { get; }

    public int[] OfficeMarket { get; }

    /// <summary>Gets the county (index into <see cref="SyntheticColumns.CountyLevels"/>) of each office.</summary>
    public int[] OfficeCounty { get; }

    public double[] SizeShare { get; }

    public double[] Composition { get; }

    public double[] OfficeEffectRaw { get; }

    public double[] NeedCumulative { get; }

    public double[] ImmigrantShare { get; }

    public double[] PeriodEffectRaw { get; }

    /// <summary>Gets the injected trial effect on p by office and month (office * SpanLength + month + BurnInMonths), or null without a trial.</summary>
    public double[]? TrialEffectRaw { get; }

    public double[] MarketInflowLevel { get; }

    public double[] Inflow { get; }

    public static SyntheticDesign Create(SyntheticOptions options) => new(options);

    public double InflowAt(int market, int month) => Inflow[(market * SpanLength) + month + Dgp.BurnInMonths];

    /// <summary>
    /// Cumulative entrant counts over cells ordered by entry month (burn-in first) then office:
    /// element c is the number of persons in cells before c. Expected entrants of an office in a
    /// month follow its size share and its labour market's inflow relative to that market's level.
    /// </summary>
    public long[] EntryCounts(double monthlyInflow, ulong stream)
    {
        var entryMonths = Dgp.BurnInMonths + Months;
        var cells = entryMonths * OfficeCount;
        var cumulative = new long[cells + 1];
        for (var c = 0; c < cells; c++)
        {
            var i = c / OfficeCount;
            var o = c % OfficeCount;
            var market = OfficeMarket[o];
            var expected = monthlyInflow * SizeShare[o] * Inflow[(market * SpanLength) + i] / MarketInflowLevel[market];
            var rng = new Xoshiro256(Seed, stream, c);
            cumulative[c + 1] = cumulative[c] + (long)Math.Floor(expected + rng.NextDouble());
        }

        return cumulative;
    }
}
