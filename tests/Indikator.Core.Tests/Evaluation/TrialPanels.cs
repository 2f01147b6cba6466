using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Evaluation;

namespace Indikator.Core.Tests.Evaluation;

/// <summary>
/// Seeded person-month panels with a known trial effect: y = a_o + g_t + u_p + e + tau(office, k), where a_o and g_t
/// are office and month effects, u_p a person effect (persons stay six months), e noise and tau the injected effect at
/// k = months since the office's start. The outcome stands for the risk-adjusted one.
/// </summary>
internal static class TrialPanels
{
    public static readonly YearMonth First = new(2022, 1);

    /// <param name="offices">Number of offices, named o00, o01, ...</param>
    /// <param name="months">Number of months from 2022-01.</param>
    /// <param name="persons">Persons per office and month.</param>
    /// <param name="starts">Start (months since 2022-01) of each trial office, by office index; absent = never treated.</param>
    /// <param name="effect">tau(office index, k) for k &gt;= 0.</param>
    /// <param name="noise">Standard deviation of e (u_p has half of it).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="order">A row permutation, or null.</param>
    /// <param name="officePath">The office's own path b(o, t) in place of a constant a_o, or null.</param>
    public static ColumnTable Build(int offices, int months, int persons, IReadOnlyDictionary<int, int> starts, Func<int, int, double> effect, double noise, int seed, int[]? order = null, Func<int, int, double>? officePath = null)
    {
        var random = new Random(seed);
        var officeEffect = Enumerable.Range(0, offices).Select(_ => random.NextDouble()).ToArray();
        var monthEffect = Enumerable.Range(0, months).Select(t => 0.3 * Math.Sin(t / 3.0)).ToArray();
        var n = offices * months * persons;
        var y = new double[n];
        var office = new int[n];
        var period = new int[n];
        var person = new int[n];
        var personEffect = new Dictionary<int, double>();
        var row = 0;
        for (var o = 0; o < offices; o++)
        {
            for (var t = 0; t < months; t++)
            {
                for (var j = 0; j < persons; j++)
                {
                    var p = (((o * 1000) + (t / 6)) * persons) + j;
                    if (!personEffect.TryGetValue(p, out var u))
                    {
                        u = 0.5 * noise * Normal(random);
                        personEffect.Add(p, u);
                    }

                    var tau = starts.TryGetValue(o, out var s) && t >= s ? effect(o, t - s) : 0;
                    y[row] = (officePath?.Invoke(o, t) ?? officeEffect[o]) + monthEffect[t] + u + (noise * Normal(random)) + tau;
                    office[row] = o;
                    period[row] = t;
                    person[row] = p;
                    row++;
                }
            }
        }

        order ??= Enumerable.Range(0, n).ToArray();
        var personLevels = personEffect.Keys.Order().ToArray();
        var personCode = personLevels.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return new ColumnTableBuilder()
            .AddNumeric("y", [.. order.Select(i => y[i])])
            .AddCategorical("office", [.. order.Select(i => office[i])], [.. Enumerable.Range(0, offices).Select(Office)])
            .AddCategorical("period", [.. order.Select(i => period[i])], [.. Enumerable.Range(0, months).Select(t => YearMonth.FromIndex(First.Index + t).ToString())])
            .AddCategorical("person", [.. order.Select(i => personCode[person[i]])], [.. personLevels.Select(p => p.ToString(CultureInfo.InvariantCulture))])
            .Build();
    }

    public static string Office(int o) => string.Create(CultureInfo.InvariantCulture, $"o{o:D2}");

    public static TrialSpec Spec(IReadOnlyDictionary<int, int> starts) => new([.. starts.OrderBy(s => s.Key).Select(s => new TrialOffice(Office(s.Key), YearMonth.FromIndex(First.Index + s.Value)))])
    {
        Outcome = "y",
        BootstrapReplications = 199,
    };

    private static double Normal(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
