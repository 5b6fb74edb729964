using System.CommandLine;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// Options several commands share.
/// </summary>
internal static class CliOptions
{
    public static Option<string?> Store() => new("--store")
    {
        Description = "The embedded store file (default: graphbuilder.db in the working folder, or GraphBuilder:Store:Path).",
        HelpName = "file",
    };
}
