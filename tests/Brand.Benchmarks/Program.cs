using System.Globalization;
using BenchmarkDotNet.Running;
using Brand.Benchmarks;

// Speed targets of the content engine (see README.md beside this file):
//   dotnet run -c Release --project tests/Brand.Benchmarks -- --filter '*'        BenchmarkDotNet: URL resolution, snapshot update
//   dotnet run -c Release --project tests/Brand.Benchmarks -- memory [N]           snapshot memory for N actors
//   dotnet run -c Release --project tests/Brand.Benchmarks -- publish-latency [N] [SAMPLES]
//   dotnet run -c Release --project tests/Brand.Benchmarks -- seed-db DB_PATH [N]  a database for tests/bench-startup.sh
//   dotnet run -c Release --project tests/Brand.Benchmarks -- search [N] [QUERIES] index rebuild rate, directory query latency
// The custom modes are plain programs, not BenchmarkDotNet jobs: each needs a database or a whole process.
const int DefaultActors = 100_000;
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    case "memory":
        return MemoryMode.Run(Arg(1, DefaultActors));
    case "publish-latency":
        return await PublishLatencyMode.RunAsync(Arg(1, DefaultActors), Arg(2, 50));
    case "search":
        return await SearchMode.RunAsync(Arg(1, DefaultActors), Arg(2, 2000));
    case "seed-db" when args.Length >= 2:
        return await SeedDbMode.RunAsync(args[1], Arg(2, DefaultActors));
    case "seed-db":
        await Console.Error.WriteLineAsync("usage: seed-db DB_PATH [N]");
        return 2;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
