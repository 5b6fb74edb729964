using GraphBuilder.Nlp.Relations;

namespace GraphBuilder.Nlp.Training.Relations;

/// <summary>A training or evaluation sentence with its gold relations.</summary>
/// <param name="Sentence">The sentence and its gold arguments.</param>
/// <param name="Relations">The gold relations: head and tail argument indexes and the type.</param>
public sealed record RelationExample(RelationSentence Sentence, IReadOnlyList<(int Head, int Tail, string Type)> Relations);
