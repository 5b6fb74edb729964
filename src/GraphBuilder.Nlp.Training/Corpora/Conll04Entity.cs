namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>An entity of a CoNLL04 sentence: a type and a token range.</summary>
/// <param name="Type">The type: <c>Peop</c>, <c>Org</c>, <c>Loc</c> or <c>Other</c>.</param>
/// <param name="Start">The first token.</param>
/// <param name="End">The token after the last (exclusive).</param>
public sealed record Conll04Entity(string Type, int Start, int End);
