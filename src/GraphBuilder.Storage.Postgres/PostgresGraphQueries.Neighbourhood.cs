using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Queries;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The neighbourhood of an entity: its neighbours, most mentioned first, then theirs, up to the node cap.
/// </summary>
internal sealed partial class PostgresGraphQueries
{
    /// <inheritdoc/>
    public async Task<Neighbourhood?> ReadNeighbourhoodAsync(EntityId id, NeighbourhoodRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await store.Database.OpenReadOnlyAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (await FindEntityAsync(connection, id, cancellationToken).ConfigureAwait(false) is not { } center)
            {
                return null;
            }

            var kept = new Dictionary<string, int>(StringComparer.Ordinal) { [center] = 0 };
            var edges = await EdgesAroundAsync(connection, [center], request, cancellationToken).ConfigureAwait(false);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var truncated = await KeepMostMentionedAsync(connection, edges, kept, depth: 1, request.MaxNodes, counts, cancellationToken).ConfigureAwait(false);
            if (request.Depth >= 2 && kept.Count < request.MaxNodes)
            {
                var firstRing = kept.Where(k => k.Value == 1).Select(k => k.Key).ToList();
                var second = await EdgesAroundAsync(connection, firstRing, request, cancellationToken).ConfigureAwait(false);
                edges = [.. edges.Concat(second).DistinctBy(e => (e.Source, e.Target, e.Type))];
                truncated |= await KeepMostMentionedAsync(connection, second, kept, depth: 2, request.MaxNodes, counts, cancellationToken).ConfigureAwait(false);
            }
            else if (request.Depth >= 2)
            {
                truncated = true;
            }

            counts.TryAdd(center, (await CountArticlesAsync(connection, [center], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(center));
            var names = await ReadReferencesAsync(connection, kept.Keys, cancellationToken).ConfigureAwait(false);
            var nodes = kept
                .Where(k => names.ContainsKey(k.Key))
                .Select(k => new NeighbourNode(new EntityId(k.Key), names[k.Key].Name, names[k.Key].Type, counts.GetValueOrDefault(k.Key), k.Value))
                .OrderBy(n => n.Depth).ThenByDescending(n => n.Articles).ThenBy(n => n.Id)
                .ToList();
            var shown = edges
                .Where(e => kept.ContainsKey(e.Source.Value) && kept.ContainsKey(e.Target.Value))
                .Select(e => new NeighbourEdge(e.Source, e.Target, e.Type, e.Confidence, e.Count, e.FirstSeen, e.LastSeen))
                .OrderBy(e => e.Source).ThenBy(e => e.Target).ThenBy(e => e.Type)
                .ToList();
            return new Neighbourhood(new EntityId(center), nodes, shown, truncated);
        }
    }

    /// <summary>The relations of the entities whose evidence passes the request's filters.</summary>
    private static async Task<List<RelationEdge>> EdgesAroundAsync(NpgsqlConnection connection, List<string> entities, NeighbourhoodRequest request, CancellationToken cancellationToken)
    {
        if (entities.Count == 0)
        {
            return [];
        }

        var types = request.Types?.Select(GraphVocabulary.RelationType).ToHashSet(StringComparer.Ordinal);
        var rows = (await ReadEvidenceAsync(connection, entities, withText: false, cancellationToken).ConfigureAwait(false))
            .Where(r => (types is null || types.Contains(r.Type)) && (request.From is not { } from || r.Seen >= from) && (request.To is not { } to || r.Seen <= to));
        return [.. EvidenceAggregation.Relations(rows, maxEvidence: 0).Where(e => e.Confidence >= request.MinConfidence)];
    }

    /// <summary>Adds the new ends of the edges at this depth, most mentioned first, while there is room; true when some did not fit.</summary>
    private static async Task<bool> KeepMostMentionedAsync(
        NpgsqlConnection connection,
        List<RelationEdge> edges,
        Dictionary<string, int> kept,
        int depth,
        int maxNodes,
        Dictionary<string, int> counts,
        CancellationToken cancellationToken)
    {
        var fresh = edges.SelectMany(e => new[] { e.Source.Value, e.Target.Value }).Where(e => !kept.ContainsKey(e)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (entity, count) in await CountArticlesAsync(connection, fresh, cancellationToken).ConfigureAwait(false))
        {
            counts[entity] = count;
        }

        var room = Math.Max(0, maxNodes - kept.Count);
        foreach (var entity in fresh.OrderByDescending(e => counts.GetValueOrDefault(e)).ThenBy(e => e, StringComparer.Ordinal).Take(room))
        {
            kept[entity] = depth;
        }

        return fresh.Count > room;
    }
}
