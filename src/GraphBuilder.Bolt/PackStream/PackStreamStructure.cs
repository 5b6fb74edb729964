namespace GraphBuilder.Bolt.PackStream;

/// <summary>
/// Represents a structure whose tag the reader does not map to a known type; it is kept as raw fields.
/// </summary>
/// <param name="Tag">The structure tag byte.</param>
/// <param name="Fields">The decoded fields.</param>
internal sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields);
