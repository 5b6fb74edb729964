namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Encodes entity labels as BILOU tags: label 0 is <c>O</c>, and type <c>t</c> has the labels
/// <c>1 + 4t</c> (B, begin), <c>+1</c> (I, inside), <c>+2</c> (L, last) and <c>+3</c> (U, unit).
/// </summary>
internal static class BilouLabels
{
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    public static int Count(int types) => 1 + (4 * types);

    public static int Label(int type, int position) => 1 + (4 * type) + position;

    public static int TypeOf(int label) => (label - 1) / 4;

    public static int PositionOf(int label) => (label - 1) % 4;

    /// <summary>Gets whether a label may follow another (-1 is the start of a sentence).</summary>
    public static bool Allowed(int previous, int label)
    {
        var open = previous > 0 && PositionOf(previous) is Begin or Inside;
        if (!open)
        {
            return label == Outside || PositionOf(label) is Begin or Unit;
        }

        return label != Outside && TypeOf(label) == TypeOf(previous) && PositionOf(label) is Inside or Last;
    }

    /// <summary>Gets whether a label may end a sentence.</summary>
    public static bool CanEnd(int label) => label == Outside || PositionOf(label) is Last or Unit;

    /// <summary>Converts IOB2 tags to BILOU labels, given the list of types.</summary>
    public static int[] FromIob2(IReadOnlyList<string> tags, IReadOnlyList<string> types)
    {
        var labels = new int[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.Length < 3)
            {
                continue;
            }

            var type = IndexOf(types, tag[2..]);
            var next = i + 1 < tags.Count ? tags[i + 1] : "O";
            var continues = next.Length > 2 && next[0] == 'I' && string.Equals(next[2..], tag[2..], StringComparison.Ordinal);
            var begins = tag[0] == 'B' || i == 0 || tags[i - 1].Length < 3 || !string.Equals(tags[i - 1][2..], tag[2..], StringComparison.Ordinal);
            var position = (begins, continues) switch
            {
                (true, true) => Begin,
                (true, false) => Unit,
                (false, true) => Inside,
                _ => Last,
            };
            labels[i] = Label(type, position);
        }

        return labels;
    }

    /// <summary>Converts BILOU labels to IOB2 tags.</summary>
    public static string[] ToIob2(ReadOnlySpan<int> labels, IReadOnlyList<string> types)
    {
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            tags[i] = label == Outside
                ? "O"
                : (PositionOf(label) is Begin or Unit ? "B-" : "I-") + types[TypeOf(label)];
        }

        return tags;
    }

    private static int IndexOf(IReadOnlyList<string> types, string type)
    {
        for (var t = 0; t < types.Count; t++)
        {
            if (string.Equals(types[t], type, StringComparison.Ordinal))
            {
                return t;
            }
        }

        throw new InvalidDataException($"Unknown entity type '{type}'.");
    }
}
