using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Extracts the recogniser's sparse features of one token: the word, its affixes and shape, a window of two words
/// either side, the two labels already assigned to its left, how the word is cased elsewhere in the document, and
/// the gazetteer names that cover it.
/// </summary>
internal static class EntityFeatures
{
    private const ulong Outside = 0x5bd1e995;

    public static void Extract(EntityContext context, int start, int end, int i, int previous, int previous2, FeatureBuffer features)
    {
        var h = context.Hashes;
        ref readonly var w = ref h[i];
        var hasLeft = i > start;
        var hasRight = i + 1 < end;
        var left = hasLeft ? h[i - 1].Lower : Outside;
        var right = hasRight ? h[i + 1].Lower : Outside;
        var leftShape = hasLeft ? h[i - 1].Shape : Outside;
        var rightShape = hasRight ? h[i + 1].Shape : Outside;
        var p1 = (ulong)(previous + 2);
        var p2 = (ulong)(previous2 + 2);
        var caps = context.CapsSentence[i] ? 1UL : 0UL;
        features.Clear();
        features.Add(FeatureHash.Feature(0, 0));
        features.Add(FeatureHash.Feature(1, w.Word));
        features.Add(FeatureHash.Feature(2, w.Lower));
        features.Add(FeatureHash.Feature(3, w.Shape));
        features.Add(FeatureHash.Feature(4, w.Prefix1));
        features.Add(FeatureHash.Feature(5, w.Prefix2));
        features.Add(FeatureHash.Feature(6, w.Prefix3));
        features.Add(FeatureHash.Feature(8, w.Suffix1));
        features.Add(FeatureHash.Feature(9, w.Suffix2));
        features.Add(FeatureHash.Feature(10, w.Suffix3));
        features.Add(FeatureHash.Feature(12, left));
        features.Add(FeatureHash.Feature(13, right));
        features.Add(FeatureHash.Feature(14, i > start + 1 ? h[i - 2].Lower : Outside));
        features.Add(FeatureHash.Feature(15, i + 2 < end ? h[i + 2].Lower : Outside));
        features.Add(FeatureHash.Feature(16, leftShape));
        features.Add(FeatureHash.Feature(17, rightShape));
        features.Add(FeatureHash.Feature(18, leftShape, w.Shape, rightShape));
        features.Add(FeatureHash.Feature(19, left, w.Lower));
        features.Add(FeatureHash.Feature(20, w.Lower, right));
        features.Add(FeatureHash.Feature(21, p1));
        features.Add(FeatureHash.Feature(22, p1, p2));
        features.Add(FeatureHash.Feature(23, p1, w.Lower));
        features.Add(FeatureHash.Feature(24, p1, w.Shape));
        features.Add(FeatureHash.Feature(25, (ulong)w.Flags, i == start ? 1UL : 0UL, caps));
        features.Add(FeatureHash.Feature(26, context.Casing[i], (ulong)w.Flags, (i == start ? 1UL : 0UL) | (caps << 1)));
        AddHistory(context, w.Word, p1, features);
        AddGazetteerLexiconAndCues(context, i, end, hasLeft, hasRight, features);
        AddPrior(context, i, hasLeft, hasRight, w.Shape, p1, features);
    }

    /// <summary>Adds the type the document has given this word most often so far, if any.</summary>
    private static void AddHistory(EntityContext context, ulong word, ulong p1, FeatureBuffer features)
    {
        if (context.History.TryGetValue(word, out var history))
        {
            // The majority of earlier predictions for this word in the document (BILOU collapsed to the type).
            var bestType = -1;
            var bestCount = 0;
            var total = 0;
            var types = (history.Length - 1) / 4;
            for (var t = -1; t < types; t++)
            {
                var c = t < 0 ? history[0] : history[1 + (4 * t)] + history[2 + (4 * t)] + history[3 + (4 * t)] + history[4 + (4 * t)];
                total += c;
                if (c > bestCount)
                {
                    bestCount = c;
                    bestType = t;
                }
            }

            features.Add(FeatureHash.Feature(50, (ulong)(bestType + 2), bestCount == total ? 1UL : 0UL));
            features.Add(FeatureHash.Feature(51, (ulong)(bestType + 2), p1));
        }
        else
        {
            features.Add(FeatureHash.Feature(50, 0));
        }
    }

    /// <summary>Adds the gazetteer names and lexicon entries that cover the token, its neighbours' casing and the cue words around it.</summary>
    private static void AddGazetteerLexiconAndCues(EntityContext context, int i, int end, bool hasLeft, bool hasRight, FeatureBuffer features)
    {
        var h = context.Hashes;
        ref readonly var w = ref h[i];
        var gazetteer = context.Gazetteer[i];
        while (gazetteer != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(gazetteer);
            gazetteer &= (ushort)(gazetteer - 1);
            features.Add(FeatureHash.Feature(40, (ulong)bit));
        }

        if (hasRight)
        {
            features.Add(FeatureHash.Feature(43, context.Gazetteer[i + 1], (ulong)w.Flags));
            features.Add(FeatureHash.Feature(44, context.Casing[i + 1], (ulong)h[i + 1].Flags));
        }

        var lexicon = context.Lexicon[i];
        while (lexicon != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(lexicon);
            lexicon &= (ushort)(lexicon - 1);
            features.Add(FeatureHash.Feature(60, (ulong)bit));
        }

        if (hasRight && context.Cues[i + 1] != 0)
        {
            features.Add(FeatureHash.Feature(62, context.Cues[i + 1], (ulong)w.Flags));
        }

        if (hasLeft && context.Cues[i - 1] != 0)
        {
            features.Add(FeatureHash.Feature(63, context.Cues[i - 1], (ulong)w.Flags));
        }

        if (i + 2 < end && context.Cues[i + 2] != 0)
        {
            features.Add(FeatureHash.Feature(64, context.Cues[i + 2], (ulong)w.Flags));
        }

        if (hasLeft)
        {
            features.Add(FeatureHash.Feature(45, context.Casing[i - 1], (ulong)h[i - 1].Flags));
        }
    }

    /// <summary>Adds the labels a prior model gave the token and its neighbours, when the model stacks one.</summary>
    private static void AddPrior(EntityContext context, int i, bool hasLeft, bool hasRight, ulong shape, ulong p1, FeatureBuffer features)
    {
        if (context.Prior is { } prior)
        {
            var here = (ulong)(prior[i] + 1);
            features.Add(FeatureHash.Feature(70, here));
            features.Add(FeatureHash.Feature(71, here, shape));
            features.Add(FeatureHash.Feature(72, hasLeft ? (ulong)(prior[i - 1] + 1) : 0, here, hasRight ? (ulong)(prior[i + 1] + 1) : 0));
            features.Add(FeatureHash.Feature(73, here, p1));
        }
    }
}
