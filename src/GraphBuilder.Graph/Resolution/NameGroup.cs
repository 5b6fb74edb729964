using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Represents every draft entity of the graph that shares one anchor (<see cref="NameAnchor"/>), with what they say
/// together. Counts are integers, so that adding and removing articles in any order gives the same group.
/// </summary>
/// <param name="Anchor">The anchor.</param>
/// <param name="KindWeights">The confidence the articles' mentions give each type, in thousandths, summed.</param>
/// <param name="Forms">Each written form of the name (titles removed) with its number of mentions.</param>
/// <param name="Acronyms">Each acronym the articles define or use for the name, with its number of drafts.</param>
/// <param name="Drafts">The number of drafts in the group.</param>
public sealed record NameGroup(
    string Anchor,
    IReadOnlyDictionary<EntityKind, long> KindWeights,
    IReadOnlyDictionary<string, int> Forms,
    IReadOnlyDictionary<string, int> Acronyms,
    int Drafts)
{
    /// <summary>The average confidence, in thousandths, under which a one-word organisation may be a person's surname.</summary>
    public const long UncertainConfidence = 700;

    /// <summary>The types in declaration order, the order ties go by; one array for every vote.</summary>
    private static readonly EntityKind[] KindsInOrder = Enum.GetValues<EntityKind>();

    /// <summary>Gets the anchor's words.</summary>
    public IReadOnlyList<string> Words { get; } = NameAnchor.WordsOf(Anchor);

    /// <summary>
    /// Gets the anchors of the group's written forms other than its own, with their mentions: the other names articles
    /// gave the same entity, such as <c>northwind</c> for <c>Northwind Energy</c> written <c>Northwind</c> further down.
    /// A word that names something only in its article is not one (<see cref="NameAnchor.IsContextDependent"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int> FormAnchors { get; } = Forms
        .Select(f => (Anchor: NameAnchor.Of(f.Key, Vote(KindWeights)), f.Value))
        .SelectMany(f => Vote(KindWeights) == EntityKind.Organization && Translated(f.Anchor) is var english && english != f.Anchor
            ? [f, (english, f.Value)]
            : new[] { f })
        .Where(f => f.Anchor.Length > 0 && f.Anchor != Anchor && !NameAnchor.IsContextDependent(f.Anchor))
        .GroupBy(f => f.Anchor, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(f => f.Value), StringComparer.Ordinal);

    /// <summary>Gets the number of mentions of the group's names.</summary>
    public int Mentions { get; } = Forms.Values.Sum();

    /// <summary>Gets the confidence of the group's mentions on average, in thousandths (0 without mentions).</summary>
    public double AverageConfidence => Mentions == 0 ? 0 : (double)KindWeights.Values.Sum() / Mentions;

    /// <summary>Gets the type the group's mentions vote for: the largest weight, ties to the earlier type.</summary>
    public EntityKind Kind { get; } = Vote(KindWeights);

    /// <summary>
    /// Tells whether a group may be a person's surname that the recogniser took for a body's: one word, not an acronym,
    /// typed an organisation with an average confidence under <see cref="UncertainConfidence"/> (a company's name it
    /// knows, such as "Ford", scores higher).
    /// </summary>
    /// <param name="group">The group.</param>
    /// <returns><see langword="true"/> for "Sandhu" read as an organisation at 0.61.</returns>
    public static bool IsUncertainSurname(NameGroup group) => IsOneWordBody(group) && group.AverageConfidence < UncertainConfidence;

    /// <summary>
    /// Tells whether a group is a body's name of one word that is not an acronym, which may be a person's surname in
    /// some of its articles ("Dufresne said" in a story that named him in full elsewhere).
    /// </summary>
    /// <param name="group">The group.</param>
    /// <returns><see langword="true"/> for "Ford" or "Dufresne" typed an organisation; <see langword="false"/> for "UCI".</returns>
    public static bool IsOneWordBody(NameGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Words.Count == 1
            && group.Kind == EntityKind.Organization
            && group.Mentions > 0
            && !group.Forms.Keys.All(NameKeys.IsAcronym);
    }

    // A Turkish body's name with its generic words in English, or a Portuguese one's in English words and order.
    private static string Translated(string anchor) =>
        TurkishBodyNames.Translate(anchor) is var turkish && turkish != anchor ? turkish : PortugueseBodyNames.Translate(anchor);

    /// <summary>Gets the type the weights vote for.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The type with the largest weight; ties go to the type declared first.</returns>
    public static EntityKind Vote(IReadOnlyDictionary<EntityKind, long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var best = EntityKind.Other;
        var max = long.MinValue;
        foreach (var kind in KindsInOrder)
        {
            if (weights.TryGetValue(kind, out var weight) && weight > max)
            {
                (best, max) = (kind, weight);
            }
        }

        return best;
    }
}
