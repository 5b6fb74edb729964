using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Training.Tagging;

/// <summary>A sentence the tagger trains or is scored on: its tokens' hashes and gold tag indices (-1 for a tag training never saw).</summary>
internal readonly record struct TaggingExample(TokenHashes[] Hashes, int[] Gold);
