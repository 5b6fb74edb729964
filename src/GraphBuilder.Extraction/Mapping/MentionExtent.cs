using System.Collections.Frozen;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Mapping;

/// <summary>
/// Finds the characters a mention covers as evidence. A person's name keeps the role noun phrase set before it in
/// apposition ("actor Jason Beghe", "disco club owner Steve Rubell"), as coreference corpora mark the mention: the
/// role says which person the article means; an organisation's or a place's name keeps the common noun after it that
/// heads the phrase ("Yonhap news agency"). The name and its aliases stay the name's own words.
/// </summary>
internal static class MentionExtent
{
    // The nouns that name a role without a role-like ending; the endings below cover most others (owner, creator,
    // novelist, politician, defendant, president).
    private static readonly FrozenSet<string> RoleNouns = FrozenSet.ToFrozenSet(
        [
            "captain", "mayor", "minister", "veteran", "wife", "husband", "son", "daughter", "mother", "father", "brother",
            "sister", "uncle", "aunt", "cousin", "chief", "star", "coach", "chef", "judge", "official", "candidate",
            "nominee", "rival", "champion", "legend", "colleague", "friend", "partner", "boss", "head", "queen", "king",
            "prince", "princess", "pope", "rabbi", "imam", "bishop", "priest", "cardinal", "general", "colonel",
            "sergeant", "lieutenant", "detective", "sheriff", "constable", "professor", "dr", "secretary", "senator",
            "governor", "spokesman", "spokeswoman", "spokesperson", "actress", "poet", "artist", "model", "pilot",
            "athlete", "chairman", "chairwoman", "chair", "ceo", "founder", "co-founder", "heir", "widow", "undersecretary",
            "envoy", "ambassador", "counsel", "attorney", "analyst", "aide", "deputy", "striker", "midfielder", "goalkeeper",
        ],
        StringComparer.Ordinal);

    private static readonly string[] RoleEndings = ["er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "crat"];

    // Common things with a role's ending ("an Evolution paper Bos and colleagues wrote"); "-ment" never names a role.
    private static readonly FrozenSet<string> NotRoles = FrozenSet.ToFrozenSet(
        [
            "paper", "letter", "water", "center", "order", "border", "corner", "sector", "factor", "error", "color",
            "colour", "floor", "door", "mirror", "matter", "power", "tower", "winter", "summer", "chapter", "cover",
            "river", "shelter", "theater", "computer", "weather", "dinner", "answer", "register", "poster", "banner",
            "charter", "quarter", "filter", "trailer", "number", "meter", "liter", "motor", "corridor", "monitor",
            "event", "incident", "accident", "content", "percent", "restaurant", "plant", "grant", "instant",
        ],
        StringComparer.Ordinal);

    // Time nouns next to a name are an adverb of the clause ("last week Obama said"), not the person's role.
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.ToFrozenSet(
        [
            "week", "weekend", "month", "year", "day", "night", "morning", "afternoon", "evening", "today", "tonight",
            "yesterday", "tomorrow", "time", "summer", "winter", "spring", "autumn", "fall", "season", "decade", "century",
            "quarter", "term", "hour", "minute", "moment", "end", "order", "number", "matter", "center", "centre",
        ],
        StringComparer.Ordinal);

    // The kinds of organisation a name is followed by in news when the phrase means the organisation itself ("Yonhap
    // news agency", "the Labour party"); "the BBC website" or "a Google office" is another thing, and is left alone.
    private static readonly FrozenSet<string> OrganizationTypes = FrozenSet.ToFrozenSet(
        [
            "agency", "party", "company", "firm", "bank", "ministry", "university", "college", "hospital", "broadcaster",
            "newspaper", "magazine", "airline", "group", "band", "club", "team", "organisation", "organization", "charity",
            "movement",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceTypes = FrozenSet.ToFrozenSet(
        ["constituency", "district", "province", "county", "region", "river", "lake", "island"],
        StringComparer.Ordinal);

    private const int MaxRoleWords = 4;

    /// <summary>Gets the evidence span of a mention.</summary>
    /// <param name="document">The document the mention is in.</param>
    /// <param name="mention">The mention.</param>
    /// <returns>The mention's own span, or one that starts earlier at its role noun phrase.</returns>
    public static TextSpan Of(KnowledgeDocument document, Mention mention)
    {
        if (mention.Form != MentionForm.Name || document.PartsOfSpeech is not { } tags)
        {
            return mention.Span;
        }

        return mention.Kind switch
        {
            EntityKind.Person => WithRole(document, mention, tags),
            EntityKind.Organization or EntityKind.Location => WithTypeNoun(document, mention, tags),
            _ => mention.Span,
        };
    }

    private static TextSpan WithTypeNoun(KnowledgeDocument document, Mention mention, IReadOnlyList<string> tags)
    {
        // "Yonhap news agency", "the Kowloon West geographical constituency": the common noun after the name is the
        // phrase's head, and says what kind of thing the name is.
        var sentenceEnd = document.Sentences[document.SentenceOf(mention.FirstToken)].EndToken;
        var end = -1;
        for (var t = mention.EndToken; t < Math.Min(sentenceEnd, mention.EndToken + MaxRoleWords); t++)
        {
            var word = document.TokenText(t);
            var types = mention.Kind == EntityKind.Location ? PlaceTypes : OrganizationTypes;
            var followedByNoun = t + 1 < sentenceEnd && tags[t + 1] == "NOUN";
            if (tags[t] == "NOUN" && types.Contains(word) && !followedByNoun && !IsTaken(document, t))
            {
                end = t + 1;
                break;
            }

            // Between the name and its type only a describing word: "geographical", or "news" in "news agency".
            if (!(tags[t] == "ADJ" || word == "news") || !IsLowercaseWord(word) || IsTaken(document, t))
            {
                break;
            }
        }

        return end < 0 ? mention.Span : new TextSpan(mention.Span.Start, document.Tokens[end - 1].Span.End);
    }

    private static TextSpan WithRole(KnowledgeDocument document, Mention mention, IReadOnlyList<string> tags)
    {

        var sentenceStart = document.Sentences[document.SentenceOf(mention.FirstToken)].FirstToken;
        var first = mention.FirstToken;
        var head = first - 1;
        if (head < sentenceStart || tags[head] != "NOUN" || !IsRoleNoun(document.TokenText(head)) || IsTaken(document, head))
        {
            return mention.Span;
        }

        first = head;
        while (first - 1 >= sentenceStart
            && head - (first - 1) < MaxRoleWords
            && tags[first - 1] is "NOUN" or "ADJ"
            && IsLowercaseWord(document.TokenText(first - 1))
            && !TimeNouns.Contains(document.TokenText(first - 1))
            && !IsTaken(document, first - 1))
        {
            first--;
        }

        return new TextSpan(document.Tokens[first].Span.Start, mention.Span.End);
    }

    private static bool IsRoleNoun(string word)
    {
        if (!IsLowercaseWord(word) || TimeNouns.Contains(word))
        {
            return false;
        }

        // "singer-songwriter", "co-founder": the last part says the role.
        var last = word[(word.LastIndexOf('-') + 1)..];
        var singular = last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) ? last[..^1] : last;
        return RoleNouns.Contains(word) || RoleNouns.Contains(singular)
            || (!NotRoles.Contains(singular) && !singular.EndsWith("ment", StringComparison.Ordinal)
                && Array.Exists(RoleEndings, e => singular.Length > e.Length + 2 && singular.EndsWith(e, StringComparison.Ordinal)));
    }

    private static bool IsLowercaseWord(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c == '-');

    private static bool IsTaken(KnowledgeDocument document, int token)
    {
        // A word that is itself a mention (of a time, or of an entity) belongs to that mention.
        var span = document.Tokens[token].Span;
        return document.IsInEntity(token) || document.Times.Any(t => t.Span.Overlaps(span));
    }
}
