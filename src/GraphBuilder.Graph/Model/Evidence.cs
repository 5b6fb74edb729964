namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents the sentence of an article that states a relation.
/// </summary>
/// <param name="Article">The article's identifier.</param>
/// <param name="Sentence">The sentence's text.</param>
/// <param name="Start">The offset of the sentence's first character in the article text.</param>
/// <param name="End">The offset just past the sentence's last character.</param>
/// <param name="Confidence">The extractor's confidence that the sentence states the relation, in [0, 1].</param>
/// <param name="Extractor">The extractor's name and version, such as <c>patterns/1</c>.</param>
/// <param name="Date">The ISO 8601 date the text gives for the relation, if any.</param>
public sealed record Evidence(string Article, string Sentence, int Start, int End, double Confidence, string Extractor, string? Date = null);
