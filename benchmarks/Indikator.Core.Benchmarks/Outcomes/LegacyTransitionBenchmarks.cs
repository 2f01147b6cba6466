using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.Outcomes;

namespace Indikator.Core.Benchmarks.Outcomes;

/// <summary>The legacy six-month measure for a year of exits (2023, followed up through 2024).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Outcomes")]
public class LegacyTransitionBenchmarks
{
    private PersonMonthPanel _stock = null!;
    private StatusRecords _status = null!;
    private EmploymentRecords _jobs = null!;
    private LegacyTransitionOptions _options = null!;

    [Params(500_000)]
    public int Persons { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_stock, _status, _jobs) = OutcomeBenchmarkData.Legacy(Persons, seed: 7);
        _options = new LegacyTransitionOptions(new YearMonth(2024, 12), "age");
    }

    /// <summary>
    /// The headline share written out with dictionaries of (person, month): the two-month exit rule, the
    /// five-month reclassification left out, ages 20-66, employed when any hours in t+6.
    /// </summary>
    [Benchmark(Baseline = true)]
    public double DictionaryLookup()
    {
        var status = new Dictionary<(long, int), RegisterStatus>();
        var keys = _status.PersonKeys.Span;
        var months = _status.Months.Span;
        var statuses = _status.Statuses.Span;
        for (var r = 0; r < _status.Count; r++)
        {
            status[(keys[r], months[r].Index)] = statuses[r];
        }

        var hours = new Dictionary<(long, int), double>();
        for (var r = 0; r < _jobs.Count; r++)
        {
            var key = (_jobs.PersonKeys.Span[r], _jobs.Months.Span[r].Index);
            hours[key] = hours.GetValueOrDefault(key) + _jobs.WeeklyHours.Span[r];
        }

        var ages = _stock.Numeric("age").Values.Span;
        var stockKeys = _stock.PersonKeys.Span;
        var periods = _stock.Periods.Span;
        var last = _options.LastObservedMonth.Index;
        int exits = 0, employed = 0;
        for (var row = 0; row < _stock.RowCount; row++)
        {
            var t = periods[row].Index;
            if (t + 6 > last || !status.TryGetValue((stockKeys[row], t), out var s) || ages[row] is < 20 or >= 67)
            {
                continue;
            }

            if (status.GetValueOrDefault((stockKeys[row], t + 1)) == s || status.GetValueOrDefault((stockKeys[row], t + 2)) == s)
            {
                continue;
            }

            exits++;
            if (hours.GetValueOrDefault((stockKeys[row], t + 6)) > 0)
            {
                employed++;
            }
        }

        return (double)employed / exits;
    }

    [Benchmark]
    public LegacyTransitionResult StatusExits() => LegacyTransition.Compute(_stock, _status, _jobs, _options);

    [Benchmark]
    public LegacyTransitionResult ProgrammeExits() => LegacyTransition.Compute(_stock, _status, _jobs, _options with { Variant = TransitionVariant.Programme });
}
