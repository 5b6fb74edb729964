namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Represents how the graph holds one gold entity of one document.
/// </summary>
/// <param name="Document">The document's name.</param>
/// <param name="Key">The entity's key in the document: its Wikipedia identity, or <c>#</c> and its chain.</param>
/// <param name="Identity">The entity's Wikipedia identity, if annotated.</param>
/// <param name="Type">The gold type of its first named mention.</param>
/// <param name="Mentions">Its named mentions.</param>
/// <param name="Nodes">The distinct nodes its matched mentions belong to, sorted.</param>
/// <param name="MergedWith">The keys of the other gold entities of the document that one of its nodes also matched, sorted.</param>
public sealed record GraphEntityResult(
    string Document,
    string Key,
    string? Identity,
    string Type,
    IReadOnlyList<GraphGoldMention> Mentions,
    IReadOnlyList<string> Nodes,
    IReadOnlyList<string> MergedWith)
{
    /// <summary>Gets whether at least one of its named mentions is matched.</summary>
    public bool Found => Nodes.Count > 0;

    /// <summary>Gets whether its matched mentions belong to more than one node.</summary>
    public bool Split => Nodes.Count > 1;

    /// <summary>Gets whether one of its nodes also matched a named mention of another gold entity of the document.</summary>
    public bool Merged => MergedWith.Count > 0;

    /// <summary>Gets whether it is found, and neither split nor merged: exactly one node of its own.</summary>
    public bool Exact => Found && !Split && !Merged;
}
