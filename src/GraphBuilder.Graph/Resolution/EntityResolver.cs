using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Resolves entities by blocking keys: a draft entity joins a known entity of a compatible type when its name
/// (<c>exact-key</c>), one of its aliases (<c>alias</c>) or its initials (<c>acronym</c>) match, and only when the
/// match is unique; otherwise it becomes a new node. Cost grows with the article's names, never with the graph.
/// </summary>
/// <remarks>
/// Surnames alone never join full names across articles: a bare <c>Clinton</c> joins <c>Hillary Clinton</c> only when
/// coreference inside its own article made that link.
/// </remarks>
public sealed class EntityResolver : IEntityResolver
{
    /// <inheritdoc/>
    public async Task<ArticleGraph> ResolveAsync(ArticleDraft draft, IEntityCatalog catalog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(catalog);

        var keysByEntity = draft.Entities.Select(KeysOf).ToList();
        var allKeys = keysByEntity.SelectMany(k => k.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        var known = allKeys.Count == 0 ? [] : await catalog.FindAsync(allKeys, cancellationToken).ConfigureAwait(false);
        var knownByKey = known.ToLookup(k => k.Key, StringComparer.Ordinal);

        var resolved = new (EntityId Id, EntityKind Kind, string Name)[draft.Entities.Count];
        var decisions = new List<ResolutionDecision>();
        for (var i = 0; i < draft.Entities.Count; i++)
        {
            var entity = draft.Entities[i];
            var (match, rule, key) = Choose(entity, keysByEntity[i], knownByKey);
            if (match is null)
            {
                resolved[i] = (EntityId.From(entity.Kind, entity.Name), entity.Kind, entity.Name);
                decisions.Add(new ResolutionDecision(resolved[i].Id, entity.Name, "new", rule ?? "no known entity shares a key"));
            }
            else
            {
                resolved[i] = (match.Id, match.Type, match.Name);
                decisions.Add(new ResolutionDecision(match.Id, entity.Name, rule!, $"'{entity.Name}' matched '{match.Name}' by key {key}"));
            }

            foreach (var reason in entity.Reasons)
            {
                decisions.Add(new ResolutionDecision(resolved[i].Id, entity.Name, "coreference", reason));
            }
        }

        return new ArticleGraph(
            draft.Article,
            MergeEntities(draft, resolved),
            MergeRelations(draft, resolved),
            MergeCoMentions(draft, resolved),
            decisions,
            draft.PipelineVersion)
        {
            Sentences = draft.Sentences,
        };
    }

    private static List<(string Key, string Rule)> KeysOf(DraftEntity entity)
    {
        var keys = new List<(string, string)>();
        foreach (var key in NameKeys.For(entity.Name, entity.Kind))
        {
            keys.Add((key, key.StartsWith(NameKeys.AcronymPrefix, StringComparison.Ordinal) ? "acronym" : "exact-key"));
        }

        foreach (var alias in entity.Aliases)
        {
            foreach (var key in NameKeys.For(alias, entity.Kind))
            {
                keys.Add((key, key.StartsWith(NameKeys.AcronymPrefix, StringComparison.Ordinal) ? "acronym" : "alias"));
            }
        }

        return keys;
    }

    private static (KnownEntity? Match, string? Rule, string? Key) Choose(
        DraftEntity entity,
        List<(string Key, string Rule)> keys,
        ILookup<string, KnownEntity> knownByKey)
    {
        // Tiers in order of trust; within a tier the match must be unique to be taken.
        foreach (var tier in (string[])["exact-key", "alias", "acronym"])
        {
            var candidates = new Dictionary<EntityId, (KnownEntity Entity, string Key)>();
            foreach (var (key, rule) in keys)
            {
                if (rule != tier)
                {
                    continue;
                }

                foreach (var candidate in knownByKey[key])
                {
                    if (Compatible(entity.Kind, candidate.Type))
                    {
                        candidates.TryAdd(candidate.Id, (candidate, key));
                    }
                }
            }

            if (candidates.Count == 1)
            {
                var only = candidates.Values.Single();
                return (only.Entity, tier, only.Key);
            }

            if (candidates.Count > 1)
            {
                // Two known entities share the key: prefer the one of the same type, else stay apart.
                var sameType = candidates.Values.Where(c => c.Entity.Type == entity.Kind).ToList();
                if (sameType.Count == 1)
                {
                    return (sameType[0].Entity, tier, sameType[0].Key);
                }

                return (null, $"ambiguous: {candidates.Count} known entities share the key", null);
            }
        }

        // A place and an organisation often share a name in news (a city and its government, "Harbor City was
        // asked"); the recogniser then types one name both ways. The same full name joins its one known entity.
        var places = keys
            .Where(k => k.Rule == "exact-key" && k.Key.StartsWith(NameKeys.NamePrefix, StringComparison.Ordinal))
            .SelectMany(k => knownByKey[k.Key])
            .Where(c => IsPlaceOrOrganization(c.Type) && IsPlaceOrOrganization(entity.Kind) && c.Type != entity.Kind)
            .DistinctBy(c => c.Id)
            .ToList();
        if (places.Count == 1)
        {
            return (places[0], "exact-key-metonymy", places[0].Key);
        }

        return (null, null, null);
    }

    private static bool IsPlaceOrOrganization(EntityKind kind) => kind is EntityKind.Location or EntityKind.Organization;

    private static bool Compatible(EntityKind draft, EntityKind known) =>
        draft == known || draft == EntityKind.Other || known == EntityKind.Other;

    private static List<ArticleEntity> MergeEntities(ArticleDraft draft, (EntityId Id, EntityKind Kind, string Name)[] resolved)
    {
        var byId = new SortedDictionary<EntityId, (EntityKind Kind, string Name, SortedSet<string> Aliases, List<MentionSpan> Spans)>();
        for (var i = 0; i < draft.Entities.Count; i++)
        {
            var entity = draft.Entities[i];
            var (id, kind, name) = resolved[i];
            if (!byId.TryGetValue(id, out var merged))
            {
                byId[id] = merged = (kind, name, new SortedSet<string>(StringComparer.Ordinal), []);
            }

            merged.Aliases.Add(entity.Name);
            merged.Aliases.UnionWith(entity.Aliases);
            merged.Spans.AddRange(entity.Spans);
        }

        return [.. byId.Select(pair =>
        {
            pair.Value.Aliases.Remove(pair.Value.Name);
            var spans = pair.Value.Spans.DistinctBy(s => (s.Start, s.End)).OrderBy(s => s.Start).ToList();
            return new ArticleEntity(pair.Key, pair.Value.Kind, pair.Value.Name, [.. pair.Value.Aliases], spans);
        })];
    }

    private static List<ArticleRelation> MergeRelations(ArticleDraft draft, (EntityId Id, EntityKind Kind, string Name)[] resolved)
    {
        var byKey = new SortedDictionary<(EntityId, EntityId, RelationKind), List<Evidence>>();
        foreach (var relation in draft.Relations)
        {
            var source = resolved[relation.Source].Id;
            var target = resolved[relation.Target].Id;
            if (source == target)
            {
                continue;
            }

            var key = (source, target, relation.Type);
            if (!byKey.TryGetValue(key, out var evidence))
            {
                byKey[key] = evidence = [];
            }

            // One sentence is one piece of evidence, however many patterns found it; keep the most confident.
            var same = evidence.FindIndex(e => e.Start == relation.Evidence.Start);
            if (same < 0)
            {
                evidence.Add(relation.Evidence);
            }
            else if (relation.Evidence.Confidence > evidence[same].Confidence)
            {
                evidence[same] = relation.Evidence;
            }
        }

        return [.. byKey.Select(p => new ArticleRelation(p.Key.Item1, p.Key.Item2, p.Key.Item3, [.. p.Value.OrderBy(e => e.Start)]))];
    }

    private static List<CoMention> MergeCoMentions(ArticleDraft draft, (EntityId Id, EntityKind Kind, string Name)[] resolved)
    {
        var counts = new SortedDictionary<(EntityId, EntityId), int>();
        foreach (var (first, second, count) in draft.CoMentions)
        {
            var a = resolved[first].Id;
            var b = resolved[second].Id;
            if (a == b)
            {
                continue;
            }

            var key = a < b ? (a, b) : (b, a);
            counts[key] = counts.GetValueOrDefault(key) + count;
        }

        return [.. counts.Select(p => new CoMention(p.Key.Item1, p.Key.Item2, p.Value))];
    }
}
