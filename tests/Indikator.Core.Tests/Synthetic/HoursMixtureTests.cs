using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Synthetic;

public sealed class HoursMixtureTests
{
    [Fact]
    public void Q_and_m_have_the_values_worked_out_by_hand()
    {
        // q = 0.5 + 0.3 + 0.2 * 0.1 * 36/99 (small job plus second job over 19 hours in 36 of 99 pairs).
        Assert.Equal(0.8 + (0.02 * 36.0 / 99.0), HoursMixture.ShareOverThreshold, 14);

        // m = 0.5 * 37.5 + 0.3 * 25 + 0.2 * 10 + 0.1 * 8.
        Assert.Equal(29.05, HoursMixture.MeanHours, 12);
    }

    [Fact]
    public void Draws_reproduce_q_and_m()
    {
        var rng = new Xoshiro256(3, 9, 0);
        const int n = 400_000;
        double over = 0, sum = 0;
        for (var i = 0; i < n; i++)
        {
            var total = HoursMixture.DrawMain(ref rng) + HoursMixture.DrawSecond(ref rng);
            over += total > HoursMixture.JobThreshold ? 1 : 0;
            sum += total;
            Assert.InRange(total, 5.0, HoursMixture.MaxTotalHours);
        }

        // SEs: q 0.0006, m (hours SD about 11) 0.018; tolerance 5 SE.
        Assert.Equal(HoursMixture.ShareOverThreshold, over / n, 0.003);
        Assert.Equal(HoursMixture.MeanHours, sum / n, 0.09);
    }
}
