using System.Globalization;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Synthetic.Providers;

namespace Indikator.Cli;

/// <summary>Writes the composed indicator report (HTML with funnel plot and scorecards, Excel, JSON and CSV per table) into a <c>report</c> subfolder (<c>rapport</c> in Norwegian).</summary>
internal sealed class IndicatorReportWriter : IDemoReportWriter
{
    public string Format => "HTML and Excel";

    public IReadOnlyList<string> Write(DemoReport report, string directory)
    {
        var norwegian = report.Language == ReportLanguage.Norwegian;
        var source = norwegian
            ? string.Create(CultureInfo.InvariantCulture, $"Syntetiske data (SyntheticNavData, frø {report.Seed}); ingen virkelig person er beskrevet.")
            : string.Create(CultureInfo.InvariantCulture, $"Synthetic data (SyntheticNavData, seed {report.Seed}); no real person is described.");
        var options = new IndicatorReportOptions(TimeProvider.System.GetUtcNow(), source)
        {
            Language = report.Language,
            OfficeRegions = report.Data.Offices.ToDictionary(o => o.Name, o => o.Region, StringComparer.Ordinal),
            Providers = SyntheticProviderData.Generate(report.Seed),
            ProvidersAreSynthetic = true,
            Variation = report.Variation,
            ModelComparison = report.ModelComparison,
        };
        var composed = IndicatorReport.Compose(report.Indicators, report.LegacyResult, options);
        return IndicatorReport.WriteFolder(composed, Path.Combine(directory, norwegian ? "rapport" : "report"), report.Language);
    }
}
