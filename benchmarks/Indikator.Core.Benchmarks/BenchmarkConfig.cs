using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;

namespace Indikator.Core.Benchmarks;

/// <summary>The one configuration every suite shares: memory diagnoser, medians and ratios, peak resident memory where a suite records it (<see cref="PeakMemory"/>), GitHub markdown.</summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median)
        .AddColumn(new PeakMemoryColumn())
        .AddExporter(MarkdownExporter.GitHub)
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
        .WithOptions(ConfigOptions.JoinSummary);
}
