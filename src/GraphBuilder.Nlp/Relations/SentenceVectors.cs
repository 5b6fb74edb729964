using GraphBuilder.Nlp.Corpora;
using GraphBuilder.Nlp.Entities;

namespace GraphBuilder.Nlp.Relations;

/// <summary>MiniLM vectors of tokenised sentences, each encoded on its own, cached on disk between runs.</summary>
internal static class SentenceVectors
{
    public static float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences, int layer, string? cacheDirectory, Action<string>? progress)
    {
        var documents = sentences
            .Select(tokens => ConllText.Build(new ConllDocument([new ConllSentence(tokens, [.. tokens.Select(_ => "O")])])))
            .ToArray();
        return ContextualVectors.Load(documents, layer, cacheDirectory ?? Path.Combine(Path.GetTempPath(), "graphbuilder-minilm"), progress);
    }
}
