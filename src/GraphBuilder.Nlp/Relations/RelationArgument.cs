namespace GraphBuilder.Nlp.Relations;

/// <summary>An entity that can take part in a relation: a token range of its sentence and a type.</summary>
/// <param name="Start">The first token, counted from the start of the sentence.</param>
/// <param name="End">The token after the last (exclusive).</param>
/// <param name="Type">The type in the classifier's vocabulary (<see cref="RelationSchema.EntityTypes"/>).</param>
/// <param name="Confidence">How sure the entity recogniser was of this span and type, in [0, 1].</param>
public sealed record RelationArgument(int Start, int End, string Type, double Confidence = 1.0);
