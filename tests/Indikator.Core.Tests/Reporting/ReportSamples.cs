using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

/// <summary>Small tables for golden tests and a larger example report with made-up numbers.</summary>
internal static class ReportSamples
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 2, 6, 30, 0, TimeSpan.Zero);

    /// <summary>Three rows: published, fully suppressed, and text needing quotes with a missing value.</summary>
    public static ReportTable Small() => new ReportTableBuilder("Work indicator by office")
        .WithDescription("jobb3, measurement month 2026-06")
        .WithSuppressionThreshold(5)
        .AddColumn("office", "Office", ReportColumnKind.Text)
        .AddColumn("persons", "Persons", ReportColumnKind.WholeNumber)
        .AddColumn("actual", "Actual", ReportColumnKind.Percent)
        .AddColumn("contribution", "Contribution", ReportColumnKind.Number, 3)
        .AddRow(ReportCell.FromText("Alna"), ReportCell.FromNumber(1234), ReportCell.FromNumber(0.4521), ReportCell.FromNumber(0.0123))
        .AddRow(ReportCell.FromText("Frogn"), ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed)
        .AddRow(ReportCell.FromText("Ås, \"sør\""), ReportCell.FromNumber(87), ReportCell.FromNumber(0.5), ReportCell.NotAvailable)
        .AddNote("Example data.")
        .Build();

    /// <summary>A full report with made-up but plausible indicator numbers, clearly labelled as example data.</summary>
    public static Report Example(ReportLanguage language = ReportLanguage.English)
    {
        var no = language == ReportLanguage.Norwegian;
        var random = new Random(20261102);
        var names = new[]
        {
            "NAV Alna", "NAV Asker", "NAV Bergen sør", "NAV Bodø", "NAV Bærum", "NAV Drammen", "NAV Fredrikstad",
            "NAV Frogn", "NAV Gjøvik", "NAV Grorud", "NAV Hamar", "NAV Harstad", "NAV Haugesund", "NAV Kristiansand",
            "NAV Lillehammer", "NAV Molde", "NAV Moss", "NAV Narvik", "NAV Nordre Follo", "NAV Porsgrunn",
            "NAV Sandnes", "NAV Sarpsborg", "NAV Skien", "NAV Stavanger", "NAV Steinkjer", "NAV Tromsø",
            "NAV Trondheim Falkenborg", "NAV Tønsberg", "NAV Vadsø", "NAV Ålesund", "NAV Årdal", "NAV Lom",
        };
        const double national = 0.452;
        const double sd = 0.4977;
        var points = new List<FunnelChartPoint>();
        var table = new ReportTableBuilder(no ? "Arbeidsindikatoren per kontor (EKSEMPELDATA)" : "Work indicator by office (EXAMPLE DATA)")
            .WithDescription(no ? "jobb3: i arbeid tre måneder etter målemåneden juni 2026. Oppdiktede tall." : "jobb3: in work three months after measurement month June 2026. Made-up numbers.")
            .WithSuppressionThreshold(5)
            .AddColumn("office", no ? "Kontor" : "Office", ReportColumnKind.Text)
            .AddColumn("persons", no ? "Personer" : "Persons", ReportColumnKind.WholeNumber)
            .AddColumn("actual", no ? "Faktisk" : "Actual", ReportColumnKind.Percent)
            .AddColumn("expected", no ? "Forventet" : "Expected", ReportColumnKind.Percent)
            .AddColumn("contribution", no ? "NAV-bidrag (prosentpoeng)" : "NAV contribution (percentage points)", ReportColumnKind.Number, 1)
            .AddColumn("lower", no ? "95 % nedre" : "95 % lower", ReportColumnKind.Number, 1)
            .AddColumn("upper", no ? "95 % øvre" : "95 % upper", ReportColumnKind.Number, 1)
            .AddColumn("reliability", no ? "Reliabilitet" : "Reliability", ReportColumnKind.Share);
        foreach (var name in names)
        {
            var persons = name is "NAV Årdal" ? 4 : name is "NAV Lom" ? 9 : (int)Math.Round(Math.Exp(4 + (random.NextDouble() * 3.8)));
            var truth = name switch { "NAV Sandnes" => 0.06, "NAV Vadsø" => -0.07, "NAV Grorud" => -0.045, _ => (random.NextDouble() - 0.5) * 0.02 };
            var se = sd / Math.Sqrt(persons);
            var contribution = truth + (Normal(random) * se);
            var expected = national + ((random.NextDouble() - 0.5) * 0.12);
            var actual = expected + contribution;
            if (persons < 5)
            {
                table.AddRow(ReportCell.FromText(name), ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed, ReportCell.Suppressed);
                continue;
            }

            points.Add(new FunnelChartPoint(name, persons, contribution));
            var reliability = 0.012 * 0.012 / ((0.012 * 0.012) + (se * se));
            table.AddRow(
                ReportCell.FromText(name),
                ReportCell.FromNumber(persons),
                ReportCell.FromNumber(actual),
                ReportCell.FromNumber(expected),
                ReportCell.FromNumber(contribution * 100),
                ReportCell.FromNumber((contribution - (1.96 * se)) * 100),
                ReportCell.FromNumber((contribution + (1.96 * se)) * 100),
                ReportCell.FromNumber(reliability));
        }

        table.AddNote(no ? "Oppdiktede tall til illustrasjon." : "Made-up numbers for illustration only.");
        var maxPersons = points.Max(p => p.Size) * 1.05;
        var funnel = new FunnelPlot(no ? "NAV-bidrag per kontor, traktplott (eksempeldata)" : "NAV contribution by office, funnel plot (example data)", points, 0)
        {
            ValueKind = ReportColumnKind.Percent,
            Limits =
            [
                FunnelChartLimits.FromFunction("95 %", n => (-1.96 * sd / Math.Sqrt(n), 1.96 * sd / Math.Sqrt(n)), 5, maxPersons),
                FunnelChartLimits.FromFunction(no ? "99,8 %" : "99.8 %", n => (-3.09 * sd / Math.Sqrt(n), 3.09 * sd / Math.Sqrt(n)), 5, maxPersons),
            ],
            HighlightLabel = "NAV Frogn",
            YAxisTitle = no ? "NAV-bidrag (faktisk minus forventet)" : "NAV contribution (actual minus expected)",
        };

        var providers = new[]
        {
            new BarChartItem("Leverandør A AS", 0.412, 0.389),
            new BarChartItem("Attføringsbedriften B", 0.377, 0.401),
            new BarChartItem("Arbeid & Inkludering C", 0.351, 0.322),
            new BarChartItem("Vekstbedrift D Vest-Agder avdeling Kristiansand og omegn", 0.329),
            new BarChartItem("Leverandør E", 0.298, 0.305),
            new BarChartItem("Egen leverandør F", 0.262, 0.231),
        };
        var bars = new BarChart(no ? "Overgang til arbeid, Avklaring 2025 (eksempeldata)" : "Placement into work, Avklaring 2025 (example data)", providers)
        {
            ValueKind = ReportColumnKind.Percent,
            ReferenceValue = 0.318,
            HighlightLabel = "Egen leverandør F",
            ValueAxisTitle = no ? "Andel deltakere som går til arbeid" : "Share of leavers going to work",
        };

        var months = Enumerable.Range(0, 24).Select(i => new DateTime(2024, 7, 1).AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var office = new double[24];
        var lower = new double[24];
        var upper = new double[24];
        var nation = new double[24];
        for (var i = 0; i < 24; i++)
        {
            nation[i] = 0.44 + (0.02 * Math.Sin(i * Math.PI / 6));
            office[i] = nation[i] + 0.015 + (Normal(random) * 0.012);
            lower[i] = office[i] - 0.035;
            upper[i] = office[i] + 0.035;
        }

        office[14] = double.NaN;
        lower[14] = double.NaN;
        upper[14] = double.NaN;
        var line = new LineChart(no ? "NAV Frogn mot landet, jobb3 (eksempeldata)" : "NAV Frogn against the country, jobb3 (example data)", months,
        [
            new LineSeries("NAV Frogn", office, lower, upper),
            new LineSeries(no ? "Landet" : "National", nation, isReference: true),
        ])
        {
            ValueKind = ReportColumnKind.Percent,
            YAxisTitle = no ? "Andel i arbeid" : "Share in work",
        };

        return new ReportBuilder(no ? "Arbeidsindikatoren juni 2026 (EKSEMPELDATA)" : "Work indicator June 2026 (EXAMPLE DATA)", GeneratedAt)
            .AddNote(no ? "EKSEMPELDATA: alle tall i denne rapporten er oppdiktet." : "EXAMPLE DATA: every number in this report is made up.")
            .AddNote(no ? "NAV-bidraget er ikke en årsakseffekt av kontoret, og må leses med usikkerheten." : "The NAV contribution is not a causal effect of the office; read it with its uncertainty.")
            .AddChart(funnel)
            .AddChart(bars)
            .AddChart(line)
            .AddTable(table.Build())
            .Build();
    }

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
