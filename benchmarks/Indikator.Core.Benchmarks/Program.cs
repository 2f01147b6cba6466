using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Indikator.Core.Benchmarks.BenchmarkConfig.Create());
