using System.Globalization;
using System.Text;

namespace GraphBuilder.Graph.Model;

/// <summary>
/// Identifies an entity node. The value derives from the entity's type and canonical name
/// (<c>person:vladimir-putin</c>), so the same entity found in two articles is one node.
/// </summary>
/// <param name="Value">The identifier's text.</param>
public readonly record struct EntityId(string Value) : IComparable<EntityId>
{
    // Read on every relation a store reads (RelationSignature), so allocated once.
    private static readonly EntityKind[] Kinds = Enum.GetValues<EntityKind>();

    /// <summary>Derives the identifier of an entity from its type and canonical name.</summary>
    /// <param name="kind">The entity's type.</param>
    /// <param name="canonicalName">The entity's canonical name.</param>
    /// <returns>The identifier.</returns>
    public static EntityId From(EntityKind kind, string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(canonicalName);
        return new EntityId(string.Concat(GraphVocabulary.Label(kind).ToLowerInvariant(), ":", Slug(canonicalName)));
    }

    /// <summary>Gets the entity type the identifier was derived from (the word before its colon).</summary>
    /// <remarks><see cref="EntityKind.Other"/> for an identifier that does not start with a type's label.</remarks>
    public EntityKind Kind
    {
        get
        {
            var colon = Value is null ? -1 : Value.IndexOf(':', StringComparison.Ordinal);
            foreach (var kind in Kinds)
            {
                var label = GraphVocabulary.Label(kind);
                if (colon == label.Length && Value.AsSpan(0, colon).Equals(label, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }

            return EntityKind.Other;
        }
    }

    /// <summary>Turns a name into lowercase ASCII words joined by hyphens, without diacritics.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The slug; <c>unnamed</c> when the name has no letter or digit.</returns>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = LatinFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019' or '.'))
            {
                // Apostrophes and dots join (O'Brien, U.S.); everything else separates words.
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "unnamed" : builder.ToString();
    }

    /// <inheritdoc/>
    public int CompareTo(EntityId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Compares two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(EntityId left, EntityId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(EntityId left, EntityId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(EntityId left, EntityId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(EntityId left, EntityId right) => left.CompareTo(right) >= 0;
}
