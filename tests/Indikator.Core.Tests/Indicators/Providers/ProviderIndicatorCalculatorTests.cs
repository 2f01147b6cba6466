using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public partial class ProviderIndicatorCalculatorTests
{
    private const string P = "Provider A";

    private static ProviderIndicatorCalculator Calc(ProviderData data) => new(data);

    private static ProviderIndicatorResult Single(ProviderData data, ProviderIndicator indicator, Programme? programme = null, int year = 2024)
        => Calc(data).Compute(indicator, P, programme, year) ?? throw new InvalidOperationException("no result");

    private static ParticipantExit Exit(Programme programme, string start, string exit, ExitReason reason, string provider = P)
        => new(provider, programme, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(exit, System.Globalization.CultureInfo.InvariantCulture), reason);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Constructor_rejects_null_data_and_null_collections()
    {
        Assert.Throws<ArgumentNullException>(() => new ProviderIndicatorCalculator(null!));
        var error = Assert.Throws<ArgumentNullException>(() => new ProviderIndicatorCalculator(new ProviderData { Exits = null! }));
        Assert.Equal("Exits", error.ParamName);
    }

    [Fact]
    public void Null_records_and_empty_provider_ids_are_reported_with_their_index()
    {
        var nullRecord = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { Participants = [new(P, Programme.Ab, 2024, true), null!] }));
        Assert.Equal("Participants[1].(record): the record is null.", nullRecord.Message);
        var empty = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { NavSurvey = [new(" ", 2024, 1, 5)] }));
        Assert.Equal("NavSurvey[0].ProviderId: the provider id must not be empty.", empty.Message);
        Assert.Equal(("NavSurvey", 0, "ProviderId"), (empty.Collection, empty.RecordIndex, empty.Field));
        var year = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { StaffTraining = [new(P, 0, 1, true)] }));
        Assert.Equal("StaffTraining[0].Year: 0 is not a year between 1 and 9999.", year.Message);
        var programme = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { Participants = [new(P, (Programme)9, 2024, true)] }));
        Assert.Equal("Participants[0].Programme: 9 is not a defined programme.", programme.Message);
    }

    [Fact]
    public void ComputeAll_orders_by_provider_programme_and_year_and_rejects_none()
    {
        var data = new ProviderData
        {
            Participants =
            [
                new("B", Programme.Ab, 2024, true),
                new("A", Programme.Kia, 2025, false),
                new("A", Programme.Kia, 2024, true),
                new("A", Programme.Avklaring, 2024, true),
            ],
        };
        var results = Calc(data).ComputeAll(ProviderIndicator.PlacementParticipants);
        Assert.Equal(
            [("A", Programme.Avklaring, 2024), ("A", Programme.Kia, 2024), ("A", Programme.Kia, 2025), ("B", Programme.Ab, 2024)],
            results.Select(r => (r.ProviderId, r.Programme!.Value, r.Year)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calc(data).ComputeAll(ProviderIndicator.None));
    }
}
