using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder ledger [--status s] [--json]</c>: every input seen and what became of it.
/// </summary>
internal static class LedgerCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var status = new Option<string?>("--status") { Description = "Only rows of this status: ingested, duplicate, failed or pending." };
        status.AcceptOnlyFromAmong("ingested", "duplicate", "failed", "pending");
        var json = new Option<bool>("--json") { Description = "Write JSON lines instead of a table." };
        var command = new Command("ledger", "List every input seen, with its status and, for failures, the reason.") { store, status, json };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(store),
            parseResult.GetValue(status),
            parseResult.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? store, string? status, bool json, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(CliHost.StoreOverride(store));
        var storePath = CliErrors.StorePath(store, host.Services.GetRequiredService<IConfiguration>());
        if (!CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>()))
        {
            return CliErrors.MissingStore(storePath);
        }

        ArticleStatus? filter = status is null ? null : Enum.Parse<ArticleStatus>(status, ignoreCase: true);
        var entries = await host.Services.GetRequiredService<IArticleLedger>().ListLedgerAsync(filter, cancellationToken);
        var output = Console.Out;
        foreach (var entry in entries)
        {
            if (json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["location"] = entry.Location,
                    ["source"] = entry.Source,
                    ["status"] = entry.Status.ToString().ToLowerInvariant(),
                    ["articleId"] = entry.ArticleId,
                    ["url"] = entry.Url,
                    ["contentHash"] = entry.ContentHash,
                    ["reason"] = entry.Reason,
                    ["duplicateOf"] = entry.DuplicateOf,
                    ["firstSeenAt"] = entry.FirstSeenAt,
                    ["updatedAt"] = entry.UpdatedAt,
                }));
            }
            else
            {
                var detail = entry.Reason ?? entry.DuplicateOf ?? entry.ArticleId ?? string.Empty;
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{entry.Status.ToString().ToLowerInvariant(),-9}  {entry.UpdatedAt:yyyy-MM-dd HH:mm:ss}  {entry.Location}  {detail}"));
            }
        }

        return CliErrors.Ok;
    }
}
