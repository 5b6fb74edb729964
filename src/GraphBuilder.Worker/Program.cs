using System.CommandLine;
using GraphBuilder.Worker.Commands;
using Microsoft.Extensions.Options;

var configuration = CliHost.Configuration();
var root = new RootCommand("GraphBuilder: turns news articles into a knowledge graph of entities and relations, in an embedded store or Neo4j.")
{
    IngestCommand.Create(),
    ExportCommand.Create(),
    StatsCommand.Create(),
    LedgerCommand.Create(),
    RunCommand.Create(),
    SyncCommand.Create(),
    ExplainCommand.Create(),
    StatusCommand.Create(),
    TrainCommand.Create(configuration),
    EvaluateCommand.Create(configuration),
    BenchmarkCommand.Create(configuration),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OptionsValidationException exception)
{
    return CliErrors.Report("invalid configuration: " + string.Join("; ", exception.Failures), CliErrors.BadInput);
}
catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
{
    return CliErrors.Report(exception.Message);
}
catch (OperationCanceledException)
{
    return CliErrors.Report("cancelled");
}
catch (Exception exception)
{
    // The one catch-all, at the program's edge: one line for the user, the details for a bug report.
    CliErrors.Report($"{exception.GetType().Name}: {exception.Message}");
    Console.Error.WriteLine(exception.StackTrace);
    return CliErrors.Failed;
}
