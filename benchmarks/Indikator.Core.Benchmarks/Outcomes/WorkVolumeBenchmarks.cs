using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.Outcomes;

namespace Indikator.Core.Benchmarks.Outcomes;

/// <summary>NAV's four work-volume outcomes (atid3, jobb3, atid12, jobb12) for the whole stock.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Outcomes")]
public class WorkVolumeBenchmarks
{
    private PersonMonthPanel _stock = null!;
    private EmploymentRecords _jobs = null!;
    private WorkVolumeOptions _options = null!;

    [Params(1_000_000, 10_000_000)]
    public int StockRows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_stock, _jobs) = OutcomeBenchmarkData.WorkVolume(StockRows, seed: 20241);
        _options = new WorkVolumeOptions(OutcomeBenchmarkData.FirstMonth.AddMonths(35));
    }

    /// <summary>The definition written out: a dictionary of (person, month) totals, looked up H times per row.</summary>
    [Benchmark(Baseline = true)]
    public double[][] DictionaryLookup()
    {
        var cap = _options.MonthlyHoursCap ?? double.PositiveInfinity;
        var totals = new Dictionary<(long, int), double>();
        var keys = _jobs.PersonKeys.Span;
        var months = _jobs.Months.Span;
        var hours = _jobs.WeeklyHours.Span;
        for (var r = 0; r < _jobs.Count; r++)
        {
            var key = (keys[r], months[r].Index);
            totals[key] = totals.GetValueOrDefault(key) + hours[r];
        }

        var last = _options.LastCompleteMonth.Index;
        var stockKeys = _stock.PersonKeys.Span;
        var periods = _stock.Periods.Span;
        var result = new double[4][];
        for (var o = 0; o < 4; o++)
        {
            result[o] = new double[_stock.RowCount];
        }

        for (var row = 0; row < _stock.RowCount; row++)
        {
            var t = periods[row].Index;
            for (var o = 0; o < 4; o++)
            {
                var horizon = o < 2 ? 3 : 12;
                if (t + horizon > last)
                {
                    result[o][row] = double.NaN;
                }
                else if (o % 2 == 0)
                {
                    var sum = 0.0;
                    for (var h = 1; h <= horizon; h++)
                    {
                        sum += Math.Min(totals.GetValueOrDefault((stockKeys[row], t + h)), cap);
                    }

                    result[o][row] = sum / horizon;
                }
                else
                {
                    result[o][row] = Math.Min(totals.GetValueOrDefault((stockKeys[row], t + horizon)), cap) > 19 ? 1 : 0;
                }
            }
        }

        return result;
    }

    [Benchmark]
    public WorkVolumeResult DenseCodesAndBinarySearch() => WorkVolume.Compute(_stock, _jobs, _options);
}
