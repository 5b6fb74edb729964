using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Relations;

/// <summary>What the relation extractors (patterns and classifier) ask of the text around a pair of mentions.</summary>
internal static class RelationContext
{
    /// <summary>
    /// Whether a negation or denial cue stands between the two mentions or in the four words before the first, so
    /// that no positive relation is drawn from the statement.
    /// </summary>
    public static bool Negated(KnowledgeDocument document, Mention a, Mention b)
    {
        var (first, second) = a.FirstToken <= b.FirstToken ? (a, b) : (b, a);
        var sentence = document.Sentences[document.SentenceOf(first.FirstToken)];
        return HasCue(document, Math.Max(sentence.FirstToken, first.FirstToken - 4), first.FirstToken)
            || HasCue(document, first.EndToken, second.FirstToken);
    }

    /// <summary>Whether a negation or denial cue stands between the two mentions.</summary>
    public static bool NegatedBetween(KnowledgeDocument document, Mention a, Mention b)
    {
        var (first, second) = a.FirstToken <= b.FirstToken ? (a, b) : (b, a);
        return HasCue(document, first.EndToken, second.FirstToken);
    }

    /// <summary>
    /// The word at a token that may name a part of a body or an office, past a lower-case word that says how far it
    /// reaches ("the East Iceland district office", "MAST's regional office"); null at the text's end.
    /// </summary>
    public static string? PartNoun(KnowledgeDocument document, int token)
    {
        if (token + 1 < document.Tokens.Count && document.TokenText(token) is "district" or "regional" or "field" or "area" or "county" or "provincial")
        {
            token++;
        }

        return token < document.Tokens.Count ? document.TokenText(token) : null;
    }

    private static bool HasCue(KnowledgeDocument document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (NegationCues.Words.Contains(document.TokenText(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one place cannot lie in the other: a country in anything but a continent or a group of countries
    /// ("Libya" in "Yemen", "Sweden" in "Gothenburg"), except the nations of the United Kingdom in it and any country in
    /// the Soviet Union.
    /// </summary>
    public static bool CannotContain(KnowledgeDocument document, Mention place, Mention container)
    {
        var (inner, outer) = (NameOf(document, place), NameOf(document, container));
        return CountryNames.IsCountry(inner)
            && !CountryNames.IsGroupOfCountries(outer)
            && !(outer == "United Kingdom" && inner is "England" or "Scotland" or "Wales")
            && outer != "Soviet Union";
    }

    /// <summary>
    /// Whether "X, Y" is no place and the region it lies in: the two begin a list of places, names joined by commas that
    /// end in "and" or "or" and one more ("Afghanistan, Eritrea, Libya, Syria and Yemen"), or Y owns what follows
    /// ("Mecca, Islam's holiest site"). "Durham, North Carolina" is neither.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="first">The index of the mention before the comma.</param>
    /// <param name="second">The index of the mention after it.</param>
    public static bool ListedOrOwned(KnowledgeDocument document, int first, int second)
    {
        var mentions = document.Entities;
        if (second != first + 1 || Words(document, mentions[first].EndToken, mentions[second].FirstToken) != " , ")
        {
            return false;
        }

        var end = mentions[second].EndToken;
        if (end < document.Tokens.Count && document.TokenText(end) is "'s" or "\u2019s")
        {
            return true;
        }

        var sentence = document.SentenceOf(mentions[second].FirstToken);
        for (var c = second + 1; c < mentions.Count && document.SentenceOf(mentions[c].FirstToken) == sentence; c++)
        {
            var (previous, next) = (mentions[c - 1], mentions[c]);
            if (next.Kind != previous.Kind)
            {
                return false;
            }

            var gap = Words(document, previous.EndToken, next.FirstToken);
            if (gap is " and " or " or " or " , and " or " , or ")
            {
                return true;
            }

            if (gap != " , ")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether another place stands between two mentions without the commas that chain a place to the regions it lies in
    /// ("Flag Land Base in Clearwater, Florida" chains; "Las Vegas and Los Angeles next month, Italy in November, …
    /// Mexico in January" does not): the nearer place is then the one the sentence puts them in, if any.
    /// </summary>
    public static bool PlaceBetweenUnchained(KnowledgeDocument document, int a, int b)
    {
        var (first, last) = a < b ? (a, b) : (b, a);
        var mentions = document.Entities;
        var place = first + 1;
        while (place < last && mentions[place].Kind != EntityKind.Location)
        {
            place++;
        }

        for (var k = place + 1; k <= last; k++)
        {
            if (Words(document, mentions[k - 1].EndToken, mentions[k].FirstToken) != " , ")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity a mention belongs to: its chain, or a negative number of its own when it has none.</summary>
    public static int ChainOf(KnowledgeDocument document, int mention) =>
        document.Entities[mention].Chain >= 0 ? document.Entities[mention].Chain : -1 - mention;

    private static string NameOf(KnowledgeDocument document, Mention mention) => mention.Name ?? document.Slice(mention.Span);

    /// <summary>The words of tokens <paramref name="from"/> to <paramref name="to"/>, in lower case, with a space on either
    /// side (" of the "), so that a test can match whole words at the ends.</summary>
    public static string Words(KnowledgeDocument document, int from, int to) =>
        " " + string.Join(' ', Enumerable.Range(from, Math.Max(0, to - from)).Select(t => document.TokenText(t).ToLowerInvariant())) + " ";
}
