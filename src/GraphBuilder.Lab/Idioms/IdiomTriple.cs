using GraphBuilder.Graph.Model;

namespace GraphBuilder.Lab.Idioms;

/// <summary>One relation a gold sentence states: subject and object as the text names them, and the relation.</summary>
/// <param name="Subject">The subject's name, without titles.</param>
/// <param name="Kind">The relation.</param>
/// <param name="Object">The object's name, without titles.</param>
internal sealed record IdiomTriple(string Subject, RelationKind Kind, string Object)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Subject} > {GraphVocabulary.RelationType(Kind)} > {Object}";
}
