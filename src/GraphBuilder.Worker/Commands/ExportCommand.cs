using System.CommandLine;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder export --format json|cypher|graphml|csv --out &lt;path&gt;</c>: writes the graph for other tools.
/// </summary>
internal static class ExportCommand
{
    private static readonly IGraphExporter[] Exporters =
        [new JsonGraphExporter(), new CypherGraphExporter(), new GraphMLGraphExporter(), new CsvGraphExporter()];

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "json (the contract), cypher (a cypher-shell script), graphml (Gephi, yEd) or csv (neo4j-admin import).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("json", "cypher", "graphml", "csv");
        var output = new Option<string>("--out")
        {
            Description = "The file to write; for csv, the folder.",
            Required = true,
            HelpName = "path",
        };
        var store = CliOptions.Store();
        var command = new Command("export", "Export the graph as JSON, Cypher, GraphML or CSV.") { format, output, store };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(format)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(store),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string formatName, string output, string? store, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(CliHost.StoreOverride(store));
        var storePath = CliErrors.StorePath(store, host.Services.GetRequiredService<IConfiguration>());
        if (!CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>()))
        {
            return CliErrors.MissingStore(storePath);
        }

        var format = Enum.Parse<ExportFormat>(formatName, ignoreCase: true);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (format != ExportFormat.Csv && directory is not null && !Directory.Exists(directory))
        {
            return CliErrors.Report($"the folder of '{output}' does not exist", CliErrors.BadInput);
        }

        var snapshot = await host.Services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken);
        var exporter = Exporters.Single(e => e.Format == format);
        var files = await exporter.ExportAsync(snapshot, output, cancellationToken);
        await Console.Out.WriteLineAsync(
            $"Exported {snapshot.Articles.Count} articles, {snapshot.Entities.Count} entities and {snapshot.Relations.Count} relations "
            + $"as {formatName} to {string.Join(", ", files)}");
        return CliErrors.Ok;
    }
}
