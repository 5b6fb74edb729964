using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Builds the parser's per-word hashes from the tokens' surface hashes and their tags.
/// </summary>
internal static class ParserWords
{
    /// <summary>Builds the words of a document or sentence from its token hashes and tags.</summary>
    public static ParserWord[] Build(ReadOnlySpan<TokenHashes> hashes, IReadOnlyList<string> tags)
    {
        var words = new ParserWord[hashes.Length];
        for (var i = 0; i < words.Length; i++)
        {
            ref readonly var h = ref hashes[i];
            var tag = FeatureHash.Chars(tags[i]);
            words[i] = new ParserWord
            {
                Word = h.Lower,
                Tag = tag,
                WordTag = FeatureHash.Add(h.Lower, tag),
                Suffix = h.Suffix3,
                Shape = h.Shape,
            };
        }

        return words;
    }

    /// <summary>Builds the words of one sentence of pre-tokenised words.</summary>
    public static ParserWord[] Build(IReadOnlyList<string> forms, IReadOnlyList<string> tags)
    {
        var text = string.Join(' ', forms);
        var spans = new TextSpan[forms.Count];
        var offset = 0;
        for (var i = 0; i < forms.Count; i++)
        {
            spans[i] = new TextSpan(offset, offset + forms[i].Length);
            offset += forms[i].Length + 1;
        }

        return Build(TokenHashes.Compute(text, spans), tags);
    }
}
