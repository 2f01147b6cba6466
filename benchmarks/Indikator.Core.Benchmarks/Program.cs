using BenchmarkDotNet.Running;
using Indikator.Core.Benchmarks;
using Indikator.Core.Benchmarks.Pipeline;
using Indikator.Core.Benchmarks.RiskAdjustment;

if (args.Length > 0 && args[0] == "guard")
{
    return PerformanceGuard.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "coldfit")
{
    return ColdFit.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "memory")
{
    return MemoryProfile.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
