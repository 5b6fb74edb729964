using GraphBuilder.Explorer.Api.Contracts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Queries;

namespace GraphBuilder.Explorer.Api;

/// <summary>
/// Turns the graph's query results into the API's JSON contracts: ids as strings, types as the vocabulary's labels.
/// </summary>
internal static class ApiMapping
{
    public static EntityRef Reference(EntityReference entity) => new(entity.Id.Value, entity.Name, GraphVocabulary.Label(entity.Type));

    public static SearchHit Hit(EntityMatch match) =>
        new(match.Id.Value, match.Name, GraphVocabulary.Label(match.Type), match.Aliases, match.Articles, match.Approximate);

    public static EntityDetails Details(EntityView view, int limit)
    {
        var node = view.Entity;
        var related = view.Related.ToDictionary(r => r.Id);
        EntityRef Named(EntityId id) => related.TryGetValue(id, out var found) ? Reference(found) : new EntityRef(id.Value, id.Value, GraphVocabulary.Label(EntityKind.Other));
        var names = view.Names.ToLookup(n => n.Article, StringComparer.Ordinal);
        var groups = view.Relations.Items
            .GroupBy(r => GraphVocabulary.RelationType(r.Type), StringComparer.Ordinal)
            .Select(g => new RelationGroup(g.Key, [.. g.Select(r => new RelationItem(
                Named(r.Source),
                Named(r.Target),
                g.Key,
                Math.Round(r.Confidence, 4),
                r.Count,
                r.FirstSeen,
                r.LastSeen,
                [.. r.Evidence.Select(e => Evidence(e, names[e.Article].Where(n => n.Start >= e.Start && n.End <= e.End && (n.Entity == r.Source || n.Entity == r.Target))))]))]))
            .ToList();
        return new EntityDetails(
            node.Id.Value,
            node.Name,
            GraphVocabulary.Label(node.Type),
            node.Aliases,
            node.MentionCount,
            node.FirstSeen,
            node.LastSeen,
            view.RedirectedFrom?.Value,
            groups,
            view.Relations.Offset,
            limit,
            view.Relations.HasMore);
    }

    public static EvidenceItem Evidence(Evidence evidence, IEnumerable<NamedSpan> names) =>
        new(
            evidence.Article,
            evidence.Sentence,
            evidence.Start,
            evidence.End,
            Math.Round(evidence.Confidence, 4),
            evidence.Extractor,
            evidence.Date,
            [.. names.Select(n => new NameSpan(n.Entity.Value, n.Start, n.End))]);

    public static NeighbourhoodGraph Graph(Neighbourhood neighbourhood, int maxNodes) =>
        new(
            neighbourhood.Center.Value,
            [.. neighbourhood.Nodes.Select(n => new GraphNode(n.Id.Value, n.Name, GraphVocabulary.Label(n.Type), n.Articles, n.Depth))],
            [.. neighbourhood.Edges.Select(e => new GraphEdge(e.Source.Value, e.Target.Value, GraphVocabulary.RelationType(e.Type), Math.Round(e.Confidence, 4), e.Count, e.FirstSeen, e.LastSeen))],
            neighbourhood.Truncated,
            maxNodes);

    public static ArticleDetails Article(ArticleView view)
    {
        var article = view.Article;
        var mentions = view.Mentions.Select(m => new MentionItem(m.Start, m.End, m.Sentence, m.Text, Reference(m.Entity))).ToList();
        var relations = view.Relations.Select(r => new ArticleRelationItem(
            Reference(r.Source),
            Reference(r.Target),
            GraphVocabulary.RelationType(r.Type),
            Evidence(r.Evidence, view.Mentions
                .Where(m => m.Start >= r.Evidence.Start && m.End <= r.Evidence.End && (m.Entity.Id == r.Source.Id || m.Entity.Id == r.Target.Id))
                .Select(m => new NamedSpan(article.Id, m.Entity.Id, m.Start, m.End))))).ToList();
        return new ArticleDetails(
            article.Id,
            article.Title,
            article.Url,
            article.Source,
            article.PublishedAt,
            article.IngestedAt,
            Text(view.Sentences),
            [.. view.Sentences.Select(s => new ArticleSentenceItem(s.Index, s.Start, s.End, s.Text))],
            mentions,
            relations,
            view.Truncated);
    }

    /// <summary>The kept sentences at their offsets; a gap between them is blank, a new line where it is wide.</summary>
    private static string Text(IReadOnlyList<ArticleSentence> sentences)
    {
        var length = sentences.Count == 0 ? 0 : sentences.Max(s => s.End);
        var text = new char[length];
        Array.Fill(text, ' ');
        var previousEnd = 0;
        foreach (var sentence in sentences.OrderBy(s => s.Start))
        {
            if (sentence.Start - previousEnd > 1)
            {
                text[previousEnd] = '\n';
            }

            sentence.Text.AsSpan(0, Math.Min(sentence.Text.Length, sentence.End - sentence.Start)).CopyTo(text.AsSpan(sentence.Start));
            previousEnd = Math.Max(previousEnd, sentence.End);
        }

        return new string(text);
    }
}
