using Indikator.Core.Data;

namespace Indikator.Core.Synthetic;

/// <summary>Receives the rows one simulated person produces, in month order.</summary>
internal interface IPersonSink
{
    /// <summary>Gets whether only stock rows matter, so a person's simulation can stop at exit (the calibration pilot).</summary>
    bool StopAtExit { get; }

    void Stock(in StockRow row);

    void Job(long key, int month, double hours, double earnings);

    void Status(long key, int month, RegisterStatus status, int programme, bool benefit);
}

/// <summary>One stock row; months are relative to the start month.</summary>
internal readonly record struct StockRow(
    long Key, int Month, int AgeMonths, int MonthsSinceRegistration, double PriorHours, int Office,
    int Female, int Education, int Immigrant, int Need, int Benefit, int Status, int ImmigrantOrigin, int Programme);

/// <summary>Tracks the range of employment probabilities actually used.</summary>
internal struct ProbabilityRange
{
    public double Min;
    public double Max;

    public static ProbabilityRange Empty => new() { Min = double.PositiveInfinity, Max = double.NegativeInfinity };

    public void Merge(ProbabilityRange other)
    {
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }
}

/// <summary>
/// Simulates one person from its own random stream, so the result depends only on
/// (seed, person index, entry month, office), never on the thread or on other persons.
/// </summary>
internal static class PersonSimulator
{
    private const int JobSeeker = 0;
    private const int ReducedCapacity = 1;
    private const int Dagpenger = 0;
    private const int Aap = 1;
    private const int Sosialhjelp = 2;
    private const int NoBenefit = 3;

    private enum Exit
    {
        None,
        Work,
        Disability,
        Other,
    }

    public static void Simulate<TSink>(SyntheticDesign design, long personIndex, int entry, int office, ref TSink sink, ref ProbabilityRange range)
        where TSink : struct, IPersonSink
    {
        var rng = new Xoshiro256(design.Seed, Dgp.StreamPerson, personIndex);
        var key = Dgp.PersonKeyOffset + personIndex;
        var horizonEnd = design.HorizonEnd;
        var composition = design.Composition[office];

        // Characteristics at registration; all fixed over the spell.
        var female = rng.NextDouble() < Dgp.FemaleShare ? 1 : 0;
        var need = 0;
        var uNeed = rng.NextDouble();
        while (need < 3 && uNeed >= design.NeedCumulative[(office * 4) + need])
        {
            need++;
        }

        var immigrant = rng.NextDouble() < design.ImmigrantShare[office] ? 1 : 0;
        var origin = immigrant == 0 ? 0 : new Xoshiro256(design.Seed, Dgp.StreamImmigrantOrigin, personIndex).NextDouble() < Dgp.OutsideEeaShare ? 2 : 1;
        var pLow = Math.Clamp(0.25 + (0.08 * composition) + (immigrant * 0.05), 0.05, 0.6);
        var pUnknown = immigrant == 1 ? 0.15 : 0.02;
        var pHigh = Math.Clamp(0.25 - (0.07 * composition), 0.05, 0.45);
        var uEducation = rng.NextDouble();
        var education = uEducation < pLow ? 0 : uEducation < pLow + pUnknown ? 3 : uEducation < pLow + pUnknown + pHigh ? 2 : 1;

        var ageExponent = need >= 2 ? 0.8 : 1.4;
        var entryAgeMonths = 240 + (int)(Math.Pow(rng.NextDouble(), ageExponent) * 44 * 12);
        var birth = entry - entryAgeMonths;

        var hourlyWage = Dgp.HourlyWageByEducation[education] * Math.Exp(0.2 * rng.NextNormal());

        // Prior work: the 12 months before registration; their mean weekly hours is a covariate.
        var priorWork = Math.Clamp(Dgp.PriorWorkProbability[need] + (Dgp.PriorWorkCompositionSlope * composition), 0.02, 0.95);
        var priorHoursSum = 0.0;
        for (var s = entry - Dgp.PriorWorkMonths; s < entry; s++)
        {
            if (rng.NextDouble() < priorWork)
            {
                priorHoursSum += Jobs(ref rng, ref sink, key, s, horizonEnd, hourlyWage);
            }
        }

        var priorHours = priorHoursSum / Dgp.PriorWorkMonths;

        var benefit = PickFrom(Dgp.BenefitShares[need], rng.NextDouble());
        if (benefit == Dagpenger && priorHours < Dgp.DagpengerMinPriorHours)
        {
            benefit = Sosialhjelp;
        }

        var receivesBenefit = benefit != NoBenefit;

        // Everything in the employment probability that does not change with the month.
        var fixedPart = Dgp.Intercept + (female * Dgp.Female) + Dgp.Education[education] + (immigrant * Dgp.Immigrant)
            + Dgp.Need[need] + Dgp.Benefit[benefit] + (Dgp.PriorHours * priorHours) + design.OfficeEffectRaw[office];

        var status = need >= 2 || benefit == Aap ? ReducedCapacity : JobSeeker;
        var programme = StatusRecords.NoProgramme;
        var exit = Exit.None;
        var benefitTail = 0;
        var end = sink.StopAtExit ? Math.Min(horizonEnd, design.Months) : horizonEnd;

        for (var s = entry; s < end; s++)
        {
            var ageMonths = s - birth;
            var total = 0.0;

            // Employment: independent across months given the fixed characteristics, office and
            // month, so the stock's past (which drives exits) says nothing about future work.
            if (ageMonths < Dgp.RetirementAgeMonths)
            {
                var p = fixedPart + Dgp.AgeTerm(ageMonths / 12.0) + design.PeriodEffectRaw[s + Dgp.BurnInMonths];
                if (design.TrialEffectRaw is { } trial)
                {
                    p += trial[(office * design.SpanLength) + s + Dgp.BurnInMonths];
                }
                if (p < range.Min)
                {
                    range.Min = p;
                }

                if (p > range.Max)
                {
                    range.Max = p;
                }

                if (rng.NextDouble() < p)
                {
                    total = Jobs(ref rng, ref sink, key, s, horizonEnd, hourlyWage);
                }
            }

            if (exit == Exit.None)
            {
                if (s > entry && rng.NextDouble() < Dgp.StatusMove)
                {
                    status = status == JobSeeker ? ReducedCapacity : JobSeeker;
                }

                programme = NextProgramme(ref rng, programme, need);
                if (s >= 0)
                {
                    sink.Status(key, s, status == JobSeeker ? RegisterStatus.JobSeeker : RegisterStatus.ReducedWorkCapacity, programme, receivesBenefit);
                    if (s < design.Months)
                    {
                        sink.Stock(new StockRow(key, s, ageMonths, s - entry, priorHours, office, female, education, immigrant, need, benefit, status, origin, programme));
                    }
                }

                var uWork = rng.NextDouble();
                var uOther = rng.NextDouble();
                if (ageMonths + 1 >= Dgp.ExitAgeMonths)
                {
                    exit = Exit.Other;
                }
                else if (total > HoursMixture.JobThreshold ? uWork < Dgp.WorkExitFullTime[need] : total > 0 && uWork < Dgp.WorkExitSmallJob)
                {
                    exit = Exit.Work;
                    if (receivesBenefit && rng.NextDouble() < Dgp.BenefitAfterWorkExit)
                    {
                        benefitTail = rng.NextInt(1, 6);
                    }
                }
                else if (uOther < Dgp.DisabilityExit[need])
                {
                    exit = Exit.Disability;
                }
                else if (uOther < Dgp.DisabilityExit[need] + Dgp.OtherExit[need])
                {
                    exit = Exit.Other;
                }

                if (exit != Exit.None)
                {
                    if (s < 0 || sink.StopAtExit)
                    {
                        // Left before the first stock month: never in the data.
                        return;
                    }

                    // Records after exit are kept only as far as outcomes can reach.
                    end = Math.Min(horizonEnd, s + 1 + design.MonthsAfterExit);
                }
            }
            else if (exit == Exit.Disability)
            {
                sink.Status(key, s, RegisterStatus.Disability, StatusRecords.NoProgramme, true);
            }
            else if (benefitTail > 0)
            {
                sink.Status(key, s, RegisterStatus.NotRegistered, StatusRecords.NoProgramme, true);
                benefitTail--;
            }
        }
    }

    private static double Jobs<TSink>(ref Xoshiro256 rng, ref TSink sink, long key, int month, int horizonEnd, double hourlyWage)
        where TSink : struct, IPersonSink
    {
        var main = HoursMixture.DrawMain(ref rng);
        var second = HoursMixture.DrawSecond(ref rng);
        if (month >= 0 && month < horizonEnd)
        {
            // Monthly earnings: weekly hours x 52/12 weeks x an hourly wage growing 3 percent a year.
            var wage = hourlyWage * (1.0 + (0.0025 * month)) * 52.0 / 12.0;
            sink.Job(key, month, main, Math.Round(main * wage));
            if (second > 0)
            {
                sink.Job(key, month, second, Math.Round(second * wage));
            }
        }

        return main + second;
    }

    private static int NextProgramme(ref Xoshiro256 rng, int current, int need)
    {
        var u = rng.NextDouble();
        if (current == StatusRecords.NoProgramme)
        {
            return u < Dgp.ProgrammeStart[need] ? PickFrom(Dgp.ProgrammeShares[need], rng.NextDouble()) : current;
        }

        if (u >= Dgp.ProgrammeStop)
        {
            return current;
        }

        if (rng.NextDouble() >= Dgp.ProgrammeSwitch)
        {
            return StatusRecords.NoProgramme;
        }

        // A move to another programme: the next one in the need category's list after the current.
        var shares = Dgp.ProgrammeShares[need];
        var next = PickFrom(shares, rng.NextDouble());
        if (next == current)
        {
            do
            {
                next = (next + 1) % shares.Length;
            }
            while (shares[next] <= 0.0);
        }

        return next;
    }

    private static int PickFrom(double[] shares, double u)
    {
        var cumulative = 0.0;
        for (var k = 0; k < shares.Length - 1; k++)
        {
            cumulative += shares[k];
            if (u < cumulative)
            {
                return k;
            }
        }

        for (var k = shares.Length - 1; k > 0; k--)
        {
            if (shares[k] > 0.0)
            {
                return k;
            }
        }

        return 0;
    }
}
