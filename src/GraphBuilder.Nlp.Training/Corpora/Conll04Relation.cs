namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>A relation of a CoNLL04 sentence between two of its entities.</summary>
/// <param name="Type">The type: <c>Work_For</c>, <c>Live_In</c>, <c>OrgBased_In</c>, <c>Located_In</c> or <c>Kill</c>.</param>
/// <param name="Head">The index of the head entity in the sentence's entity list.</param>
/// <param name="Tail">The index of the tail entity in the sentence's entity list.</param>
public sealed record Conll04Relation(string Type, int Head, int Tail);
