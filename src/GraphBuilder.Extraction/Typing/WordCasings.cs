using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// How an article writes its words inside sentences, where capitals are the writer's choice and not the sentence's:
/// the words it writes in lower case there and the ones it capitalises there.
/// </summary>
internal sealed class WordCasings
{
    private readonly HashSet<string> lower = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalized = new(StringComparer.Ordinal);

    private WordCasings()
    {
    }

    /// <summary>Reads the casings of a document's words, past the first word of each sentence.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The casings.</returns>
    public static WordCasings Of(KnowledgeDocument document)
    {
        var casings = new WordCasings();
        foreach (var sentence in document.Sentences)
        {
            for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                var word = document.TokenText(t);
                if (word.Length == 0 || !word.All(char.IsLetter))
                {
                    continue;
                }

                if (char.IsLower(word[0]))
                {
                    casings.lower.Add(word);
                }
                else
                {
                    casings.capitalized.Add(word);
                }
            }
        }

        return casings;
    }

    /// <summary>Tells whether the article writes a capitalised word in lower case inside a sentence and never with its capital there.</summary>
    /// <param name="word">The word, capitalised (<c>Seawall</c>).</param>
    /// <returns><see langword="true"/> when the article's own usage makes the word a common noun.</returns>
    public bool IsCommonNoun(string word) => !capitalized.Contains(word) && lower.Contains(word.ToLowerInvariant());
}
