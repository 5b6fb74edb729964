namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>An article as the store keeps it.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">Its title, if known.</param>
/// <param name="Url">Its URL, if known.</param>
/// <param name="Source">The source it came from, if known.</param>
/// <param name="PublishedAt">Its publication time, if known.</param>
/// <param name="IngestedAt">When it was ingested.</param>
/// <param name="Text">
/// Its text as the store keeps it: the sentences that name an entity at their offsets, what lies between them blank, so
/// that every offset of the answer indexes it.
/// </param>
/// <param name="Sentences">The kept sentences.</param>
/// <param name="Mentions">The mentions, in text order.</param>
/// <param name="Relations">The relations it states with their sentences.</param>
/// <param name="Truncated">Whether sentences were left out to bound the answer.</param>
public sealed record ArticleDetails(
    string Id,
    string? Title,
    string? Url,
    string? Source,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IngestedAt,
    string Text,
    IReadOnlyList<ArticleSentenceItem> Sentences,
    IReadOnlyList<MentionItem> Mentions,
    IReadOnlyList<ArticleRelationItem> Relations,
    bool Truncated);
