using GraphBuilder.Nlp.Relations;
using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Relations;

/// <summary>Turns CoNLL04 sentences into the relation classifier's examples.</summary>
public static class Conll04Examples
{
    /// <summary>An example whose arguments are the sentence's gold entities.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="tags">Universal part-of-speech tags of its tokens, when a tagger has run.</param>
    /// <param name="heads">The head of each token (-1 for the root), when a parser has run.</param>
    /// <returns>The example.</returns>
    public static RelationExample FromGold(Conll04Sentence sentence, IReadOnlyList<string>? tags = null, IReadOnlyList<int>? heads = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var arguments = sentence.Entities.Select(e => new RelationArgument(e.Start, e.End, e.Type)).ToArray();
        return new RelationExample(
            new RelationSentence(sentence.Tokens, tags, arguments) { Heads = heads },
            [.. sentence.Relations.Select(r => (r.Head, r.Tail, r.Type))]);
    }
}
