using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Relations;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Adds the relations of the trained classifier (CoNLL04: works for, lives in, based in, located in, killed) between
/// the named mentions of each sentence, with its calibrated confidence, to those the patterns found. A relation the
/// patterns already give between the same entities is not repeated, nor one that the sentence's wording rules out
/// (<see cref="ClassifierVetoes"/>); negated or denied statements give nothing.
/// </summary>
public sealed class RelationClassifierExtractor : IExtractionStage
{
    /// <summary>Relations below this calibrated confidence are not kept: more of them are wrong than right.</summary>
    public const double MinimumConfidence = 0.5;

    private readonly Lazy<RelationModel> _model;

    /// <summary>Creates the stage with a model loaded on first use.</summary>
    /// <param name="modelFactory">Loads the model.</param>
    public RelationClassifierExtractor(Func<RelationModel> modelFactory)
    {
        ArgumentNullException.ThrowIfNull(modelFactory);
        _model = new Lazy<RelationModel>(modelFactory, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc/>
    public string Name => "relation-classifier";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public void Process(KnowledgeDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = _model.Value;
        var patterns = document.Relations;
        var found = new List<RelationMention>(patterns);
        var known = found.Select(r => (RelationContext.ChainOf(document, r.Source), RelationContext.ChainOf(document, r.Target), r.Kind)).ToHashSet();
        foreach (var (sentenceIndex, mentions) in Candidates(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[sentenceIndex];
            var first = sentence.FirstToken;
            var arguments = mentions
                .Select(m => new RelationArgument(
                    document.Entities[m].FirstToken - first,
                    document.Entities[m].EndToken - first,
                    ClassifierVocabulary.TypeOf(document.Entities[m].Kind),
                    document.Entities[m].Confidence))
                .ToArray();
            var input = new RelationSentence(
                [.. Enumerable.Range(first, sentence.TokenCount).Select(document.TokenText)],
                document.PartsOfSpeech is { } tags ? [.. Enumerable.Range(first, sentence.TokenCount).Select(t => tags[t])] : null,
                arguments)
            {
                Heads = Heads(document, sentence),
                Vectors = model.Encode(document.Annotated, sentenceIndex, cancellationToken),
            };
            foreach (var prediction in model.Predict(input))
            {
                var source = mentions[prediction.Head];
                var target = mentions[prediction.Tail];
                if (prediction.Confidence < MinimumConfidence
                    || ClassifierVocabulary.KindOf(prediction.Type) is not { } kind
                    || RelationContext.Negated(document, document.Entities[source], document.Entities[target])
                    || IsCredit(document, document.Entities[source]) || IsCredit(document, document.Entities[target])
                    || ClassifierVetoes.Vetoed(document, source, target, kind, patterns)
                    || !known.Add((RelationContext.ChainOf(document, source), RelationContext.ChainOf(document, target), kind)))
                {
                    continue;
                }

                found.Add(new RelationMention(
                    source,
                    target,
                    kind,
                    sentenceIndex,
                    Math.Round(prediction.Confidence, 3),
                    $"{Name}/{Version}:{prediction.Type}"));
            }
        }

        document.SetRelations([.. found.OrderBy(r => r.Sentence).ThenBy(r => r.Source).ThenBy(r => r.Target)]);
    }

    /// <summary>Sentences with at least two named mentions that some relation could join, and those mentions.</summary>
    private static IEnumerable<(int Sentence, int[] Mentions)> Candidates(KnowledgeDocument document)
    {
        // A name the sentence splitter cut ("Salinex Chemia Sp." | "z o.o.") belongs to no one sentence, and the model
        // reads a sentence's words only.
        foreach (var group in Enumerable.Range(0, document.Entities.Count)
            .Where(m => document.Entities[m].Form is MentionForm.Name or MentionForm.Acronym
                && ClassifierVocabulary.TypeOf(document.Entities[m].Kind) != "Other"
                && document.SentenceOf(document.Entities[m].FirstToken) == document.SentenceOf(document.Entities[m].EndToken - 1))
            .GroupBy(m => document.SentenceOf(document.Entities[m].FirstToken)))
        {
            var mentions = group.OrderBy(m => document.Entities[m].FirstToken).ToArray();
            var types = mentions.Select(m => ClassifierVocabulary.TypeOf(document.Entities[m].Kind)).ToArray();
            var admissible = false;
            for (var a = 0; a < types.Length && !admissible; a++)
            {
                for (var b = 0; b < types.Length && !admissible; b++)
                {
                    admissible = a != b && RelationSchema.AdmitsAny(types[a], types[b]);
                }
            }

            if (group.Key >= 0 && admissible)
            {
                yield return (group.Key, mentions);
            }
        }
    }

    private static int[]? Heads(KnowledgeDocument document, Sentence sentence)
    {
        if (document.Dependencies is not { } arcs)
        {
            return null;
        }

        var heads = new int[sentence.TokenCount];
        for (var t = 0; t < heads.Length; t++)
        {
            var head = arcs[sentence.FirstToken + t].Head;
            heads[t] = head >= sentence.FirstToken && head < sentence.EndToken ? head - sentence.FirstToken : -1;
        }

        return heads;
    }

    /// <summary>
    /// Whether a mention is a news agency's credit (<c>NEW YORK, June 15. /TASS/.</c>, <c>(AP)</c>): a dateline says where
    /// a story was filed, not where the agency is based, though CoNLL04 taught the classifier otherwise.
    /// </summary>
    private static bool IsCredit(KnowledgeDocument document, Mention mention)
    {
        if (mention.FirstToken == 0 || mention.EndToken >= document.Tokens.Count)
        {
            return false;
        }

        // The dateline opens the story: its first sentence, or the one after a headline the layout found.
        var before = document.TokenText(mention.FirstToken - 1);
        var after = document.TokenText(mention.EndToken);
        return (before == "/" && after == "/")
            || (before == "(" && after == ")" && mention.Kind == EntityKind.Organization
                && (document.SentenceOf(mention.FirstToken) == 0
                    || document.Annotated.Layout.Any(l => l.Kind == LayoutKind.Dateline && l.Span.Contains(mention.Span))));
    }
}
