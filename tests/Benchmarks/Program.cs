using Disclosure.Benchmarks;

// Benchmarks print figures; they assert nothing. Record results in docs/benchmarks.md.
//   dotnet run -c Release --project tests/Benchmarks -- scans [items]
//   dotnet run -c Release --project tests/Benchmarks -- engine [instances]
//   dotnet run -c Release --project tests/Benchmarks -- monitoring [items]
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
    default:
        Console.WriteLine("usage: scans [items] | engine [instances] | monitoring [items]");
        break;
}
