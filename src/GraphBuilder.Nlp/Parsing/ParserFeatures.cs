using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Extracts the hashed features of a configuration (which transition to take) and of an arc (which label to give
/// it). The transition templates follow Zhang and Nivre (2011), adapted to arc-hybrid, where the stack's top takes its
/// head from the buffer's first word or from the word below it: words and tags of the three top stack words and the
/// first three buffer words, the outermost two children of <c>s0</c> and of <c>b0</c> with their labels, the rightmost
/// child of <c>s1</c>, distances, valencies and label sets, plus suffixes and shapes so that a wrong tag is not the
/// only evidence.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Adds the features of the next transition.</summary>
    public static void Transition(ParserState state, ReadOnlySpan<ParserWord> words, FeatureBuffer features)
    {
        features.Clear();
        int s0i = state.Stack(0), s1i = state.Stack(1), s2i = state.Stack(2);
        int b0i = state.Input(0), b1i = state.Input(1), b2i = state.Input(2);
        var s0 = At(words, s0i);
        var s1 = At(words, s1i);
        var s2 = At(words, s2i);
        var b0 = At(words, b0i);
        var b1 = At(words, b1i);
        var b2 = At(words, b2i);
        int s0li = state.LeftChild(s0i), s0l2i = state.LeftChild(s0i, second: true);
        int s0ri = state.RightChild(s0i), s0r2i = state.RightChild(s0i, second: true);
        int b0li = state.LeftChild(b0i), b0l2i = state.LeftChild(b0i, second: true);
        int s1ri = state.RightChild(s1i), s1li = state.LeftChild(s1i);
        var s0l = At(words, s0li);
        var s0l2 = At(words, s0l2i);
        var s0r = At(words, s0ri);
        var s0r2 = At(words, s0r2i);
        var b0l = At(words, b0li);
        var b0l2 = At(words, b0l2i);
        var s1r = At(words, s1ri);
        var s1l = At(words, s1li);
        ulong s0ll = Label(state, s0li), s0l2l = Label(state, s0l2i), s0rl = Label(state, s0ri), s0r2l = Label(state, s0r2i);
        ulong b0ll = Label(state, b0li), b0l2l = Label(state, b0l2i), s1rl = Label(state, s1ri), s1ll = Label(state, s1li);
        var distance = Distance(s0i, b0i);
        var stackDistance = Distance(s1i, s0i);
        var s0vl = (ulong)state.LeftCount(s0i);
        var s0vr = (ulong)state.RightCount(s0i);
        var b0vl = (ulong)state.LeftCount(b0i);
        var s1vr = (ulong)state.RightCount(s1i);
        var t = 0;

        features.Add(FeatureHash.Feature(++t, 1));

        // Single words.
        Add(features, ref t, s0.Word);
        Add(features, ref t, s0.Tag);
        Add(features, ref t, s0.WordTag);
        Add(features, ref t, s1.Word);
        Add(features, ref t, s1.Tag);
        Add(features, ref t, s1.WordTag);
        Add(features, ref t, b0.Word);
        Add(features, ref t, b0.Tag);
        Add(features, ref t, b0.WordTag);
        Add(features, ref t, b1.Word);
        Add(features, ref t, b1.Tag);
        Add(features, ref t, b1.WordTag);
        Add(features, ref t, b2.Word);
        Add(features, ref t, b2.Tag);
        Add(features, ref t, s2.Word);
        Add(features, ref t, s2.Tag);

        // Word pairs.
        Add(features, ref t, s0.WordTag, b0.WordTag);
        Add(features, ref t, s0.WordTag, b0.Word);
        Add(features, ref t, s0.Word, b0.WordTag);
        Add(features, ref t, s0.WordTag, b0.Tag);
        Add(features, ref t, s0.Tag, b0.WordTag);
        Add(features, ref t, s0.Word, b0.Word);
        Add(features, ref t, s0.Tag, b0.Tag);
        Add(features, ref t, b0.Tag, b1.Tag);
        Add(features, ref t, s1.WordTag, s0.WordTag);
        Add(features, ref t, s1.Word, s0.Word);
        Add(features, ref t, s1.Tag, s0.Tag);
        Add(features, ref t, s1.Tag, s0.WordTag);
        Add(features, ref t, s1.WordTag, s0.Tag);
        Add(features, ref t, s1.Tag, b0.Tag);
        Add(features, ref t, s1.Word, b0.Word);

        // Three words.
        Add(features, ref t, b0.Tag, b1.Tag, b2.Tag);
        Add(features, ref t, s0.Tag, b0.Tag, b1.Tag);
        Add(features, ref t, s1.Tag, s0.Tag, b0.Tag);
        Add(features, ref t, s0.Tag, s0l.Tag, b0.Tag);
        Add(features, ref t, s0.Tag, s0r.Tag, b0.Tag);
        Add(features, ref t, s0.Tag, b0.Tag, b0l.Tag);
        Add(features, ref t, s1.Tag, s1r.Tag, s0.Tag);
        Add(features, ref t, s2.Tag, s1.Tag, s0.Tag);
        Add(features, ref t, s1.Tag, s0.Tag, s0l.Tag);
        Add(features, ref t, s1.Tag, s0.Tag, s0r.Tag);
        Add(features, ref t, s1.Tag, s0.Tag, b1.Tag);
        Add(features, ref t, s0.Word, b0.Tag, b1.Tag);

        // Distance.
        Add(features, ref t, s0.Word, distance);
        Add(features, ref t, s0.Tag, distance);
        Add(features, ref t, b0.Word, distance);
        Add(features, ref t, b0.Tag, distance);
        Add(features, ref t, s0.Word, b0.Word, distance);
        Add(features, ref t, s0.Tag, b0.Tag, distance);
        Add(features, ref t, s1.Tag, s0.Tag, stackDistance);
        Add(features, ref t, s1.Word, s0.Word, stackDistance);

        // Valency.
        Add(features, ref t, s0.Word, s0vr);
        Add(features, ref t, s0.Tag, s0vr);
        Add(features, ref t, s0.Word, s0vl);
        Add(features, ref t, s0.Tag, s0vl);
        Add(features, ref t, b0.Word, b0vl);
        Add(features, ref t, b0.Tag, b0vl);
        Add(features, ref t, s1.Tag, s1vr);

        // Children.
        Add(features, ref t, s0l.Word);
        Add(features, ref t, s0l.Tag);
        Add(features, ref t, s0ll);
        Add(features, ref t, s0r.Word);
        Add(features, ref t, s0r.Tag);
        Add(features, ref t, s0rl);
        Add(features, ref t, b0l.Word);
        Add(features, ref t, b0l.Tag);
        Add(features, ref t, b0ll);
        Add(features, ref t, s1r.Word);
        Add(features, ref t, s1r.Tag);
        Add(features, ref t, s1rl);
        Add(features, ref t, s1l.Tag, s1ll);
        Add(features, ref t, s0.Tag, s0ll, s0rl);
        Add(features, ref t, b0.Tag, b0ll, s0.Tag);

        // Second children.
        Add(features, ref t, s0l2.Word);
        Add(features, ref t, s0l2.Tag);
        Add(features, ref t, s0l2l);
        Add(features, ref t, s0r2.Word);
        Add(features, ref t, s0r2.Tag);
        Add(features, ref t, s0r2l);
        Add(features, ref t, b0l2.Word);
        Add(features, ref t, b0l2.Tag);
        Add(features, ref t, b0l2l);
        Add(features, ref t, s0.Tag, s0l.Tag, s0l2.Tag);
        Add(features, ref t, s0.Tag, s0r.Tag, s0r2.Tag);
        Add(features, ref t, b0.Tag, b0l.Tag, b0l2.Tag);

        // Label sets.
        Add(features, ref t, s0.Word, state.RightLabelSet(s0i));
        Add(features, ref t, s0.Tag, state.RightLabelSet(s0i));
        Add(features, ref t, s0.Word, state.LeftLabelSet(s0i));
        Add(features, ref t, s0.Tag, state.LeftLabelSet(s0i));
        Add(features, ref t, b0.Word, state.LeftLabelSet(b0i));
        Add(features, ref t, b0.Tag, state.LeftLabelSet(b0i));
        Add(features, ref t, s1.Tag, state.RightLabelSet(s1i));

        // Spelling, for words whose tag is wrong or rare.
        Add(features, ref t, b0.Suffix);
        Add(features, ref t, s0.Suffix);
        Add(features, ref t, s1.Suffix);
        Add(features, ref t, b0.Shape);
        Add(features, ref t, s0.Shape);
        Add(features, ref t, b0.Suffix, s0.Tag);
        Add(features, ref t, s0.Suffix, b0.Tag);
        Add(features, ref t, s0.Shape, b0.Shape);
    }

    /// <summary>Adds the features of the label of the arc from <paramref name="head"/> to <paramref name="dependent"/>.</summary>
    public static void Label(ParserState state, ReadOnlySpan<ParserWord> words, int head, int dependent, FeatureBuffer features)
    {
        features.Clear();
        var h = words[head];
        var d = words[dependent];
        var direction = dependent < head ? 1UL : 2UL;
        var distance = Distance(Math.Min(head, dependent), Math.Max(head, dependent));
        var dl = At(words, state.LeftChild(dependent));
        var dr = At(words, state.RightChild(dependent));
        var before = At(words, dependent - 1);
        var after = At(words, dependent + 1 < words.Length ? dependent + 1 : -1);
        var headBefore = At(words, head - 1);
        var headAfter = At(words, head + 1 < words.Length ? head + 1 : -1);
        var t = 100;

        Add(features, ref t, direction);
        Add(features, ref t, direction, d.Word);
        Add(features, ref t, direction, d.Tag);
        Add(features, ref t, direction, d.WordTag);
        Add(features, ref t, direction, h.Word);
        Add(features, ref t, direction, h.Tag);
        Add(features, ref t, direction, h.WordTag);
        Add(features, ref t, direction, h.Tag, d.Tag);
        Add(features, ref t, direction, h.Word, d.Tag);
        Add(features, ref t, direction, h.Tag, d.Word);
        Add(features, ref t, direction, h.Word, d.Word);
        Add(features, ref t, direction, distance, FeatureHash.Add(h.Tag, d.Tag));
        Add(features, ref t, direction, d.Suffix);
        Add(features, ref t, direction, d.Suffix, h.Tag);
        Add(features, ref t, direction, d.Shape, d.Tag);
        Add(features, ref t, direction, d.Tag, state.LeftLabelSet(dependent));
        Add(features, ref t, direction, d.Tag, state.RightLabelSet(dependent));
        Add(features, ref t, direction, d.Tag, Label(state, state.LeftChild(dependent)));
        Add(features, ref t, direction, d.Tag, Label(state, state.RightChild(dependent)));
        Add(features, ref t, direction, h.Tag, state.LeftLabelSet(head));
        Add(features, ref t, direction, h.Tag, state.RightLabelSet(head));
        Add(features, ref t, direction, d.Tag, Label(state, state.RightChild(head)));
        Add(features, ref t, direction, d.Tag, Label(state, state.LeftChild(head)));
        Add(features, ref t, direction, d.Tag, FeatureHash.Add(before.Tag, after.Tag));
        Add(features, ref t, direction, h.Tag, FeatureHash.Add(headBefore.Tag, headAfter.Tag));
        Add(features, ref t, direction, dl.Word, FeatureHash.Add(d.Tag, h.Tag));
        Add(features, ref t, direction, dl.Word, d.Word);
        Add(features, ref t, direction, dr.Word, d.Tag);
        Add(features, ref t, direction, h.Word, FeatureHash.Add(d.Tag, dl.Word));
        Add(features, ref t, direction, h.Tag, FeatureHash.Add(d.Tag, (ulong)state.LeftCount(head) + (16UL * (ulong)state.RightCount(head))));
    }

    private static ParserWord At(ReadOnlySpan<ParserWord> words, int index) => index >= 0 ? words[index] : ParserWord.None;

    private static ulong Label(ParserState state, int word) => (ulong)(state.LabelOf(word) + 2);

    /// <summary>Buckets a distance: 1, 2, 3, 4, 5–6, 7–10, more; 0 when a word is missing.</summary>
    private static ulong Distance(int left, int right)
    {
        if (left < 0 || right < 0)
        {
            return 0;
        }

        return (right - left) switch
        {
            <= 4 and var d => (ulong)d,
            <= 6 => 5,
            <= 10 => 6,
            _ => 7,
        };
    }

    private static void Add(FeatureBuffer features, ref int template, ulong a) => features.Add(FeatureHash.Feature(++template, a));

    private static void Add(FeatureBuffer features, ref int template, ulong a, ulong b) => features.Add(FeatureHash.Feature(++template, a, b));

    private static void Add(FeatureBuffer features, ref int template, ulong a, ulong b, ulong c) => features.Add(FeatureHash.Feature(++template, a, b, c));
}
