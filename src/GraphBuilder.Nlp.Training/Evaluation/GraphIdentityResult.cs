namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Represents how the graph holds one Wikipedia identity named in two or more documents.
/// </summary>
/// <param name="Identity">The Wikipedia identity.</param>
/// <param name="NodesByDocument">For each document naming it, the nodes its mentions there matched (none when not found).</param>
public sealed record GraphIdentityResult(string Identity, IReadOnlyDictionary<string, IReadOnlyList<string>> NodesByDocument)
{
    /// <summary>Gets the number of documents in which the identity is found.</summary>
    public int FoundIn => NodesByDocument.Values.Count(n => n.Count > 0);

    /// <summary>Gets whether the identity counts in the cross-document figure: it is found in two or more documents.</summary>
    public bool Counted => FoundIn >= 2;

    /// <summary>Gets whether it counts and the documents that found it matched one and the same node.</summary>
    public bool Consistent => Counted && NodesByDocument.Values.SelectMany(n => n).Distinct(StringComparer.Ordinal).Count() == 1;
}
