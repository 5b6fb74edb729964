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
    TrainCommand.Create(configuration),
    EvaluateCommand.Create(configuration),
    BenchmarkCommand.Create(configuration),
};

try
{
    return await root.Parse(args).InvokeAsync();
}
catch (OptionsValidationException exception)
{
    return CliErrors.Report("invalid configuration: " + string.Join("; ", exception.Failures), CliErrors.BadInput);
}
catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
{
    return CliErrors.Report(exception.Message);
}
