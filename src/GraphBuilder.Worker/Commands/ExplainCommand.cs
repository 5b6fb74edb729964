using System.CommandLine;
using System.Globalization;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder explain &lt;entity&gt;</c>: an entity's aliases, the articles and sentences behind it, its relations,
/// and why its names were merged.
/// </summary>
internal static class ExplainCommand
{
    private const int MaxSentence = 200;

    public static Command Create()
    {
        var entity = new Argument<string>("entity") { Description = "An entity id (person:vladimir-putin) or a name or alias (Putin, DNC)." };
        var store = CliOptions.Store();
        var command = new Command("explain", "Show an entity's aliases, the articles and sentences behind it, and why names were merged.") { entity, store };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(entity)!, parseResult.GetValue(store), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string query, string? store, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(CliHost.StoreOverride(store));
        var storePath = CliErrors.StorePath(store, host.Services.GetRequiredService<IConfiguration>());
        if (!CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>()))
        {
            return CliErrors.MissingStore(storePath);
        }

        var graphStore = host.Services.GetRequiredService<IGraphReader>();
        var found = await FindAsync(graphStore, host.Services.GetRequiredService<IEntityCatalog>(), query, cancellationToken);
        if (found.Count == 0)
        {
            return CliErrors.Report($"no entity is named '{query}'; 'graphbuilder stats' lists the most mentioned", CliErrors.BadInput);
        }

        var output = Console.Out;
        if (found.Count > 1)
        {
            await output.WriteLineAsync($"'{query}' names {found.Count} entities; explain one by its id:");
            foreach (var candidate in found)
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {candidate.Id}  {candidate.Name} ({GraphVocabulary.Label(candidate.Type)}, {candidate.MentionCount} mentions)"));
            }

            return CliErrors.Ok;
        }

        await ExplainAsync(output, graphStore, found[0], cancellationToken);
        return CliErrors.Ok;
    }

    /// <summary>Finds the entities the query names: by any of its name keys, and by id when it looks like one.</summary>
    private static async Task<IReadOnlyList<EntityNode>> FindAsync(
        IGraphReader graphStore,
        IEntityCatalog catalog,
        string query,
        CancellationToken cancellationToken)
    {
        var ids = await catalog.FindAsync(query, cancellationToken);
        if (await catalog.RedirectAsync(new EntityId(query.Trim()), cancellationToken) is { } now)
        {
            await Console.Out.WriteLineAsync($"{query.Trim()} is now {now} (the entities were merged or renamed by resolution)");
        }

        var change = await graphStore.ReadChangeAsync(new GraphChangeSet([], [.. ids], [], []), cancellationToken);
        return change.Upserts.Entities;
    }

    /// <summary>Writes one entity: its names and counts, why its names were merged, its mentions and its relations.</summary>
    private static async Task ExplainAsync(TextWriter output, IGraphReader graphStore, EntityNode node, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{node.Name}  ({GraphVocabulary.Label(node.Type)}, {node.Id})"));
        await output.WriteLineAsync($"  aliases:   {(node.Aliases.Count == 0 ? "(none)" : string.Join(", ", node.Aliases))}");
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"  mentions:  {node.MentionCount}, first seen {node.FirstSeen:yyyy-MM-dd}, last seen {node.LastSeen:yyyy-MM-dd}"));

        await output.WriteLineAsync();
        await output.WriteLineAsync("Why these names are one entity:");
        foreach (var (article, decision) in await graphStore.ReadDecisionsAsync(node.Id, cancellationToken))
        {
            // Decisions about a whole name group belong to no one article.
            await output.WriteLineAsync(article.Length == 0 ? $"  [{decision.Rule}] {decision.Detail}" : $"  [{decision.Rule}] {decision.Detail}  ({article})");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Mentions:");
        foreach (var group in (await graphStore.ReadMentionsAsync(node.Id, cancellationToken)).GroupBy(m => m.ArticleId))
        {
            await output.WriteLineAsync($"  {group.First().ArticleTitle ?? group.Key}  ({group.Key})");
            foreach (var mention in group)
            {
                var context = mention.Sentence is null ? mention.Text : Shorten(mention.Sentence);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {mention.Start,6}  \"{mention.Text}\"  {context}"));
            }
        }

        await WriteRelationsAsync(output, graphStore, node, cancellationToken);
    }

    private static async Task WriteRelationsAsync(TextWriter output, IGraphReader graphStore, EntityNode node, CancellationToken cancellationToken)
    {
        var relations = (await graphStore.ReadGraphAsync(cancellationToken)).Relations.Where(r => r.Source == node.Id || r.Target == node.Id).ToList();
        if (relations.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Relations:");
            foreach (var relation in relations)
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {relation.Source} -[{GraphVocabulary.RelationType(relation.Type)} {relation.Confidence:0.00}, "
                    + $"{relation.Count} evidence]-> {relation.Target}"));
                foreach (var evidence in relation.Evidence)
                {
                    await output.WriteLineAsync($"      {Shorten(evidence.Sentence)}  ({evidence.Extractor})");
                }
            }
        }
    }

    private static string Shorten(string sentence)
    {
        var flat = sentence.ReplaceLineEndings(" ");
        return flat.Length <= MaxSentence ? flat : flat[..(MaxSentence - 1)] + "…";
    }
}
