using System.CommandLine;
using System.Data.Common;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Worker.Commands;
using Microsoft.Extensions.Options;

var root = CommandTree.Create(args);
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // A usage error is one or two lines and exit code 2, not the whole help.
    return CliErrors.Usage(parsed.Errors.Select(e => e.Message), parsed.CommandResult.Command.Name == root.Name ? null : parsed.CommandResult.Command.Name);
}

try
{
    var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
    if (WorkerShutdown.Applies(parsed.CommandResult.Command.Name))
    {
        // A signal cancels the command, which stops within the worker's grace period; not System.CommandLine's 2 s.
        invocation.ProcessTerminationTimeout = WorkerShutdown.ForcedExitAfter(CliHost.Configuration());
    }

    return await parsed.InvokeAsync(invocation);
}
catch (OptionsValidationException exception)
{
    return CliErrors.Report("invalid configuration: " + string.Join("; ", exception.Failures), CliErrors.BadInput);
}
catch (InvalidOperationException exception) when (exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
{
    // A setting of the wrong type (an unknown profile name, a number that is not one): name it, as validation does.
    return CliErrors.Report("invalid configuration: " + exception.Message, CliErrors.BadInput);
}
catch (DbException exception)
{
    return CliErrors.Report(CliErrors.DescribeStoreFailure(exception));
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
    Console.Error.WriteLine(SecretRedaction.Redact(exception.StackTrace ?? string.Empty, CliHost.Configuration()));
    return CliErrors.Failed;
}
