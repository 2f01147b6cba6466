using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;

namespace Indikator.Core.Benchmarks.Data;

/// <summary>
/// Loading a person-month CSV (key, period, 10 numeric, 3 categorical columns) into a
/// <see cref="PersonMonthPanel"/>: the span-based <see cref="CsvLoader"/> against a naive
/// ReadLine + string.Split + double.Parse loader.
/// </summary>
[BenchmarkCategory("Data", "Csv")]
public class CsvLoadBenchmarks
{
    private const int NumericCount = 10;
    private static readonly string[] Offices = [.. Enumerable.Range(0, 400).Select(i => $"Kontor {i:D3}")];
    private static readonly string[] Programmes = ["AMO", "Lønnstilskudd", "Arbeidstrening", "Oppfølging", "Ingen"];
    private static readonly string[] Education = ["grunnskole", "vgs", "fagbrev", "bachelor", "master", "NA"];

    private byte[] _csv = [];
    private CsvSchema _schema = new();

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240501);
        var text = new StringBuilder(Rows * 120);
        text.Append("person_id,month");
        for (var j = 0; j < NumericCount; j++)
        {
            text.Append(CultureInfo.InvariantCulture, $",x{j}");
        }

        text.Append(",office,programme,education\n");
        var start = new YearMonth(2019, 1);
        for (var r = 0; r < Rows; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{10_000_000_000L + (r / 24)},{start.AddMonths(r % 24)}");
            for (var j = 0; j < NumericCount; j++)
            {
                // A mix of integers, decimals and the odd missing value, as register extracts have.
                if (random.Next(50) == 0)
                {
                    text.Append(",NA");
                }
                else if (j % 3 == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $",{random.Next(0, 100)}");
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $",{Math.Round(random.NextDouble() * 1000, 3)}");
                }
            }

            text.Append(',').Append(Offices[random.Next(Offices.Length)])
                .Append(',').Append(Programmes[random.Next(Programmes.Length)])
                .Append(',').Append(Education[random.Next(Education.Length)])
                .Append('\n');
        }

        _csv = Encoding.UTF8.GetBytes(text.ToString());
        var schema = new CsvSchema().WithPersonKey("person_id").WithPeriod("month");
        for (var j = 0; j < NumericCount; j++)
        {
            schema = schema.AddNumeric($"x{j}");
        }

        _schema = schema.AddCategorical("office").AddCategorical("programme").AddCategorical("education");
    }

    [Benchmark(Baseline = true)]
    public PersonMonthPanel SplitAndParse()
    {
        using var reader = new StreamReader(new MemoryStream(_csv), Encoding.UTF8);
        var header = reader.ReadLine()!.Split(',');
        var keys = new List<long>();
        var periods = new List<YearMonth>();
        var numeric = Enumerable.Range(0, NumericCount).Select(_ => new List<double>()).ToArray();
        var labels = Enumerable.Range(0, 3).Select(_ => new List<string?>()).ToArray();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var fields = line.Split(',');
            keys.Add(long.Parse(fields[0], CultureInfo.InvariantCulture));
            periods.Add(YearMonth.Parse(fields[1], CultureInfo.InvariantCulture));
            for (var j = 0; j < NumericCount; j++)
            {
                numeric[j].Add(fields[2 + j] == "NA" ? double.NaN : double.Parse(fields[2 + j], CultureInfo.InvariantCulture));
            }

            for (var j = 0; j < 3; j++)
            {
                var label = fields[2 + NumericCount + j];
                labels[j].Add(label == "NA" ? null : label);
            }
        }

        var builder = new PersonMonthPanelBuilder().WithPersonKeys([.. keys]).WithPeriods([.. periods]);
        for (var j = 0; j < NumericCount; j++)
        {
            builder.AddNumeric(header[2 + j], [.. numeric[j]]);
        }

        for (var j = 0; j < 3; j++)
        {
            builder.AddCategorical(header[2 + NumericCount + j], labels[j]);
        }

        return builder.Build();
    }

    [Benchmark]
    public PersonMonthPanel CsvLoaderStreaming()
    {
        using var stream = new MemoryStream(_csv);
        return CsvLoader.LoadPanel(stream, _schema);
    }
}
