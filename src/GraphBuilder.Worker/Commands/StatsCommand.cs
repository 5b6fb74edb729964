using System.CommandLine;
using System.Globalization;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder stats</c>: counts and the most mentioned entities.
/// </summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var top = new Option<int>("--top") { Description = "How many of the most mentioned entities to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("stats", "Show counts and the most mentioned entities.") { store, top };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(store), parseResult.GetValue(top), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? store, int top, CancellationToken cancellationToken)
    {
        if (top < 0)
        {
            return CliErrors.Report("--top must be 0 or more", CliErrors.BadInput);
        }

        using var host = CliHost.Build(CliHost.StoreOverride(store));
        var storePath = CliErrors.StorePath(store, host.Services.GetRequiredService<IConfiguration>());
        if (!CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>()))
        {
            return CliErrors.MissingStore(storePath);
        }

        var stats = await host.Services.GetRequiredService<IGraphReader>().ReadStatisticsAsync(top, cancellationToken);
        var output = Console.Out;
        await output.WriteLineAsync($"Store: {storePath}");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Articles:    {stats.Articles}"));
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Entities:    {stats.Entities}  ({string.Join(", ", stats.EntitiesByType.Select(p => $"{p.Key} {p.Value}"))})"));
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Relations:   {stats.Relations}  ({string.Join(", ", stats.RelationsByType.Select(p => $"{p.Key} {p.Value}"))})"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Co-mentions: {stats.CoMentions}"));
        var ledger = string.Join(
            ", ",
            Enum.GetValues<ArticleStatus>().Select(s => $"{s.ToString().ToLowerInvariant()} {stats.Ledger.GetValueOrDefault(s)}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Ledger:      {ledger}"));
        if (stats.TopEntities.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Most mentioned:");
            foreach (var entity in stats.TopEntities)
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {entity.MentionCount,5}  {entity.Name} ({GraphVocabulary.Label(entity.Type)}, {entity.Id})"));
            }
        }

        return CliErrors.Ok;
    }
}
