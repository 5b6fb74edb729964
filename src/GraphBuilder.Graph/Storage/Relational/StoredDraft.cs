using System.Data.Common;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// A row of the <c>drafts</c> table as the store holds it (the lists and counts in their stored text), so that a draft
/// just written is counted in its group from the very text a later read would give.
/// </summary>
internal sealed record StoredDraft(
    string ArticleId,
    int Draft,
    string Anchor,
    string Name,
    string Kind,
    string Forms,
    string Kinds,
    string Acronyms,
    string Aliases,
    string Context,
    string? Source)
{
    /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
    public const string Columns = "article_id, draft, anchor, name, kind, forms, kinds, acronyms, aliases, context, source";

    /// <summary>Builds the rows of an article's drafts; a draft's context is the other anchors of the article.</summary>
    public static List<StoredDraft> Of(ArticleDraft draft)
    {
        var article = draft.Article;
        var anchors = draft.Entities.Select(e => e.Anchor).ToList();
        return [.. draft.Entities.Select((entity, index) => new StoredDraft(
            article.Id,
            index,
            entity.Anchor,
            entity.Name,
            GraphVocabulary.Label(entity.Kind),
            StoreText.Counts(entity.Forms),
            StoreText.Weights(entity.KindWeights),
            StoreText.List(entity.Acronyms),
            StoreText.List(entity.Aliases),
            StoreText.List(anchors.Where(a => a.Length > 0 && a != entity.Anchor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            article.Source))];
    }

    /// <summary>Reads a row selected with <see cref="Columns"/>.</summary>
    public static StoredDraft Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt32(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetString(8),
        reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10));

    /// <summary>The draft as resolution sees it.</summary>
    public DraftInGroup ToDraftInGroup() => new(
        ArticleId,
        Draft,
        Anchor,
        StoreText.ParseWeights(Kinds),
        StoreText.ParseCounts(Forms),
        StoreText.ParseList(Context),
        Source);
}
