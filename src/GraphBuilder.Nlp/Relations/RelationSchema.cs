namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// The vocabulary of the trained relation classifier: CoNLL04's entity and relation types, the argument types each
/// relation takes.
/// </summary>
public static class RelationSchema
{
    /// <summary>The label of a pair that stands in no relation.</summary>
    public const string None = "None";

    /// <summary>The entity types: <c>Peop</c>, <c>Org</c>, <c>Loc</c>, <c>Other</c>.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = ["Peop", "Org", "Loc", "Other"];

    /// <summary>The relation types, each with the types of its head and tail.</summary>
    public static IReadOnlyList<(string Type, string Head, string Tail)> RelationTypes { get; } =
    [
        ("Work_For", "Peop", "Org"),
        ("Live_In", "Peop", "Loc"),
        ("OrgBased_In", "Org", "Loc"),
        ("Located_In", "Loc", "Loc"),
        ("Kill", "Peop", "Peop"),
    ];

    /// <summary>The classifier's labels: <see cref="None"/> first, then the relation types in order.</summary>
    public static IReadOnlyList<string> Labels { get; } = [None, .. RelationTypes.Select(r => r.Type)];

    /// <summary>The label index of a relation type.</summary>
    /// <param name="type">The relation type.</param>
    /// <returns>The index in <see cref="Labels"/>, or -1 for an unknown type.</returns>
    public static int LabelOf(string type)
    {
        for (var l = 0; l < Labels.Count; l++)
        {
            if (string.Equals(Labels[l], type, StringComparison.Ordinal))
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>Whether a label can hold between arguments of the given types.</summary>
    /// <param name="label">The label index in <see cref="Labels"/>.</param>
    /// <param name="head">The head's type.</param>
    /// <param name="tail">The tail's type.</param>
    /// <returns><see langword="true"/> for <see cref="None"/> and for relations whose signature matches.</returns>
    public static bool Admits(int label, string head, string tail)
    {
        if (label == 0)
        {
            return true;
        }

        var relation = RelationTypes[label - 1];
        return string.Equals(relation.Head, head, StringComparison.Ordinal) && string.Equals(relation.Tail, tail, StringComparison.Ordinal);
    }

    /// <summary>Whether any relation can hold between arguments of the given types.</summary>
    /// <param name="head">The head's type.</param>
    /// <param name="tail">The tail's type.</param>
    /// <returns><see langword="true"/> when some relation's signature matches.</returns>
    public static bool AdmitsAny(string head, string tail)
    {
        for (var l = 1; l < Labels.Count; l++)
        {
            if (Admits(l, head, tail))
            {
                return true;
            }
        }

        return false;
    }
}
