namespace GraphBuilder.Graph.Similarity;

/// <summary>
/// Computes MinHash signatures of texts over word bigrams: the share of equal values in two signatures estimates the
/// Jaccard similarity of the texts' bigram sets, so syndicated copies of one story (another headline, another agency
/// line, a corrected word) are recognised without comparing texts pairwise. Signatures are cut into bands for
/// look-up (locality-sensitive hashing): similar texts share at least one band with high probability.
/// </summary>
public static class MinHash
{
    /// <summary>The number of values in a signature.</summary>
    public const int Size = 64;

    /// <summary>The number of bands a signature is cut into for look-up.</summary>
    public const int Bands = 16;

    /// <summary>The number of values in a band.</summary>
    public const int Rows = Size / Bands;

    /// <summary>Computes the signature of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The signature; all values <see cref="uint.MaxValue"/> for a text without words.</returns>
    public static uint[] Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        var previous = 0UL;
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = WordHash(text.AsSpan(start, i - start));
                start = -1;
                words++;
                if (words >= 2)
                {
                    Add(signature, Mix(previous * 31 ^ word));
                }

                previous = word;
            }
        }

        if (words == 1)
        {
            Add(signature, Mix(previous));
        }

        return signature;
    }

    /// <summary>Estimates the Jaccard similarity of two texts from their signatures.</summary>
    /// <param name="a">The first signature.</param>
    /// <param name="b">The second signature.</param>
    /// <returns>The share of equal values, 0 to 1.</returns>
    public static double Similarity(IReadOnlyList<uint> a, IReadOnlyList<uint> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return equal / (double)Size;
    }

    /// <summary>Returns the look-up key of one band of a signature.</summary>
    /// <param name="signature">The signature.</param>
    /// <param name="band">The band, 0 to <see cref="Bands"/> − 1.</param>
    /// <returns>A hash of the band's values.</returns>
    public static long Band(IReadOnlyList<uint> signature, int band)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var hash = (ulong)band;
        for (var r = 0; r < Rows; r++)
        {
            hash = Mix(hash * 0x9E3779B97F4A7C15UL ^ signature[(band * Rows) + r]);
        }

        return unchecked((long)hash);
    }

    private static void Add(uint[] signature, ulong shingle)
    {
        // Each value is the minimum of an independent hash of every shingle: one 64-bit mix per seed.
        for (var k = 0; k < Size; k++)
        {
            var value = (uint)(Mix(shingle ^ Seeds[k]) >> 32);
            if (value < signature[k])
            {
                signature[k] = value;
            }
        }
    }

    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Size).Select(i => Mix((ulong)i * 0xD1B54A32D192ED03UL))];

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        // FNV-1a over the lower-cased characters: case and punctuation do not make a copy look new.
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
        }

        return hash;
    }

    private static ulong Mix(ulong x)
    {
        // SplitMix64's finaliser: spreads every input bit over the whole word.
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
