namespace Indikator.Core.Synthetic;

/// <summary>
/// The fixed parameters of the data-generating process. docs/synthetic-data.md explains each value;
/// keep the two in step.
/// </summary>
internal static class Dgp
{
    public const int BurnInMonths = 72;
    public const int PriorWorkMonths = 12;
    public const int MinMonthsAfterExit = 12;
    public const int ExitAgeMonths = 67 * 12;
    public const int RetirementAgeMonths = 68 * 12;
    public const long PersonKeyOffset = 100_000_000_000L;

    public const ulong StreamPerson = 1;
    public const ulong StreamOffice = 2;
    public const ulong StreamPeriod = 3;
    public const ulong StreamInflow = 4;
    public const ulong StreamCounts = 5;
    public const ulong StreamPilotCounts = 6;

    // Drawn per person from its own stream, so adding the column left every other column as it was.
    public const ulong StreamImmigrantOrigin = 7;

    // Share of immigrants from outside the EEA (SSB: about two thirds of immigrants in Norway, 2024).
    public const double OutsideEeaShare = 0.65;

    // Base employment probability (linear probability model). Reference person: man, vgs,
    // no immigrant background, standard need, no benefit, age 40, no prior hours.
    public const double Intercept = 0.59;
    public const double Female = -0.01;
    public const double Immigrant = -0.03;
    public const double AgeLinear = -0.002;
    public const double AgeSquared = -0.0001;
    public const double PriorHours = 0.003;
    public static readonly double[] Education = [-0.04, 0.0, 0.04, -0.02];
    public static readonly double[] Need = [0.0, -0.07, -0.14, -0.20];
    public static readonly double[] Benefit = [0.04, -0.06, -0.04, 0.0];

    public const double OfficeEffectBound = 0.05;
    public const double OfficeEffectSlope = 0.75;
    public const double OfficeEffectCompositionLoading = 0.65;

    public const double SeasonAmplitude = 0.015;
    public const double TrendPerMonth = 0.0004;
    public const double PeriodShockBound = 0.008;

    // Composition.
    public const double FemaleShare = 0.46;
    public static readonly double[] NeedBaseShares = [0.45, 0.30, 0.17, 0.08];
    public static readonly double[] NeedCompositionLoading = [0.0, 0.4, 0.8, 1.0];
    public static readonly double[] PriorWorkProbability = [0.70, 0.50, 0.25, 0.10];
    public const double PriorWorkCompositionSlope = -0.06;
    public const double DagpengerMinPriorHours = 10.0;

    // Benefit shares by need: dagpenger, aap, sosialhjelp, ingen.
    public static readonly double[][] BenefitShares =
    [
        [0.55, 0.00, 0.15, 0.30],
        [0.35, 0.10, 0.25, 0.30],
        [0.05, 0.65, 0.20, 0.10],
        [0.00, 0.70, 0.20, 0.10],
    ];

    public static readonly double[] HourlyWageByEducation = [210.0, 250.0, 320.0, 230.0];

    // Exits from follow-up, monthly, by need.
    public static readonly double[] WorkExitFullTime = [0.45, 0.35, 0.20, 0.10];
    public const double WorkExitSmallJob = 0.05;
    public static readonly double[] DisabilityExit = [0.0, 0.001, 0.006, 0.012];
    public static readonly double[] OtherExit = [0.03, 0.02, 0.012, 0.008];
    public const double BenefitAfterWorkExit = 0.2;
    public const double StatusMove = 0.01;

    // Programmes (SyntheticColumns.ProgrammeLevels): Avklaring, IPS, AFT, Arbeidstrening, VTA, Lonnstilskudd, Oppfolging, Opplaering.
    public static readonly double[] ProgrammeStart = [0.03, 0.06, 0.08, 0.08];
    public const double ProgrammeStop = 0.15;
    public const double ProgrammeSwitch = 0.25;
    public static readonly double[][] ProgrammeShares =
    [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.50, 0.50],
        [0.20, 0.0, 0.15, 0.0, 0.0, 0.0, 0.35, 0.30],
        [0.30, 0.20, 0.20, 0.15, 0.0, 0.0, 0.15, 0.0],
        [0.10, 0.20, 0.0, 0.15, 0.35, 0.20, 0.0, 0.0],
    ];

    public static double AgeTerm(double age)
    {
        var a = age - 40.0;
        return (AgeLinear * a) + (AgeSquared * a * a);
    }

    /// <summary>The largest value of the age term over ages 20..68: at the vertex 40 + b1 / (-2 b2) = 30.</summary>
    public static double AgeTermMax => AgeTerm(40.0 + (AgeLinear / (-2.0 * AgeSquared)));

    public static double AgeTermMin => Math.Min(AgeTerm(20.0), AgeTerm(RetirementAgeMonths / 12.0));
}
