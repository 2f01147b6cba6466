using System.Runtime.CompilerServices;

// The commands' logic is tested in-process.
[assembly: InternalsVisibleTo("Indikator.Core.Tests")]

// The whole run is timed in-process by the benchmarks (PushDown/RunPushDownBenchmarks).
[assembly: InternalsVisibleTo("Indikator.Core.Benchmarks")]
