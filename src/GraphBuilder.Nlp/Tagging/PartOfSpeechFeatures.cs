using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Extracts the part-of-speech tagger's features of one token: the word, its affixes and shape, a window of two
/// words either side, and the two tags already assigned to its left.
/// </summary>
internal static class PartOfSpeechFeatures
{
    private const ulong Outside = 0x5bd1e995;

    /// <summary>Adds the features of token <paramref name="i"/> of a sentence.</summary>
    public static void Extract(
        ReadOnlySpan<TokenHashes> sentence,
        ReadOnlySpan<uint> classes,
        ReadOnlySpan<int> guesses,
        int i,
        int previous,
        int previous2,
        FeatureBuffer features)
    {
        var c0 = (ulong)classes[i];
        var cl1 = i > 0 ? classes[i - 1] : Outside;
        var cr1 = i + 1 < sentence.Length ? classes[i + 1] : Outside;
        var cr2 = i + 2 < sentence.Length ? classes[i + 2] : Outside;
        ref readonly var w = ref sentence[i];
        var left = i > 0 ? sentence[i - 1].Lower : Outside;
        var left2 = i > 1 ? sentence[i - 2].Lower : Outside;
        var right = i + 1 < sentence.Length ? sentence[i + 1].Lower : Outside;
        var right2 = i + 2 < sentence.Length ? sentence[i + 2].Lower : Outside;
        var p1 = (ulong)(previous + 2);
        var p2 = (ulong)(previous2 + 2);
        features.Clear();
        features.Add(FeatureHash.Feature(0, 0));
        features.Add(FeatureHash.Feature(1, w.Lower));
        features.Add(FeatureHash.Feature(2, w.Word));
        features.Add(FeatureHash.Feature(3, w.Suffix1));
        features.Add(FeatureHash.Feature(4, w.Suffix2));
        features.Add(FeatureHash.Feature(5, w.Suffix3));
        features.Add(FeatureHash.Feature(6, w.Suffix4));
        features.Add(FeatureHash.Feature(7, w.Prefix1));
        features.Add(FeatureHash.Feature(8, w.Prefix2));
        features.Add(FeatureHash.Feature(9, w.Prefix3));
        features.Add(FeatureHash.Feature(10, w.Shape));
        features.Add(FeatureHash.Feature(11, p1));
        features.Add(FeatureHash.Feature(12, p1, p2));
        features.Add(FeatureHash.Feature(13, p1, w.Lower));
        features.Add(FeatureHash.Feature(14, left));
        features.Add(FeatureHash.Feature(15, i > 0 ? sentence[i - 1].Suffix3 : Outside));
        features.Add(FeatureHash.Feature(16, left2));
        features.Add(FeatureHash.Feature(17, right));
        features.Add(FeatureHash.Feature(18, i + 1 < sentence.Length ? sentence[i + 1].Suffix3 : Outside));
        features.Add(FeatureHash.Feature(19, i + 1 < sentence.Length ? sentence[i + 1].Shape : Outside));
        features.Add(FeatureHash.Feature(20, right2));
        features.Add(FeatureHash.Feature(21, left, w.Lower));
        features.Add(FeatureHash.Feature(22, w.Lower, right));
        features.Add(FeatureHash.Feature(23, p1, right));
        features.Add(FeatureHash.Feature(24, i > 0 ? sentence[i - 1].Shape : Outside, w.Shape));
        features.Add(FeatureHash.Feature(25, (ulong)w.Flags, (ulong)(i == 0 ? 1 : 0)));
        features.Add(FeatureHash.Feature(26, c0));
        features.Add(FeatureHash.Feature(27, c0, p1));
        features.Add(FeatureHash.Feature(28, cr1));
        features.Add(FeatureHash.Feature(29, c0, cr1));
        features.Add(FeatureHash.Feature(30, cr1, cr2));
        features.Add(FeatureHash.Feature(31, cl1, c0));
        features.Add(FeatureHash.Feature(32, c0, w.Suffix3));
        features.Add(FeatureHash.Feature(33, i > 1 ? sentence[i - 2].Suffix3 : Outside));
        features.Add(FeatureHash.Feature(34, i + 2 < sentence.Length ? sentence[i + 2].Suffix3 : Outside));
        features.Add(FeatureHash.Feature(35, p1, cr1));
        if (!guesses.IsEmpty)
        {
            // The first pass's tags of this word and the two to its right.
            var g0 = (ulong)(guesses[i] + 2);
            var g1 = (ulong)((i + 1 < guesses.Length ? guesses[i + 1] : -1) + 2);
            var g2 = (ulong)((i + 2 < guesses.Length ? guesses[i + 2] : -1) + 2);
            features.Add(FeatureHash.Feature(40, g1));
            features.Add(FeatureHash.Feature(41, g1, g2));
            features.Add(FeatureHash.Feature(42, p1, g1));
            features.Add(FeatureHash.Feature(43, w.Lower, g1));
            features.Add(FeatureHash.Feature(44, g0));
            features.Add(FeatureHash.Feature(45, g0, g1));
            features.Add(FeatureHash.Feature(46, p1, g0, g1));
        }
    }
}
