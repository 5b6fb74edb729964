using System.CommandLine;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Lab.Commands;

namespace GraphBuilder.Lab;

/// <summary>
/// The model workbench's verbs, <c>train</c>, <c>evaluate</c> and <c>benchmark</c>: kept apart from the runtime so that
/// the worker and the everyday verbs never load the trainers, the corpora readers or the scorers.
/// </summary>
public static class LabCommands
{
    /// <summary>Creates the verbs.</summary>
    /// <returns>The <c>train</c>, <c>evaluate</c> and <c>benchmark</c> commands.</returns>
    public static IReadOnlyList<Command> Create()
    {
        var configuration = CliHost.Configuration();
        return [TrainCommand.Create(configuration), EvaluateCommand.Create(configuration), BenchmarkCommand.Create(configuration)];
    }
}
