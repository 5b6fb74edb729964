using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Similarity;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Makes the statements that insert an article's own facts: the article, its drafts, mentions, kept sentences,
/// evidence, co-mentions, coreference reasons and MinHash signature, each table one <c>unnest</c> statement.
/// </summary>
internal static class ArticleRows
{
    /// <summary>Makes the statements; <paramref name="drafts"/> are the draft rows (<see cref="StoredDraft.Of"/>).</summary>
    public static IEnumerable<PgStatement> Insert(ArticleDraft draft, IReadOnlyList<StoredDraft> drafts)
    {
        var article = draft.Article;
        var id = article.Id;
        yield return new PgStatement(
            "INSERT INTO articles (id, url, title, source, published_at, content_hash, ingested_at, pipeline_version) VALUES (@id, @url, @title, @source, @published, @hash, @ingested, @version)",
            ("id", id),
            ("url", article.Url),
            ("title", article.Title),
            ("source", article.Source),
            ("published", article.PublishedAt is { } published ? StoreText.Time(published) : null),
            ("hash", article.ContentHash),
            ("ingested", StoreText.Time(article.IngestedAt)),
            ("version", draft.PipelineVersion));
        if (drafts.Count > 0)
        {
            yield return new PgStatement(
                "INSERT INTO drafts (article_id, draft, anchor, name, kind, forms, kinds, acronyms, aliases, context, source) "
                + "SELECT @article, u.*, @source FROM unnest(@draft, @anchor, @name, @kind, @forms, @kinds, @acronyms, @aliases, @context) AS u",
                ("article", id),
                ("draft", drafts.Select(d => d.Draft).ToArray()),
                ("anchor", drafts.Select(d => d.Anchor).ToArray()),
                ("name", drafts.Select(d => d.Name).ToArray()),
                ("kind", drafts.Select(d => d.Kind).ToArray()),
                ("forms", drafts.Select(d => d.Forms).ToArray()),
                ("kinds", drafts.Select(d => d.Kinds).ToArray()),
                ("acronyms", drafts.Select(d => d.Acronyms).ToArray()),
                ("aliases", drafts.Select(d => d.Aliases).ToArray()),
                ("context", drafts.Select(d => d.Context).ToArray()),
                ("source", article.Source));
        }

        foreach (var statement in Facts(draft))
        {
            yield return statement;
        }
    }

    private static IEnumerable<PgStatement> Facts(ArticleDraft draft)
    {
        var id = draft.Article.Id;
        var mentions = draft.Entities.SelectMany((e, index) => e.Spans.Select(span => (Index: index, Span: span))).ToList();
        if (mentions.Count > 0)
        {
            yield return new PgStatement(
                "INSERT INTO mentions (article_id, draft, start, \"end\", sentence, text) SELECT @article, * FROM unnest(@draft, @start, @end, @sentence, @text) ON CONFLICT DO NOTHING",
                ("article", id),
                ("draft", mentions.Select(m => m.Index).ToArray()),
                ("start", mentions.Select(m => m.Span.Start).ToArray()),
                ("end", mentions.Select(m => m.Span.End).ToArray()),
                ("sentence", mentions.Select(m => m.Span.Sentence).ToArray()),
                ("text", mentions.Select(m => m.Span.Text).ToArray()));
        }

        if (draft.Sentences.Count > 0)
        {
            yield return new PgStatement(
                "INSERT INTO sentences (article_id, sentence, start, \"end\", text) SELECT @article, * FROM unnest(@sentence, @start, @end, @text) ON CONFLICT DO NOTHING",
                ("article", id),
                ("sentence", draft.Sentences.Select(s => s.Index).ToArray()),
                ("start", draft.Sentences.Select(s => s.Start).ToArray()),
                ("end", draft.Sentences.Select(s => s.End).ToArray()),
                ("text", draft.Sentences.Select(s => s.Text).ToArray()));
        }

        foreach (var statement in Relations(draft))
        {
            yield return statement;
        }

        if (draft.Signature is { } signature)
        {
            yield return new PgStatement("INSERT INTO signatures (article_id, minhash) VALUES (@article, @minhash)", ("article", id), ("minhash", SignatureBlob.Pack(signature)));
            yield return new PgStatement(
                "INSERT INTO signature_bands (band, value, article_id) SELECT *, @article FROM unnest(@band, @value) ON CONFLICT DO NOTHING",
                ("article", id),
                ("band", Enumerable.Range(0, MinHash.Bands).ToArray()),
                ("value", Enumerable.Range(0, MinHash.Bands).Select(b => MinHash.Band(signature, b)).ToArray()));
        }
    }

    private static IEnumerable<PgStatement> Relations(ArticleDraft draft)
    {
        var id = draft.Article.Id;

        // Replace semantics as the embedded store's INSERT OR REPLACE: of rows with one key, the last stands.
        var evidence = Evidence(draft).GroupBy(r => (r.Source, r.Target, GraphVocabulary.RelationType(r.Type), r.Evidence.Start)).Select(g => g.Last()).ToList();
        if (evidence.Count > 0)
        {
            yield return new PgStatement(
                "INSERT INTO evidence (article_id, source_draft, target_draft, type, start, \"end\", sentence, confidence, extractor, date) "
                + "SELECT @article, * FROM unnest(@source, @target, @type, @start, @end, @sentence, @confidence, @extractor, @date)",
                ("article", id),
                ("source", evidence.Select(r => r.Source).ToArray()),
                ("target", evidence.Select(r => r.Target).ToArray()),
                ("type", evidence.Select(r => GraphVocabulary.RelationType(r.Type)).ToArray()),
                ("start", evidence.Select(r => r.Evidence.Start).ToArray()),
                ("end", evidence.Select(r => r.Evidence.End).ToArray()),
                ("sentence", evidence.Select(r => r.Evidence.Sentence).ToArray()),
                ("confidence", evidence.Select(r => r.Evidence.Confidence).ToArray()),
                ("extractor", evidence.Select(r => r.Evidence.Extractor).ToArray()),
                ("date", evidence.Select(r => r.Evidence.Date).ToArray()));
        }

        var coMentions = draft.CoMentions.GroupBy(c => (c.First, c.Second)).Select(g => g.Last()).ToList();
        if (coMentions.Count > 0)
        {
            yield return new PgStatement(
                "INSERT INTO co_mentions (article_id, source_draft, target_draft, count) SELECT @article, * FROM unnest(@source, @target, @count)",
                ("article", id),
                ("source", coMentions.Select(c => c.First).ToArray()),
                ("target", coMentions.Select(c => c.Second).ToArray()),
                ("count", coMentions.Select(c => c.Count).ToArray()));
        }

        var reasons = draft.CoreferenceReasons.ToList();
        if (reasons.Count > 0)
        {
            yield return new PgStatement(
                "INSERT INTO coreference (article_id, seq, draft, name, detail) SELECT @article, * FROM unnest(@seq, @draft, @name, @detail)",
                ("article", id),
                ("seq", Enumerable.Range(0, reasons.Count).ToArray()),
                ("draft", reasons.Select(r => r.Entity).ToArray()),
                ("name", reasons.Select(r => draft.Entities[r.Entity].Name).ToArray()),
                ("detail", reasons.Select(r => r.Reason).ToArray()));
        }
    }

    private static IEnumerable<DraftRelation> Evidence(ArticleDraft draft) =>
        // One sentence is one piece of evidence for a relation, however many extractors found it: the most confident
        // (the first of equals) stands.
        draft.Relations
            .Where(r => r.Source != r.Target)
            .GroupBy(r => (r.Source, r.Target, r.Type, r.Evidence.Start))
            .Select(g => g.Aggregate((best, next) => next.Evidence.Confidence > best.Evidence.Confidence ? next : best));
}
