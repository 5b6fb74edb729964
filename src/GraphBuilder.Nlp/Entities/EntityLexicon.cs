using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Holds hand-written knowledge that the 1996 training news lacks: names of well-known organisations, places and
/// groups (media, platforms, agencies, parties) and classes of cue words (<c>channel</c>, <c>website</c> after an
/// organisation; <c>filmmaker</c>, <c>senator</c> before a person). Its features are learned like any other, from
/// the training data where they fire, so the model decides how far to trust them.
/// </summary>
internal sealed class EntityLexicon
{
    private const string EntitiesResource = "GraphBuilder.Nlp.Resources.Lexicons.entities.tsv";
    private const string CuesResource = "GraphBuilder.Nlp.Resources.Lexicons.cues.tsv";

    private readonly Dictionary<ulong, ushort> _names;
    private readonly Dictionary<ulong, byte> _cues;

    public EntityLexicon(Dictionary<ulong, ushort> names, Dictionary<ulong, byte> cues)
    {
        _names = names;
        _cues = cues;
    }

    public static EntityLexicon Empty => new([], []);

    /// <summary>Reads the lexicons embedded in this assembly; name types are given as indices into <paramref name="types"/>.</summary>
    public static EntityLexicon FromResources(IReadOnlyList<string> types)
    {
        var names = new Dictionary<ulong, ushort>();
        var cueClasses = new List<string>();
        var cues = new Dictionary<ulong, byte>();
        foreach (var (type, name) in ReadPairs(EntitiesResource))
        {
            var index = -1;
            for (var t = 0; t < types.Count; t++)
            {
                if (string.Equals(types[t], type, StringComparison.Ordinal))
                {
                    index = t;
                }
            }

            if (index < 0)
            {
                continue;
            }

            var spans = Tokenizer.Tokenize(name);
            if (spans.Count > Gazetteer.MaxLength)
            {
                continue;
            }

            var hashes = TokenHashes.Compute(name, [.. spans]);
            var key = Gazetteer.KeyStart;
            for (var k = 0; k < hashes.Length; k++)
            {
                key = Gazetteer.Extend(key, hashes[k]);
                names[key] = (ushort)(names.GetValueOrDefault(key) | (k == hashes.Length - 1 ? 1 << index : 0));
            }
        }

        foreach (var (cueClass, word) in ReadPairs(CuesResource))
        {
            var index = cueClasses.IndexOf(cueClass);
            if (index < 0)
            {
                cueClasses.Add(cueClass);
                index = cueClasses.Count - 1;
            }

            var key = FeatureHash.LowerChars(word);
            cues[key] = (byte)(cues.GetValueOrDefault(key) | (1 << index));
        }

        return new EntityLexicon(names, cues);
    }

    /// <summary>Gets the cue class bit of words that follow an organisation's name (<c>channel</c>, <c>website</c>).</summary>
    public byte OrganizationSuffixCue { get; init; } = 1;

    /// <summary>
    /// Completes a sentence's labels with the lexicon where the model found nothing, and trims a generic trailing word
    /// (<c>Showtime TV</c>) from an entity whose name the lexicon knows. Longer names are applied first.
    /// </summary>
    public void Apply(ReadOnlySpan<TokenHashes> sentence, Span<int> labels, Span<float> probabilities) =>
        Apply(sentence, labels, probabilities, retypeUnlessKnownTo: null);

    /// <summary>
    /// As <see cref="Apply(ReadOnlySpan{TokenHashes}, Span{int}, Span{float})"/>; with
    /// <paramref name="retypeUnlessKnownTo"/>, a mention the model found with exactly a lexicon name's span but another
    /// type takes the lexicon's type, unless that gazetteer of the training names knows the name (used by the
    /// <c>accurate</c> model, whose dense features can outvote the lexicon feature on names the 1996 training news
    /// cannot know, such as WikiLeaks).
    /// </summary>
    public void Apply(ReadOnlySpan<TokenHashes> sentence, Span<int> labels, Span<float> probabilities, Gazetteer? retypeUnlessKnownTo)
    {
        if (_names.Count == 0)
        {
            return;
        }

        var collector = new SingleTypeMatches();
        Scan(sentence, ref collector);
        if (collector.Matches is not { } matches)
        {
            return;
        }

        matches.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        foreach (var (start, length, types, key) in matches)
        {
            var type = System.Numerics.BitOperations.TrailingZeroCount(types);
            var end = start + length;
            var free = true;
            for (var k = start; k < end && free; k++)
            {
                free = labels[k] == BilouLabels.Outside;
            }

            if (retypeUnlessKnownTo is not null && IsWholeMention(labels, start, end) && BilouLabels.TypeOf(labels[start]) != type
                && !retypeUnlessKnownTo.Knows(key))
            {
                var confidence = probabilities[start];
                for (var k = start + 1; k < end; k++)
                {
                    confidence = Math.Min(confidence, probabilities[k]);
                }

                Relabel(labels, probabilities, start, end, type, Math.Min(confidence, 0.5f));
                continue;
            }

            var boundedLeft = start == 0
                || labels[start - 1] == BilouLabels.Outside
                || BilouLabels.PositionOf(labels[start - 1]) is BilouLabels.Last or BilouLabels.Unit;
            if (free
                && boundedLeft
                && (end == sentence.Length
                    || labels[end] == BilouLabels.Outside
                    || BilouLabels.PositionOf(labels[end]) is BilouLabels.Begin or BilouLabels.Unit))
            {
                Relabel(labels, probabilities, start, end, type, 0.5f);
                continue;
            }

            // The model's entity starts with the known name and goes on with generic words only: trim them.
            var startsEntity = labels[start] != BilouLabels.Outside && BilouLabels.TypeOf(labels[start]) == type
                && BilouLabels.PositionOf(labels[start]) == BilouLabels.Begin;
            var nameInside = length == 1 || BilouLabels.PositionOf(labels[end - 1]) == BilouLabels.Inside;
            if (startsEntity && nameInside && end < sentence.Length)
            {
                var last = end;
                while (last < sentence.Length
                    && BilouLabels.PositionOf(labels[last]) == BilouLabels.Inside
                    && (CuesOf(sentence[last].Lower) & OrganizationSuffixCue) != 0)
                {
                    last++;
                }

                if (last < sentence.Length
                    && BilouLabels.PositionOf(labels[last]) == BilouLabels.Last
                    && (CuesOf(sentence[last].Lower) & OrganizationSuffixCue) != 0)
                {
                    var confidence = probabilities[start];
                    Relabel(labels, probabilities, start, end, type, confidence);
                    for (var k = end; k <= last; k++)
                    {
                        labels[k] = BilouLabels.Outside;
                    }
                }
            }
        }
    }

    /// <summary>Whether the labels from start to end (exclusive) are exactly one mention.</summary>
    private static bool IsWholeMention(ReadOnlySpan<int> labels, int start, int end)
    {
        if (labels[start] == BilouLabels.Outside)
        {
            return false;
        }

        var type = BilouLabels.TypeOf(labels[start]);
        for (var k = start; k < end; k++)
        {
            if (labels[k] == BilouLabels.Outside || BilouLabels.TypeOf(labels[k]) != type)
            {
                return false;
            }

            var position = BilouLabels.PositionOf(labels[k]);
            var expected = end - start == 1 ? BilouLabels.Unit : k == start ? BilouLabels.Begin : k == end - 1 ? BilouLabels.Last : BilouLabels.Inside;
            if (position != expected)
            {
                return false;
            }
        }

        return true;
    }

    private static void Relabel(Span<int> labels, Span<float> probabilities, int start, int end, int type, float confidence)
    {
        for (var k = start; k < end; k++)
        {
            var position = end - start == 1 ? BilouLabels.Unit : k == start ? BilouLabels.Begin : k == end - 1 ? BilouLabels.Last : BilouLabels.Inside;
            labels[k] = BilouLabels.Label(type, position);
            probabilities[k] = confidence;
        }
    }

    /// <summary>Gets the cue classes of a lower-cased word hash, as bits.</summary>
    public byte CuesOf(ulong lowerHash) => _cues.GetValueOrDefault(lowerHash);

    /// <summary>Marks, for each token of a sentence, the (type, BILOU position) pairs of the lexicon names that cover it.</summary>
    public void Mark(ReadOnlySpan<TokenHashes> sentence, Span<ushort> bits)
    {
        if (_names.Count == 0)
        {
            return;
        }

        var marker = new PositionMarker(bits);
        Scan(sentence, ref marker);
    }

    /// <summary>
    /// Walks every lexicon name (or prefix of one) that starts at a capitalised token of the sentence, longest last,
    /// and hands each to the visitor: the one scan that both the decoder's correction and the features use.
    /// </summary>
    private void Scan<TVisitor>(ReadOnlySpan<TokenHashes> sentence, ref TVisitor visitor)
        where TVisitor : INameVisitor, allows ref struct
    {
        for (var start = 0; start < sentence.Length; start++)
        {
            if ((sentence[start].Flags & (TokenFlags.Title | TokenFlags.AllCaps)) == 0)
            {
                continue;
            }

            var key = Gazetteer.KeyStart;
            for (var length = 1; length <= Gazetteer.MaxLength && start + length <= sentence.Length; length++)
            {
                key = Gazetteer.Extend(key, sentence[start + length - 1]);
                if (!_names.TryGetValue(key, out var types))
                {
                    break;
                }

                visitor.Visit(start, length, types, key);
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_names.Count);
        foreach (var (key, types) in _names.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(types);
        }

        writer.Write(_cues.Count);
        foreach (var (key, classes) in _cues.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(classes);
        }
    }

    public static EntityLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var names = new Dictionary<ulong, ushort>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            names[key] = reader.ReadUInt16();
        }

        count = reader.ReadInt32();
        var cues = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            cues[key] = reader.ReadByte();
        }

        return new EntityLexicon(names, cues);
    }

    private static List<(string, string)> ReadPairs(string resource)
    {
        using var stream = typeof(EntityLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                pairs.Add((line[..tab], line[(tab + 1)..].Trim()));
            }
        }

        return pairs;
    }

    /// <summary>Receives the names a scan finds: where they start, how long they are, their type bits and key.</summary>
    private interface INameVisitor
    {
        void Visit(int start, int length, ushort types, ulong key);
    }

    /// <summary>Collects the names of exactly one type, for the decoder's correction.</summary>
    private struct SingleTypeMatches : INameVisitor
    {
        public List<(int Start, int Length, ushort Types, ulong Key)>? Matches;

        public void Visit(int start, int length, ushort types, ulong key)
        {
            if (types != 0 && (types & (types - 1)) == 0)
            {
                (Matches ??= []).Add((start, length, types, key));
            }
        }
    }

    /// <summary>Sets, on each token a name covers, the bit of the name's type and the token's BILOU position.</summary>
    private ref struct PositionMarker(Span<ushort> bits) : INameVisitor
    {
        private readonly Span<ushort> _bits = bits;

        public readonly void Visit(int start, int length, ushort types, ulong key)
        {
            for (var type = 0; type < 16 && types >> type != 0; type++)
            {
                if ((types & (1 << type)) == 0)
                {
                    continue;
                }

                for (var k = 0; k < length; k++)
                {
                    var position = length == 1 ? BilouLabels.Unit : k == 0 ? BilouLabels.Begin : k == length - 1 ? BilouLabels.Last : BilouLabels.Inside;
                    _bits[start + k] |= (ushort)(1 << ((4 * type) + position));
                }
            }
        }
    }
}
