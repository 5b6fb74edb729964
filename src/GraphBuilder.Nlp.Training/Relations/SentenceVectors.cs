using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Entities;

namespace GraphBuilder.Nlp.Training.Relations;

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
