using System.CommandLine;
using System.Runtime.CompilerServices;
using GraphBuilder.Lab;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// Builds the verbs of <c>graphbuilder</c>. The workbench verbs (<c>train</c>, <c>evaluate</c>, <c>benchmark</c>) live in
/// GraphBuilder.Lab, which is loaded only when one of them is run; otherwise they appear in the help by name only.
/// </summary>
internal static class CommandTree
{
    private const string Description = "GraphBuilder: turns news articles into a knowledge graph of entities and relations, in an embedded store or Neo4j.";

    /// <summary>The workbench verbs and what they do, for the help of the runtime's command tree.</summary>
    public static IReadOnlyList<(string Name, string Description)> LabVerbs { get; } =
    [
        ("train", "Train an NLP model on annotated corpora (workbench)."),
        ("evaluate", "Score a model, or the graph, on annotated corpora (workbench)."),
        ("benchmark", "Measure the speed of the NLP pipeline, or of ingestion (workbench)."),
    ];

    /// <summary>Builds the command tree for the given arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(IReadOnlyList<string> args)
    {
        var root = new RootCommand(Description)
        {
            IngestCommand.Create(),
            ExportCommand.Create(),
            StatsCommand.Create(),
            LedgerCommand.Create(),
            RunCommand.Create(),
            SyncCommand.Create(),
            ExplainCommand.Create(),
            ResolveCommand.Create(),
            StatusCommand.Create(),
            ServeCommand.Create(),
        };
        if (args.Count > 0 && LabVerbs.Any(v => v.Name == args[0]))
        {
            AddLabVerbs(root);
        }
        else
        {
            foreach (var (name, description) in LabVerbs)
            {
                root.Subcommands.Add(new Command(name, description));
            }
        }

        return root;
    }

    // Kept out of line so that GraphBuilder.Lab is loaded only when this runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddLabVerbs(RootCommand root)
    {
        foreach (var command in LabCommands.Create())
        {
            root.Subcommands.Add(command);
        }
    }
}
