namespace GraphBuilder.Nlp.Training.Parsing;

/// <summary>
/// Represents attachment scores over gold tokens, in percent. Every word counts, punctuation included, as in the
/// CoNLL 2018 shared task; <see cref="Las"/> compares universal relations (the part before any <c>:</c> subtype), as
/// that task did, and <see cref="FullLas"/> the relations with their subtypes.
/// </summary>
/// <param name="Words">The number of words scored.</param>
/// <param name="Uas">The share of words with the gold head.</param>
/// <param name="Las">The share of words with the gold head and universal relation.</param>
/// <param name="LabelAccuracy">The share of words with the gold universal relation, whatever the head.</param>
/// <param name="FullLas">The share of words with the gold head and full relation (subtype included).</param>
public sealed record DependencyScore(int Words, double Uas, double Las, double LabelAccuracy, double FullLas);
