using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Holds the names of the training data's entities, as hashes of their token sequences, with the number of training
/// documents that name each with each type. Training leaves the current document out, so the gazetteer never
/// reveals a document's own labels.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxLength = 6;

    private readonly Dictionary<ulong, int[]> _documents;

    public Gazetteer(int types, Dictionary<ulong, int[]> documents)
    {
        Types = types;
        _documents = documents;
    }

    public int Types { get; }

    public int Count => _documents.Count;

    /// <summary>Gets a value indicating whether the training data names an entity with this token sequence.</summary>
    public bool Knows(ulong key) => _documents.TryGetValue(key, out var counts) && counts.Any(c => c > 0);

    /// <summary>Gets the hash of the empty token sequence, the start of <see cref="Extend"/>.</summary>
    public static ulong KeyStart => 0x2545F4914F6CDD1DUL;

    /// <summary>Extends a token sequence's hash by one token.</summary>
    public static ulong Extend(ulong key, in TokenHashes token) => FeatureHash.Add(key, token.Word);

    /// <summary>Hashes a token sequence given its tokens' exact-form hashes.</summary>
    public static ulong Key(ReadOnlySpan<TokenHashes> tokens)
    {
        var h = KeyStart;
        foreach (var t in tokens)
        {
            h = Extend(h, t);
        }

        return h;
    }

    /// <summary>
    /// Marks, for each token of a sentence, the (type, BILOU position) pairs of the gazetteer names that cover it,
    /// as bits <c>4 * type + position</c>.
    /// </summary>
    public void Mark(ReadOnlySpan<TokenHashes> sentence, Span<ushort> bits, HashSet<(ulong, int)>? exclude)
    {
        for (var start = 0; start < sentence.Length; start++)
        {
            if ((sentence[start].Flags & (TokenFlags.Title | TokenFlags.AllCaps | TokenFlags.Digit)) == 0)
            {
                continue;
            }

            var key = KeyStart;
            for (var length = 1; length <= MaxLength && start + length <= sentence.Length; length++)
            {
                key = Extend(key, sentence[start + length - 1]);
                if (!_documents.TryGetValue(key, out var counts))
                {
                    break;
                }

                for (var type = 0; type < Types; type++)
                {
                    var count = counts[type];
                    if (exclude is not null && exclude.Contains((key, type)))
                    {
                        count--;
                    }

                    if (count <= 0)
                    {
                        continue;
                    }

                    for (var k = 0; k < length; k++)
                    {
                        var position = length == 1 ? BilouLabels.Unit : k == 0 ? BilouLabels.Begin : k == length - 1 ? BilouLabels.Last : BilouLabels.Inside;
                        bits[start + k] |= (ushort)(1 << ((4 * type) + position));
                    }
                }
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Types);
        writer.Write(_documents.Count);
        foreach (var (key, counts) in _documents.OrderBy(p => p.Key))
        {
            writer.Write(key);
            foreach (var c in counts)
            {
                writer.Write7BitEncodedInt(c);
            }
        }
    }

    public static Gazetteer Read(BinaryReader reader)
    {
        var types = reader.ReadInt32();
        var count = reader.ReadInt32();
        var documents = new Dictionary<ulong, int[]>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var counts = new int[types];
            for (var t = 0; t < types; t++)
            {
                counts[t] = reader.Read7BitEncodedInt();
            }

            documents[key] = counts;
        }

        return new Gazetteer(types, documents);
    }
}
