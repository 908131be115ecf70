using BenchmarkDotNet.Running;
using StandardBearer.Bench;

BenchmarkSwitcher.FromAssembly(typeof(EvidencePackBenchmarks).Assembly).Run(args);
