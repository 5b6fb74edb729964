using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Extraction.Mapping;

/// <summary>
/// Maps an annotated document to the facts it contributes to the graph, each carrying its provenance: the article,
/// the sentence, character offsets, the extractor and a confidence.
/// </summary>
public static class DocumentGraphMapper
{
    /// <summary>Maps a document to an article draft.</summary>
    /// <param name="document">The annotated document.</param>
    /// <param name="source">What is known about the article besides its text.</param>
    /// <param name="pipelineVersion">The version of the pipeline that annotated it.</param>
    /// <param name="ingestedAt">The ingestion time.</param>
    /// <returns>The draft.</returns>
    public static ArticleDraft Map(KnowledgeDocument document, ArticleSource source, string pipelineVersion, DateTimeOffset ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        var contentHash = ArticleIdentity.ContentHash(document.Text);
        var article = new Article(
            ArticleIdentity.For(source.Url, contentHash),
            source.Url,
            source.Title,
            source.Source,
            source.PublishedAt,
            contentHash,
            ingestedAt);

        var chains = document.Chains.Count > 0 ? document.Chains : GroupByName(document);
        var entities = new List<DraftEntity>(chains.Count);
        var chainToEntity = new int[chains.Count];
        foreach (var chain in chains)
        {
            chainToEntity[chain.Index] = -1;
            if (chain.Mentions.Count == 0)
            {
                continue;
            }

            chainToEntity[chain.Index] = entities.Count;
            entities.Add(ToDraft(document, chain));
        }

        var relations = new List<DraftRelation>(document.Relations.Count);
        foreach (var relation in document.Relations)
        {
            var sourceEntity = EntityOf(document, relation.Source, chainToEntity);
            var targetEntity = EntityOf(document, relation.Target, chainToEntity);
            if (sourceEntity < 0 || targetEntity < 0 || sourceEntity == targetEntity || InFurniture(document, relation))
            {
                continue;
            }

            var span = relation.Evidence ?? document.Sentences[relation.Sentence].Span;
            var evidence = new Evidence(
                article.Id,
                document.Slice(span),
                span.Start,
                span.End,
                relation.Confidence,
                relation.Extractor,
                relation.Date);
            relations.Add(new DraftRelation(sourceEntity, targetEntity, relation.Kind, evidence));
        }

        // Every sentence, not only those that name an entity: the explorer shows the whole article around its mentions.
        var sentences = document.Sentences
            .Select(s => new ArticleSentence(s.Index, s.Span.Start, s.Span.End, document.Slice(s.Span)))
            .ToList();
        return new ArticleDraft(article, entities, relations, CoMentions(document, chainToEntity), pipelineVersion) { Sentences = sentences };
    }

    private static bool InFurniture(KnowledgeDocument document, RelationMention relation)
    {
        // A byline, a photo credit, a source trailer or a dateline says who reported or photographed, never who works
        // for whom: "(Priya Nair, Associated Press)" is no employment, and the dateline's agency employs no one in the story.
        var layout = document.Annotated.Layout;
        return layout.Count > 0 && layout.Any(l => l.IsFurniture
            && (l.Span.Overlaps(document.Entities[relation.Source].Span) || l.Span.Overlaps(document.Entities[relation.Target].Span)));
    }

    private static int EntityOf(KnowledgeDocument document, int mention, int[] chainToEntity)
    {
        if (mention < 0 || mention >= document.Entities.Count)
        {
            return -1;
        }

        var chain = document.Entities[mention].Chain;
        return chain >= 0 && chain < chainToEntity.Length ? chainToEntity[chain] : -1;
    }

    private static DraftEntity ToDraft(KnowledgeDocument document, EntityChain chain)
    {
        var name = NameKeys.DisplayName(chain.CanonicalName, chain.Kind);
        var aliases = new SortedSet<string>(StringComparer.Ordinal);
        var spans = new List<MentionSpan>(chain.Mentions.Count);
        foreach (var index in chain.Mentions)
        {
            var mention = document.Entities[index];
            var text = document.Slice(mention.Span);
            var extent = MentionExtent.Of(document, mention);
            spans.Add(new MentionSpan(extent.Start, extent.End, document.SentenceOf(mention.FirstToken), document.Slice(extent)));
            if (mention.Form is MentionForm.Name or MentionForm.Acronym)
            {
                aliases.Add(NameKeys.DisplayName(text, chain.Kind));
            }
        }

        foreach (var alias in chain.Aliases)
        {
            aliases.Add(NameKeys.DisplayName(alias, chain.Kind));
        }

        aliases.Remove(name);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));

        // Acronyms are kept apart from the name's forms, and only those the article writes: initials are never
        // invented, since "DNC" may as well be another committee's.
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, count) in chain.Forms)
        {
            var display = NameKeys.DisplayName(form, chain.Kind);
            forms[display] = forms.GetValueOrDefault(display) + count;
        }

        var acronyms = forms.Keys.Any(f => !NameKeys.IsAcronym(f)) ? forms.Keys.Where(NameKeys.IsAcronym).Order(StringComparer.Ordinal).ToList() : [];
        foreach (var acronym in acronyms)
        {
            forms.Remove(acronym);
        }

        if (forms.Count == 0)
        {
            forms[name] = 1;
        }

        return new DraftEntity(chain.Kind, name, [.. aliases], spans, chain.Reasons)
        {
            Forms = forms,
            KindWeights = chain.KindWeights.Count > 0 ? chain.KindWeights : new Dictionary<EntityKind, long> { [chain.Kind] = 1000 },
            Acronyms = acronyms,
        };
    }

    private static List<(int First, int Second, int Count)> CoMentions(KnowledgeDocument document, int[] chainToEntity)
    {
        var counts = new Dictionary<(int, int), int>();
        var named = new SortedSet<int>();
        var sentence = -1;
        void Flush()
        {
            foreach (var a in named)
            {
                foreach (var b in named.GetViewBetween(a, int.MaxValue))
                {
                    if (b != a)
                    {
                        counts[(a, b)] = counts.GetValueOrDefault((a, b)) + 1;
                    }
                }
            }

            named.Clear();
        }

        foreach (var mention in document.Entities)
        {
            var mentionSentence = document.SentenceOf(mention.FirstToken);
            if (mentionSentence != sentence)
            {
                Flush();
                sentence = mentionSentence;
            }

            // Only names count: a pronoun's antecedent is a guess, a co-mention is an observation.
            if (mention.Form is MentionForm.Name or MentionForm.Acronym
                && mention.Chain >= 0 && mention.Chain < chainToEntity.Length && chainToEntity[mention.Chain] >= 0)
            {
                named.Add(chainToEntity[mention.Chain]);
            }
        }

        Flush();
        return [.. counts.OrderBy(p => p.Key).Select(p => (p.Key.Item1, p.Key.Item2, p.Value))];
    }

    private static List<EntityChain> GroupByName(KnowledgeDocument document)
    {
        // Without a coreference stage, mentions of one name (up to case and titles) are one entity.
        var byKey = new Dictionary<(EntityKind, string), List<int>>();
        var order = new List<(EntityKind, string)>();
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var mention = document.Entities[i];
            var key = (mention.Kind, NameKeys.Normalize(document.Slice(mention.Span), mention.Kind));
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
                order.Add(key);
            }

            list.Add(i);
        }

        var chains = new List<EntityChain>(order.Count);
        var mentions = document.Entities.ToArray();
        foreach (var key in order)
        {
            var indices = byKey[key];
            var longest = indices.Select(i => document.Slice(document.Entities[i].Span)).MaxBy(t => t.Length)!;
            foreach (var i in indices)
            {
                mentions[i] = mentions[i] with { Chain = chains.Count };
            }

            chains.Add(new EntityChain(chains.Count, key.Item1, longest, indices, [])
            {
                KindWeights = new Dictionary<EntityKind, long> { [key.Item1] = indices.Sum(i => (long)Math.Round(Math.Clamp(document.Entities[i].Confidence, 0, 1) * 1000)) },
                Forms = indices.GroupBy(i => document.Slice(document.Entities[i].Span), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            });
        }

        var relations = document.Relations;
        document.SetChains(mentions, chains);
        document.SetRelations(relations);
        return chains;
    }
}
