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
    /// <summary>Gets the anchor's words.</summary>
    public IReadOnlyList<string> Words { get; } = NameAnchor.WordsOf(Anchor);

    /// <summary>Gets the type the group's mentions vote for: the largest weight, ties to the earlier type.</summary>
    public EntityKind Kind => Vote(KindWeights);

    /// <summary>Gets the type the weights vote for.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The type with the largest weight; ties go to the type declared first.</returns>
    public static EntityKind Vote(IReadOnlyDictionary<EntityKind, long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var best = EntityKind.Other;
        var max = long.MinValue;
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            if (weights.TryGetValue(kind, out var weight) && weight > max)
            {
                (best, max) = (kind, weight);
            }
        }

        return best;
    }
}
