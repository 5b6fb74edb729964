using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// Sparse features of an ordered pair of arguments, in the tradition of feature-based relation extraction
/// (Zhou et al. 2005; Mintz et al. 2009): the argument types and words, the words and tags between them, their
/// context, the arguments in between and, when a parse is there, the dependency path. Every feature is conjoined
/// with the pair's type signature and order, so one weight table serves all relation types.
/// </summary>
internal sealed class RelationFeatures
{
    private const ulong Outside = 0x2545F4914F6CDD1D;
    private const int MaxPath = 8;

    private readonly RelationSentence _sentence;
    private readonly ulong[] _words;
    private readonly ulong[] _tags;
    private readonly ulong[] _types;

    public RelationFeatures(RelationSentence sentence)
    {
        _sentence = sentence;
        _words = new ulong[sentence.Tokens.Count];
        _tags = new ulong[sentence.Tokens.Count];
        for (var t = 0; t < _words.Length; t++)
        {
            _words[t] = FeatureHash.LowerChars(sentence.Tokens[t]);
            _tags[t] = sentence.Tags is { } tags && t < tags.Count ? FeatureHash.Chars(tags[t]) : Outside;
        }

        _types = [.. sentence.Entities.Select(e => FeatureHash.Chars(e.Type))];
    }

    public void Extract(int head, int tail, FeatureBuffer features)
    {
        var a = _sentence.Entities[head];
        var b = _sentence.Entities[tail];
        var forward = a.Start <= b.Start;
        var (first, second) = forward ? (a, b) : (b, a);
        var sig = FeatureHash.Feature(1, _types[head], _types[tail], forward ? 1UL : 2UL);
        features.Clear();
        features.Add(sig);

        AddArgument(a, sig, 2, features);
        AddArgument(b, sig, 5, features);

        var from = first.End;
        var to = second.Start;
        var gap = Math.Max(0, to - from);
        features.Add(FeatureHash.Feature(8, sig, Bucket(gap)));
        if (gap == 0)
        {
            features.Add(FeatureHash.Feature(9, sig));
        }
        else
        {
            features.Add(FeatureHash.Feature(10, sig, _words[from]));
            features.Add(FeatureHash.Feature(11, sig, _words[to - 1]));
            var sequence = FeatureHash.Empty;
            var tagSequence = FeatureHash.Empty;
            for (var t = from; t < to; t++)
            {
                features.Add(FeatureHash.Feature(12, sig, _words[t]));
                features.Add(FeatureHash.Feature(13, _types[head], _types[tail], _words[t]));
                if (t + 1 < to)
                {
                    features.Add(FeatureHash.Feature(14, sig, _words[t], _words[t + 1]));
                }

                if (IsVerb(t))
                {
                    features.Add(FeatureHash.Feature(15, sig, _words[t]));
                }

                sequence = FeatureHash.Add(sequence, _words[t]);
                tagSequence = FeatureHash.Add(tagSequence, _tags[t]);
            }

            if (gap <= 4)
            {
                features.Add(FeatureHash.Feature(16, sig, sequence));
            }

            if (gap <= 8)
            {
                features.Add(FeatureHash.Feature(17, sig, tagSequence));
            }
        }

        features.Add(FeatureHash.Feature(18, sig, Word(first.Start - 1)));
        features.Add(FeatureHash.Feature(19, sig, Word(first.Start - 1), Word(first.Start - 2)));
        features.Add(FeatureHash.Feature(20, sig, Word(second.End)));
        features.Add(FeatureHash.Feature(21, sig, Word(second.End), Word(second.End + 1)));

        var between = 0;
        for (var e = 0; e < _sentence.Entities.Count; e++)
        {
            var other = _sentence.Entities[e];
            if (e != head && e != tail && other.Start >= from && other.End <= to)
            {
                between++;
                features.Add(FeatureHash.Feature(22, sig, _types[e]));
            }
        }

        features.Add(FeatureHash.Feature(23, sig, (ulong)Math.Min(between, 3)));
        AddPath(a, b, sig, features);
    }

    private void AddArgument(RelationArgument argument, ulong sig, int template, FeatureBuffer features)
    {
        for (var t = argument.Start; t < argument.End; t++)
        {
            features.Add(FeatureHash.Feature(template, sig, _words[t]));
        }

        features.Add(FeatureHash.Feature(template + 1, sig, _words[argument.End - 1]));
        features.Add(FeatureHash.Feature(template + 2, sig, (ulong)Math.Min(argument.End - argument.Start, 4)));
    }

    /// <summary>The words and labels on the path from one argument's head word up to the lowest common ancestor and down to the other's.</summary>
    private void AddPath(RelationArgument a, RelationArgument b, ulong sig, FeatureBuffer features)
    {
        if (_sentence.Heads is not { } heads || heads.Count != _words.Length)
        {
            return;
        }

        var from = HeadWord(a, heads);
        var to = HeadWord(b, heads);
        Span<int> up = stackalloc int[MaxPath + 1];
        Span<int> down = stackalloc int[MaxPath + 1];
        var upCount = Ancestors(from, heads, up);
        var downCount = Ancestors(to, heads, down);
        var common = -1;
        int i = 0, j = 0;
        for (i = 0; i < upCount && common < 0; i++)
        {
            for (j = 0; j < downCount; j++)
            {
                if (up[i] == down[j])
                {
                    common = up[i];
                    break;
                }
            }
        }

        if (common < 0)
        {
            features.Add(FeatureHash.Feature(30, sig));
            return;
        }

        i--;
        var path = FeatureHash.Empty;
        var lexical = FeatureHash.Empty;
        for (var k = 1; k <= i; k++)
        {
            path = FeatureHash.Add(path, _tags[up[k]] ^ 0x55);
            lexical = FeatureHash.Add(lexical, up[k] == common ? _words[up[k]] : _tags[up[k]]);
            features.Add(FeatureHash.Feature(31, sig, _words[up[k]]));
        }

        for (var k = j - 1; k >= 1; k--)
        {
            path = FeatureHash.Add(path, _tags[down[k]] ^ 0xAA);
            lexical = FeatureHash.Add(lexical, _tags[down[k]]);
            features.Add(FeatureHash.Feature(31, sig, _words[down[k]]));
        }

        features.Add(FeatureHash.Feature(32, sig, path));
        features.Add(FeatureHash.Feature(33, sig, lexical, _words[common]));
        features.Add(FeatureHash.Feature(34, sig, (ulong)Math.Min(i + j, 6)));
        features.Add(FeatureHash.Feature(35, sig, _words[common]));
    }

    private static int HeadWord(RelationArgument argument, IReadOnlyList<int> heads)
    {
        // The word of the span whose head lies outside it (the last such word; names are head-final).
        var chosen = argument.End - 1;
        for (var t = argument.End - 1; t >= argument.Start; t--)
        {
            var h = heads[t];
            if (h < argument.Start || h >= argument.End)
            {
                chosen = t;
                break;
            }
        }

        return chosen;
    }

    private static int Ancestors(int word, IReadOnlyList<int> heads, Span<int> path)
    {
        var count = 0;
        while (word >= 0 && count < path.Length)
        {
            path[count++] = word;
            word = heads[word];
        }

        return count;
    }

    private bool IsVerb(int t) => _sentence.Tags is { } tags && t < tags.Count && tags[t] is "VERB" or "AUX";

    private ulong Word(int t) => t >= 0 && t < _words.Length ? _words[t] : Outside;

    private static ulong Bucket(int gap) => gap switch
    {
        <= 3 => (ulong)gap,
        <= 6 => 4,
        <= 10 => 5,
        _ => 6,
    };
}
