namespace Indikator.Core.Indicators.Providers;

/// <summary>Groups <see cref="ExitReason"/> values as the working-group report does.</summary>
/// <remarks>This type is stateless and thread safe.</remarks>
public static class ExitReasons
{
    /// <summary>Gets the six reasons that count as placement into work (indicator 8, section 4.6).</summary>
    public static IReadOnlyList<ExitReason> PlacementIntoWork { get; } =
    [
        ExitReason.UnsubsidisedWork,
        ExitReason.WageSubsidy,
        ExitReason.OpenEndedWageSubsidy,
        ExitReason.WorkWithDisabilityPension,
        ExitReason.WorkWithDisabilityPensionAndBonusPay,
        ExitReason.TemporaryJobUpToSixMonths,
    ];

    /// <summary>Gets the three reasons that count as transition to active solutions (indicator 9, section 4.7).</summary>
    public static IReadOnlyList<ExitReason> ActiveSolutions { get; } =
    [
        ExitReason.SelfFinancedEducation,
        ExitReason.OtherNavApprovedProgramme,
        ExitReason.NavApprovedMedicalTreatment,
    ];

    /// <summary>Returns whether <paramref name="reason"/> is a placement into work.</summary>
    /// <param name="reason">The exit reason.</param>
    /// <returns>True for the six placement reasons, including TULT and work with disability pension and bonus pay, which the report counts as full placements.</returns>
    public static bool IsPlacementIntoWork(ExitReason reason)
        => reason is >= ExitReason.UnsubsidisedWork and <= ExitReason.TemporaryJobUpToSixMonths;

    /// <summary>Returns whether <paramref name="reason"/> is a transition to an active solution.</summary>
    /// <param name="reason">The exit reason.</param>
    /// <returns>True for self-financed education, another NAV-approved programme and NAV-approved medical treatment.</returns>
    public static bool IsActiveSolution(ExitReason reason)
        => reason is >= ExitReason.SelfFinancedEducation and <= ExitReason.NavApprovedMedicalTreatment;
}
