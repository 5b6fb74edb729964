namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Hashes feature values without allocating: characters are folded into 64-bit FNV-1a hashes, and a feature is the
/// mix of its template number and its value's hash, reduced to a bucket of the weight table.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 0xcbf29ce484222325;
    private const ulong Prime = 0x100000001b3;

    /// <summary>Gets the hash of no characters.</summary>
    public static ulong Empty => Offset;

    /// <summary>Folds one character into a hash.</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Hashes characters as they are.</summary>
    public static ulong Chars(ReadOnlySpan<char> value)
    {
        var h = Offset;
        foreach (var c in value)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>Hashes characters lower-cased.</summary>
    public static ulong LowerChars(ReadOnlySpan<char> value)
    {
        var h = Offset;
        foreach (var c in value)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return h;
    }

    /// <summary>Folds one more value into a hash.</summary>
    public static ulong Add(ulong hash, ulong value) => Mix(hash ^ (value + 0x9e3779b97f4a7c15UL + (hash << 6) + (hash >> 2)));

    /// <summary>Returns the hash of a template and one value.</summary>
    public static ulong Feature(int template, ulong value) => Add((ulong)template * 0x9E3779B185EBCA87UL, value);

    /// <summary>Returns the hash of a template and two values.</summary>
    public static ulong Feature(int template, ulong first, ulong second) => Add(Feature(template, first), second);

    /// <summary>Returns the hash of a template and three values.</summary>
    public static ulong Feature(int template, ulong first, ulong second, ulong third) => Add(Feature(template, first, second), third);

    /// <summary>Reduces a hash to a bucket.</summary>
    public static int Bucket(ulong hash, int mask) => (int)(Mix(hash) & (uint)mask);

    private static ulong Mix(ulong h)
    {
        // The finaliser of MurmurHash3: spreads every input bit over the output.
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
