using Disclosure.Benchmarks;

// Benchmarks print figures; they assert nothing. Record results in docs/benchmarks.md.
//   dotnet run -c Release --project tests/Benchmarks -- scans [items]
//   dotnet run -c Release --project tests/Benchmarks -- engine [instances]
//   dotnet run -c Release --project tests/Benchmarks -- monitoring [items]
//   dotnet build -c Release src/Host && dotnet run -c Release --project tests/Benchmarks -- http [tasks] [--seconds 15] [--grow] [--grow-to 1000000] [--timers] [--connections 1,8,32] [--api 1000] [--no-settle]
//   dotnet build -c Release src/Host && dotnet run -c Release --project tests/Benchmarks -- deadlines [tasks per phase] [--due 30] [--window 20] [--connections 8,32] [--load-tasks 30000] [--working-days 100]
var command = args.FirstOrDefault() ?? "help";
var size = args.Length > 1 && int.TryParse(args[1], out var n) ? n : (int?)null;
switch (command)
{
    case "scans":
        await CatalogueScanBenchmark.RunAsync(size ?? 1_000_000);
        break;
    case "monitoring":
        await MonitoringBenchmark.RunAsync(size ?? 1_000_000);
        break;
    case "engine":
        await EngineBenchmark.RunAsync(size ?? 1_000);
        break;
    case "deadlines":
        await Disclosure.Benchmarks.Http.DeadlineBenchmark.RunAsync(Disclosure.Benchmarks.Http.DeadlineBenchmark.Parse(args));
        break;
    case "http":
        await Disclosure.Benchmarks.Http.HttpBenchmark.RunAsync(Disclosure.Benchmarks.Http.HttpBenchmark.Parse(args));
        break;
    default:
        Console.WriteLine("usage: scans [items] | engine [instances] | monitoring [items] | http [tasks] [--seconds 15] [--grow] [--grow-to 1000000] [--timers] [--connections 1,8,32] [--api 1000] [--no-settle] | deadlines [tasks] [--due 30] [--window 20] [--connections 8,32] [--load-tasks 30000] [--working-days 100]");
        break;
}
