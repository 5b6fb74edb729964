namespace GraphBuilder.Nlp.Entities;

/// <summary>An entity found on gold tokens, as for evaluation.</summary>
/// <param name="Start">The first token of the span, counted from the start of its sentence.</param>
/// <param name="End">The token after the last (exclusive).</param>
/// <param name="Type">The type in the model's vocabulary (<c>PER</c>, <c>Peop</c>, ...).</param>
/// <param name="Confidence">The lowest label probability over the span.</param>
public sealed record RecognizedEntity(int Start, int End, string Type, double Confidence);
