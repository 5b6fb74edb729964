namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A sentence that states a relation.</summary>
/// <param name="Article">The article's id.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Start">The sentence's offset in the article text.</param>
/// <param name="End">The offset just past the sentence.</param>
/// <param name="Confidence">The extractor's confidence.</param>
/// <param name="Extractor">The extractor's name and version.</param>
/// <param name="Date">The date the text gives, if any.</param>
/// <param name="Names">Where the two entities are named in the sentence, as offsets into the article text.</param>
public sealed record EvidenceItem(string Article, string Sentence, int Start, int End, double Confidence, string Extractor, string? Date, IReadOnlyList<NameSpan> Names);
