using System.Globalization;
using Indikator.Core.Reporting.Writers;
using Indikator.Core.RiskAdjustment;
using Microsoft.DotNet.Interactive.Formatting;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Models side by side: every cell is the model's own number, formatted; absent terms stay empty.</summary>
public class ModelComparisonTests
{
    private static readonly Lazy<(string, LinearModelResult)[]> Models = new(() =>
    {
        var data = TestPanels.Create(3_000, offices: 12, periods: 5, seed: 9);
        return
        [
            ("plain", LinearModel.Fit(data, new LinearModelSpec("y", ["x1"]), new FitOptions { Covariance = CovarianceSpec.Iid() })),
            ("office", LinearModel.Fit(data, new LinearModelSpec("y", ["x1", "x2"]) { FixedEffects = ["office"] })),
            ("two-way", LinearModel.Fit(data, new LinearModelSpec("y", ["x2", "x3"]) { FixedEffects = ["office", "period"] }, new FitOptions { Covariance = CovarianceSpec.Robust() })),
        ];
    });

    [Fact]
    public void Cells_are_each_model_s_estimates_and_errors_and_absent_terms_are_empty()
    {
        var comparison = ModelComparison.Create(Models.Value);
        Assert.Equal(["(Intercept)", "x1", "x2", "x3"], comparison.Terms);
        var table = comparison.ToReportTable();
        Assert.Equal(["Term", "plain", "office", "two-way"], table.Columns.Select(c => c.Header));

        for (var m = 0; m < 3; m++)
        {
            var fit = Models.Value[m].Item2;
            for (var t = 0; t < comparison.Terms.Count; t++)
            {
                var estimate = table.Rows[2 * t][m + 1];
                var below = table.Rows[(2 * t) + 1][m + 1];
                var coefficient = fit.Coefficients.SingleOrDefault(c => c.Name == comparison.Terms[t]);
                if (coefficient is null)
                {
                    Assert.Null(estimate.Text);
                    Assert.Null(below.Text);
                    continue;
                }

                Assert.StartsWith(coefficient.Estimate.ToString("F4", CultureInfo.InvariantCulture), estimate.Text, StringComparison.Ordinal);
                Assert.Equal(Stars(coefficient.PValue), estimate.Text![coefficient.Estimate.ToString("F4", CultureInfo.InvariantCulture).Length..]);
                Assert.Equal("(" + coefficient.StandardError.ToString("F4", CultureInfo.InvariantCulture) + ")", below.Text);
            }
        }

        string[] Row(string label) => [.. table.Rows.Single(r => r[0].Text == label).Skip(1).Select(c => c.Text ?? string.Empty)];
        Assert.Equal(["No", "Yes", "Yes"], Row("Fixed effect: office"));
        Assert.Equal(["No", "No", "Yes"], Row("Fixed effect: period"));
        Assert.Equal(["IID", "Clustered (office)", "HC1"], Row("Standard errors"));
        Assert.Equal([.. Models.Value.Select(m => m.Item2.ObservationCount.ToString("N0", CultureInfo.InvariantCulture))], Row("Observations"));
        Assert.Equal("", Row("Within R²")[0]);
        Assert.Equal(Models.Value[2].Item2.WithinRSquared!.Value.ToString("F4", CultureInfo.InvariantCulture), Row("Within R²")[2]);
    }

    [Fact]
    public void Intervals_and_t_statistics_can_replace_the_standard_errors()
    {
        var fit = Models.Value[1].Item2;
        var ci = ModelComparison.Create([("m", fit)], new ModelComparisonOptions { Statistic = ModelComparisonStatistic.ConfidenceInterval, ConfidenceLevel = 0.9, Decimals = 3 }).ToReportTable();
        var interval = fit.ConfidenceIntervals(0.9).Single(i => i.Name == "x1");
        var c = CultureInfo.InvariantCulture;
        Assert.Equal($"[{interval.Lower.ToString("F3", c)}, {interval.Upper.ToString("F3", c)}]", ci.Rows[1][1].Text);

        var t = ModelComparison.Create([("m", fit)], new ModelComparisonOptions { Statistic = ModelComparisonStatistic.TStatistic, Stars = false }).ToReportTable();
        Assert.Equal("(" + fit.Coefficients[0].TStatistic.ToString("F4", c) + ")", t.Rows[1][1].Text);
        Assert.Equal(fit.Coefficients[0].Estimate.ToString("F4", c), t.Rows[0][1].Text);
    }

    [Fact]
    public void Text_is_aligned_and_every_writer_and_the_notebook_take_the_table()
    {
        var comparison = ModelComparison.Create(Models.Value);
        var lines = comparison.ToText().Split('\n');
        var tableLines = lines.TakeWhile(l => !l.StartsWith("Standard errors in", StringComparison.Ordinal)).ToArray();
        Assert.Single(tableLines.Select(l => l.Length).Distinct());
        Assert.Contains("plain", lines[0], StringComparison.Ordinal);

        var csv = CsvReportWriter.ToCsv(comparison.ToReportTable());
        Assert.Contains("Clustered (office)", csv, StringComparison.Ordinal);
        Assert.Equal(HtmlFormatter.MimeType, Formatter.GetPreferredMimeTypesFor(typeof(ModelComparison)).First());
        Assert.Contains("<table>", comparison.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
        using var xlsx = new MemoryStream();
        XlsxReportWriter.Write(comparison.ToReportTable(), xlsx);
        Assert.True(xlsx.Length > 0);
    }

    [Fact]
    public void Bad_arguments_are_refused_at_the_edge()
    {
        var fit = Models.Value[0].Item2;
        Assert.Throws<ArgumentException>(() => ModelComparison.Create([]));
        Assert.Throws<ArgumentException>(() => ModelComparison.Create([("a", fit), ("a", fit)]));
        Assert.Throws<ArgumentException>(() => ModelComparison.Create([("a", fit)], new ModelComparisonOptions { ConfidenceLevel = 1 }));
        Assert.ThrowsAny<ArgumentException>(() => ModelComparison.Create([("a", null!)]));
    }

    private static string Stars(double p) => p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
}
