using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Holds what the recogniser's features read about a whole document: token hashes, how each word is cased across
/// the document, which sentences are headlines in capitals, and which tokens the gazetteer covers.
/// </summary>
internal sealed class EntityContext
{
    public const byte SeenLower = 1;
    public const byte SeenTitleInside = 2;
    public const byte SeenAllCaps = 4;
    public const byte SeenTitleFirst = 8;

    public EntityContext(
        string text,
        ReadOnlySpan<TextSpan> spans,
        IReadOnlyList<(int Start, int Count)> sentences,
        Gazetteer? gazetteer,
        HashSet<(ulong, int)>? exclude,
        EntityLexicon? lexicon = null)
    {
        Hashes = TokenHashes.Compute(text, spans);
        Sentences = sentences;
        Casing = new byte[spans.Length];
        Gazetteer = new ushort[spans.Length];
        CapsSentence = new bool[spans.Length];
        Lexicon = new ushort[spans.Length];
        Cues = new byte[spans.Length];
        var seen = new Dictionary<ulong, byte>();
        foreach (var (start, count) in sentences)
        {
            var letters = 0;
            var caps = 0;
            for (var i = start; i < start + count; i++)
            {
                var flags = Hashes[i].Flags;
                byte mark = 0;
                if ((flags & TokenFlags.AllLower) != 0)
                {
                    mark = SeenLower;
                }
                else if ((flags & TokenFlags.Title) != 0)
                {
                    mark = i == start ? SeenTitleFirst : SeenTitleInside;
                }
                else if ((flags & TokenFlags.AllCaps) != 0)
                {
                    mark = SeenAllCaps;
                }

                if ((flags & (TokenFlags.AllLower | TokenFlags.Title)) != 0)
                {
                    letters++;
                }
                else if ((flags & TokenFlags.AllCaps) != 0)
                {
                    letters++;
                    caps++;
                }

                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, Hashes[i].Lower, out _);
                slot |= mark;
            }

            var headline = letters >= 2 && caps == letters;
            for (var i = start; i < start + count; i++)
            {
                CapsSentence[i] = headline;
            }

            gazetteer?.Mark(Hashes.AsSpan(start, count), Gazetteer.AsSpan(start, count), exclude);
            lexicon?.Mark(Hashes.AsSpan(start, count), Lexicon.AsSpan(start, count));
        }

        for (var i = 0; i < spans.Length; i++)
        {
            Casing[i] = seen[Hashes[i].Lower];
            Cues[i] = lexicon?.CuesOf(Hashes[i].Lower) ?? 0;
        }
    }

    public TokenHashes[] Hashes { get; }

    /// <summary>The labels a prior model gave each token, when the model stacks on one.</summary>
    public int[]? Prior { get; set; }

    /// <summary>Gets the labels predicted so far in the document for each capitalised word (its prediction history).</summary>
    public Dictionary<ulong, int[]> History { get; } = [];

    /// <summary>Records the label predicted for a token, for the features of the word's later occurrences.</summary>
    public void Remember(int i, int label, int labels)
    {
        if ((Hashes[i].Flags & (TokenFlags.Title | TokenFlags.AllCaps)) == 0)
        {
            return;
        }

        ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(History, Hashes[i].Word, out var exists);
        if (!exists)
        {
            counts = new int[labels];
        }

        counts![label]++;
    }

    public IReadOnlyList<(int Start, int Count)> Sentences { get; }

    public byte[] Casing { get; }

    public ushort[] Gazetteer { get; }

    public bool[] CapsSentence { get; }

    public ushort[] Lexicon { get; }

    public byte[] Cues { get; }
}
