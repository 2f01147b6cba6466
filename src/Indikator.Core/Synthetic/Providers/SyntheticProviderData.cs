using Indikator.Core.Data;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Synthetic.Providers;

/// <summary>
/// A small, seeded synthetic data set of programme providers (tiltaksarrangører) for demos and tests: about 30
/// providers across the six programmes over two reporting years, with exits (indicators 8-13), staff training (4) and
/// work-placement partners (5). No real provider or person is described.
/// </summary>
/// <remarks>
/// <para>Each provider runs two to five programmes and has a quality level q ~ N(0, 1) that raises its placement rate
/// (logit scale, +0.35 q), its partners and its training, with a smaller year-to-year change. Placement rates at q = 0
/// are about 25 % (Avklaring), 20 % (APS), 30 % (KiA) and 40 % (AB); VTA and TiA leavers are rarely placed, as in
/// practice. Leavers per provider, programme and year: 15 to 120. Provider names are
/// <c>Leverandør 01</c>, <c>Leverandør 02</c>, and so on.</para>
/// <para>The same seed always gives the same data. This type is stateless and thread safe.</para>
/// </remarks>
public static class SyntheticProviderData
{
    /// <summary>The number of providers generated.</summary>
    public const int ProviderCount = 30;

    private static readonly double[] BaseLogitPlacement = [-3.0, -2.4, -1.1, -1.4, -0.85, -0.4];

    /// <summary>Gets the provider id of a 0-based provider index: <c>Leverandør 01</c> for 0.</summary>
    /// <param name="index">The index, 0 to <see cref="ProviderCount"/> - 1.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static string ProviderId(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ProviderCount);
        return "Leverandør " + (index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Generates the data for the two reporting years <paramref name="lastYear"/> - 1 and <paramref name="lastYear"/>.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="lastYear">The later reporting year.</param>
    /// <returns>The provider data; valid for <see cref="ProviderIndicatorCalculator"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> is outside 2001 to 9998.</exception>
    public static ProviderData Generate(long seed, int lastYear = 2025)
    {
        if (lastYear is < 2001 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, "The year must be between 2001 and 9998.");
        }

        var exits = new List<ParticipantExit>();
        var staff = new List<StaffTraining>();
        var partners = new List<PlacementPartner>();
        for (var p = 0; p < ProviderCount; p++)
        {
            var rng = new Xoshiro256(seed, 0x50524F56UL, p);
            var id = ProviderId(p);
            var quality = rng.NextNormal();
            var programmes = Programmes(ref rng);
            var staffCount = rng.NextInt(6, 30);
            for (var year = lastYear - 1; year <= lastYear; year++)
            {
                var yearQuality = quality + (0.3 * rng.NextNormal());
                foreach (var programme in programmes)
                {
                    var leavers = rng.NextInt(15, 120);
                    for (var k = 0; k < leavers; k++)
                    {
                        exits.Add(Exit(ref rng, id, programme, year, yearQuality));
                    }
                }

                for (var s = 0; s < staffCount; s++)
                {
                    var counted = rng.NextDouble() < 0.85;
                    var hours = Math.Round(Math.Max(0, 30 + (8 * yearQuality) + (15 * rng.NextNormal())), 1);
                    staff.Add(new StaffTraining(id, year, hours, counted));
                }

                var partnerCount = Math.Max(1, (int)Math.Round(12 + (4 * yearQuality) + (3 * rng.NextNormal())));
                for (var s = 0; s < partnerCount; s++)
                {
                    var agreement = rng.NextDouble() < 0.8;
                    YearMonth? lastUsed = rng.NextDouble() < 0.85 ? new YearMonth(year - rng.NextInt(0, 1), rng.NextInt(1, 12)) : null;
                    partners.Add(new PlacementPartner(id, year, agreement, lastUsed));
                }
            }
        }

        return new ProviderData { Exits = exits, StaffTraining = staff, PlacementPartners = partners };
    }

    private static List<Programme> Programmes(ref Xoshiro256 rng)
    {
        // Avklaring is offered by most providers so that its scorecard has a full field.
        var list = new List<Programme>();
        foreach (var programme in ProgrammeNames.All)
        {
            var p = programme == Programme.Avklaring ? 0.9 : 0.45;
            if (rng.NextDouble() < p)
            {
                list.Add(programme);
            }
        }

        if (list.Count < 2)
        {
            list.Add(list.Contains(Programme.Avklaring) ? Programme.Ab : Programme.Avklaring);
        }

        return list;
    }

    private static ParticipantExit Exit(ref Xoshiro256 rng, string id, Programme programme, int year, double quality)
    {
        var exitDate = new DateOnly(year, 1, 1).AddDays(rng.NextInt(0, 364));
        var weeks = programme switch
        {
            Programme.Avklaring => rng.NextInt(4, 14),
            Programme.Vta or Programme.Tia => rng.NextInt(30, 260),
            _ => rng.NextInt(8, 80),
        };
        var start = exitDate.AddDays(-7 * weeks);
        var logit = BaseLogitPlacement[(int)programme] + (0.35 * quality);
        var placed = rng.NextDouble() < 1 / (1 + Math.Exp(-logit));
        var reason = placed ? PlacementReason(ref rng) : OtherReason(ref rng);
        var exit = new ParticipantExit(id, programme, start, exitDate, reason);
        if (programme == Programme.Kia && rng.NextDouble() < 0.2)
        {
            exit = exit with { Qualification = FormalQualification.TradeCertificate };
        }

        if (programme == Programme.Ab)
        {
            var firstDay = start.AddDays(rng.NextInt(0, Math.Max(0, (7 * weeks) - 1)));
            exit = exit with
            {
                FirstWorkday = rng.NextDouble() < 0.8 ? firstDay : null,
                EmploymentDate = placed ? firstDay.AddDays(rng.NextInt(0, exitDate.DayNumber - firstDay.DayNumber)) : null,
            };
        }

        return exit;
    }

    private static ExitReason PlacementReason(ref Xoshiro256 rng) => rng.NextDouble() switch
    {
        < 0.5 => ExitReason.UnsubsidisedWork,
        < 0.75 => ExitReason.WageSubsidy,
        < 0.82 => ExitReason.OpenEndedWageSubsidy,
        < 0.9 => ExitReason.WorkWithDisabilityPension,
        < 0.93 => ExitReason.WorkWithDisabilityPensionAndBonusPay,
        _ => ExitReason.TemporaryJobUpToSixMonths,
    };

    private static ExitReason OtherReason(ref Xoshiro256 rng) => rng.NextDouble() switch
    {
        < 0.1 => ExitReason.SelfFinancedEducation,
        < 0.3 => ExitReason.OtherNavApprovedProgramme,
        < 0.38 => ExitReason.NavApprovedMedicalTreatment,
        _ => ExitReason.Other,
    };
}
