using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Synthetic;

/// <summary>Data sets shared by the synthetic-data tests, generated once per test run.</summary>
internal static class SyntheticFixtures
{
    private static readonly Lazy<SyntheticNavData> SmallData = new(() => SyntheticNavData.Generate(SmallOptions));
    private static readonly Lazy<SyntheticNavData> RecoveryData = new(() => SyntheticNavData.Generate(RecoveryOptions));

    public static SyntheticOptions SmallOptions => new() { Seed = 7, TargetPersonMonths = 60_000, Months = 24 };

    public static SyntheticOptions RecoveryOptions => new() { Seed = 11, TargetPersonMonths = 1_000_000, Months = 36 };

    /// <summary>About 60 000 person-months over 24 months.</summary>
    public static SyntheticNavData Small => SmallData.Value;

    /// <summary>About a million person-months over 36 months: enough rows per office to see office effects.</summary>
    public static SyntheticNavData Recovery => RecoveryData.Value;
}
