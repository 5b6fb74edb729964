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
        var c = new Configuration(state, words);
        var t = 0;

        features.Add(FeatureHash.Feature(++t, 1));
        AddWords(features, ref t, in c);
        AddDistancesAndValencies(features, ref t, in c);
        AddChildren(features, ref t, in c);
        AddLabelSetsAndSpelling(features, ref t, state, in c);
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

    /// <summary>The templates of single words, word pairs and three words.</summary>
    private static void AddWords(FeatureBuffer features, ref int t, in Configuration c)
    {
        // Single words.
        Add(features, ref t, c.S0.Word);
        Add(features, ref t, c.S0.Tag);
        Add(features, ref t, c.S0.WordTag);
        Add(features, ref t, c.S1.Word);
        Add(features, ref t, c.S1.Tag);
        Add(features, ref t, c.S1.WordTag);
        Add(features, ref t, c.B0.Word);
        Add(features, ref t, c.B0.Tag);
        Add(features, ref t, c.B0.WordTag);
        Add(features, ref t, c.B1.Word);
        Add(features, ref t, c.B1.Tag);
        Add(features, ref t, c.B1.WordTag);
        Add(features, ref t, c.B2.Word);
        Add(features, ref t, c.B2.Tag);
        Add(features, ref t, c.S2.Word);
        Add(features, ref t, c.S2.Tag);

        // Word pairs.
        Add(features, ref t, c.S0.WordTag, c.B0.WordTag);
        Add(features, ref t, c.S0.WordTag, c.B0.Word);
        Add(features, ref t, c.S0.Word, c.B0.WordTag);
        Add(features, ref t, c.S0.WordTag, c.B0.Tag);
        Add(features, ref t, c.S0.Tag, c.B0.WordTag);
        Add(features, ref t, c.S0.Word, c.B0.Word);
        Add(features, ref t, c.S0.Tag, c.B0.Tag);
        Add(features, ref t, c.B0.Tag, c.B1.Tag);
        Add(features, ref t, c.S1.WordTag, c.S0.WordTag);
        Add(features, ref t, c.S1.Word, c.S0.Word);
        Add(features, ref t, c.S1.Tag, c.S0.Tag);
        Add(features, ref t, c.S1.Tag, c.S0.WordTag);
        Add(features, ref t, c.S1.WordTag, c.S0.Tag);
        Add(features, ref t, c.S1.Tag, c.B0.Tag);
        Add(features, ref t, c.S1.Word, c.B0.Word);

        // Three words.
        Add(features, ref t, c.B0.Tag, c.B1.Tag, c.B2.Tag);
        Add(features, ref t, c.S0.Tag, c.B0.Tag, c.B1.Tag);
        Add(features, ref t, c.S1.Tag, c.S0.Tag, c.B0.Tag);
        Add(features, ref t, c.S0.Tag, c.S0L.Tag, c.B0.Tag);
        Add(features, ref t, c.S0.Tag, c.S0R.Tag, c.B0.Tag);
        Add(features, ref t, c.S0.Tag, c.B0.Tag, c.B0L.Tag);
        Add(features, ref t, c.S1.Tag, c.S1R.Tag, c.S0.Tag);
        Add(features, ref t, c.S2.Tag, c.S1.Tag, c.S0.Tag);
        Add(features, ref t, c.S1.Tag, c.S0.Tag, c.S0L.Tag);
        Add(features, ref t, c.S1.Tag, c.S0.Tag, c.S0R.Tag);
        Add(features, ref t, c.S1.Tag, c.S0.Tag, c.B1.Tag);
        Add(features, ref t, c.S0.Word, c.B0.Tag, c.B1.Tag);
    }

    private static void AddDistancesAndValencies(FeatureBuffer features, ref int t, in Configuration c)
    {
        // Distance.
        Add(features, ref t, c.S0.Word, c.Distance);
        Add(features, ref t, c.S0.Tag, c.Distance);
        Add(features, ref t, c.B0.Word, c.Distance);
        Add(features, ref t, c.B0.Tag, c.Distance);
        Add(features, ref t, c.S0.Word, c.B0.Word, c.Distance);
        Add(features, ref t, c.S0.Tag, c.B0.Tag, c.Distance);
        Add(features, ref t, c.S1.Tag, c.S0.Tag, c.StackDistance);
        Add(features, ref t, c.S1.Word, c.S0.Word, c.StackDistance);

        // Valency.
        Add(features, ref t, c.S0.Word, c.S0RightValency);
        Add(features, ref t, c.S0.Tag, c.S0RightValency);
        Add(features, ref t, c.S0.Word, c.S0LeftValency);
        Add(features, ref t, c.S0.Tag, c.S0LeftValency);
        Add(features, ref t, c.B0.Word, c.B0LeftValency);
        Add(features, ref t, c.B0.Tag, c.B0LeftValency);
        Add(features, ref t, c.S1.Tag, c.S1RightValency);
    }

    private static void AddChildren(FeatureBuffer features, ref int t, in Configuration c)
    {
        // Children.
        Add(features, ref t, c.S0L.Word);
        Add(features, ref t, c.S0L.Tag);
        Add(features, ref t, c.S0LLabel);
        Add(features, ref t, c.S0R.Word);
        Add(features, ref t, c.S0R.Tag);
        Add(features, ref t, c.S0RLabel);
        Add(features, ref t, c.B0L.Word);
        Add(features, ref t, c.B0L.Tag);
        Add(features, ref t, c.B0LLabel);
        Add(features, ref t, c.S1R.Word);
        Add(features, ref t, c.S1R.Tag);
        Add(features, ref t, c.S1RLabel);
        Add(features, ref t, c.S1L.Tag, c.S1LLabel);
        Add(features, ref t, c.S0.Tag, c.S0LLabel, c.S0RLabel);
        Add(features, ref t, c.B0.Tag, c.B0LLabel, c.S0.Tag);

        // Second children.
        Add(features, ref t, c.S0L2.Word);
        Add(features, ref t, c.S0L2.Tag);
        Add(features, ref t, c.S0L2Label);
        Add(features, ref t, c.S0R2.Word);
        Add(features, ref t, c.S0R2.Tag);
        Add(features, ref t, c.S0R2Label);
        Add(features, ref t, c.B0L2.Word);
        Add(features, ref t, c.B0L2.Tag);
        Add(features, ref t, c.B0L2Label);
        Add(features, ref t, c.S0.Tag, c.S0L.Tag, c.S0L2.Tag);
        Add(features, ref t, c.S0.Tag, c.S0R.Tag, c.S0R2.Tag);
        Add(features, ref t, c.B0.Tag, c.B0L.Tag, c.B0L2.Tag);
    }

    private static void AddLabelSetsAndSpelling(FeatureBuffer features, ref int t, ParserState state, in Configuration c)
    {
        // Label sets.
        Add(features, ref t, c.S0.Word, state.RightLabelSet(c.S0Index));
        Add(features, ref t, c.S0.Tag, state.RightLabelSet(c.S0Index));
        Add(features, ref t, c.S0.Word, state.LeftLabelSet(c.S0Index));
        Add(features, ref t, c.S0.Tag, state.LeftLabelSet(c.S0Index));
        Add(features, ref t, c.B0.Word, state.LeftLabelSet(c.B0Index));
        Add(features, ref t, c.B0.Tag, state.LeftLabelSet(c.B0Index));
        Add(features, ref t, c.S1.Tag, state.RightLabelSet(c.S1Index));

        // Spelling, for words whose tag is wrong or rare.
        Add(features, ref t, c.B0.Suffix);
        Add(features, ref t, c.S0.Suffix);
        Add(features, ref t, c.S1.Suffix);
        Add(features, ref t, c.B0.Shape);
        Add(features, ref t, c.S0.Shape);
        Add(features, ref t, c.B0.Suffix, c.S0.Tag);
        Add(features, ref t, c.S0.Suffix, c.B0.Tag);
        Add(features, ref t, c.S0.Shape, c.B0.Shape);
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

    /// <summary>
    /// The positions a transition's templates read: the top three stack words (<c>s0</c>–<c>s2</c>), the first three
    /// buffer words (<c>b0</c>–<c>b2</c>), the outermost children with their labels, distances and valencies.
    /// </summary>
    private readonly struct Configuration
    {
        public readonly int S0Index, S1Index, B0Index;
        public readonly ParserWord S0, S1, S2, B0, B1, B2;
        public readonly ParserWord S0L, S0L2, S0R, S0R2, B0L, B0L2, S1R, S1L;
        public readonly ulong S0LLabel, S0L2Label, S0RLabel, S0R2Label, B0LLabel, B0L2Label, S1RLabel, S1LLabel;
        public readonly ulong Distance, StackDistance;
        public readonly ulong S0LeftValency, S0RightValency, B0LeftValency, S1RightValency;

        public Configuration(ParserState state, ReadOnlySpan<ParserWord> words)
        {
            int s0i = state.Stack(0), s1i = state.Stack(1), s2i = state.Stack(2);
            int b0i = state.Input(0), b1i = state.Input(1), b2i = state.Input(2);
            S0Index = s0i;
            S1Index = s1i;
            B0Index = b0i;
            S0 = At(words, s0i);
            S1 = At(words, s1i);
            S2 = At(words, s2i);
            B0 = At(words, b0i);
            B1 = At(words, b1i);
            B2 = At(words, b2i);
            int s0li = state.LeftChild(s0i), s0l2i = state.LeftChild(s0i, second: true);
            int s0ri = state.RightChild(s0i), s0r2i = state.RightChild(s0i, second: true);
            int b0li = state.LeftChild(b0i), b0l2i = state.LeftChild(b0i, second: true);
            int s1ri = state.RightChild(s1i), s1li = state.LeftChild(s1i);
            S0L = At(words, s0li);
            S0L2 = At(words, s0l2i);
            S0R = At(words, s0ri);
            S0R2 = At(words, s0r2i);
            B0L = At(words, b0li);
            B0L2 = At(words, b0l2i);
            S1R = At(words, s1ri);
            S1L = At(words, s1li);
            S0LLabel = Label(state, s0li);
            S0L2Label = Label(state, s0l2i);
            S0RLabel = Label(state, s0ri);
            S0R2Label = Label(state, s0r2i);
            B0LLabel = Label(state, b0li);
            B0L2Label = Label(state, b0l2i);
            S1RLabel = Label(state, s1ri);
            S1LLabel = Label(state, s1li);
            Distance = ParserFeatures.Distance(s0i, b0i);
            StackDistance = ParserFeatures.Distance(s1i, s0i);
            S0LeftValency = (ulong)state.LeftCount(s0i);
            S0RightValency = (ulong)state.RightCount(s0i);
            B0LeftValency = (ulong)state.LeftCount(b0i);
            S1RightValency = (ulong)state.RightCount(s1i);
        }
    }
}
