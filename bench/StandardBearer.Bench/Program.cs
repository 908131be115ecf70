using BenchmarkDotNet.Running;
using StandardBearer.Bench;

// A plain timed run for what one measurement answers; BenchmarkDotNet for the rest.
if (args.Length > 0 && args[0] == "results-import") return await ResultsImportTiming.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(EvidencePackBenchmarks).Assembly).Run(args);
return 0;
