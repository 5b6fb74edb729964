namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Maps lower-cased word hashes to their ambiguity class: the set of tags the word took in the training data, for
/// words seen often enough for the set to be informative.
/// </summary>
internal sealed class TagLexicon
{
    private readonly Dictionary<ulong, uint> _classes;

    public TagLexicon(Dictionary<ulong, uint> classes) => _classes = classes;

    /// <summary>Gets the number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>Gets the ambiguity class of a word, or 0 when the word is unknown.</summary>
    public uint ClassOf(ulong lowerHash) => _classes.GetValueOrDefault(lowerHash);

    /// <summary>Builds a lexicon from tagged words: tags that make up at least 1% of a word's uses, for words seen three times or more.</summary>
    public static TagLexicon Build(IEnumerable<(ulong Lower, int Tag)> uses, int tags)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var (lower, tag) in uses)
        {
            if (!counts.TryGetValue(lower, out var c))
            {
                c = new int[tags];
                counts[lower] = c;
            }

            c[tag]++;
        }

        var classes = new Dictionary<ulong, uint>();
        foreach (var (word, c) in counts)
        {
            var mask = ClassOf(c);
            if (mask != 0)
            {
                classes[word] = mask;
            }
        }

        return new TagLexicon(classes);
    }

    /// <summary>Gets the ambiguity class that tag counts give, or 0 when the word is too rare (fewer than three uses).</summary>
    public static uint ClassOf(ReadOnlySpan<int> counts)
    {
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total < 3)
        {
            return 0;
        }

        var mask = 0u;
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] * 100 >= total)
            {
                mask |= 1u << t;
            }
        }

        return mask;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_classes.Count);
        foreach (var (word, mask) in _classes.OrderBy(p => p.Key))
        {
            writer.Write(word);
            writer.Write(mask);
        }
    }

    public static TagLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<ulong, uint>(count);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadUInt64();
            classes[word] = reader.ReadUInt32();
        }

        return new TagLexicon(classes);
    }
}
