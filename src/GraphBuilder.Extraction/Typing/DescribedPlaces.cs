using System.Collections.Frozen;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Types a name as a place where the text says what kind of place it is, for <see cref="EntityTypeRefiner"/>:
/// "Kharkiv, a city in eastern Ukraine", "Springfield, the capital of Illinois".
/// </summary>
internal static class DescribedPlaces
{
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        [
            "city", "town", "village", "region", "province", "state", "port", "capital", "district", "suburb", "county",
            "island", "country", "municipality", "prefecture", "neighbourhood", "neighborhood",
        ],
        StringComparer.Ordinal);

    // Nouns for a business that a place before them qualifies ("the Basel company", "the Oslo firm"); not "group" or
    // "team", which follow bodies' own names ("the Sea Org group").
    private static readonly FrozenSet<string> BusinessNouns = FrozenSet.ToFrozenSet(
        [
            "company", "firm", "startup", "start-up", "biotech", "lender", "insurer", "carrier", "airline", "miner", "maker",
            "retailer", "manufacturer", "publisher", "broadcaster", "utility", "charity",
        ],
        StringComparer.Ordinal);

    // Lower-case nouns for a division of a country or a city that its name comes before.
    private static readonly FrozenSet<string> Divisions = FrozenSet.ToFrozenSet(
        ["ward", "electorate", "constituency", "riding", "district", "suburb", "borough", "county", "province", "region", "municipality"],
        StringComparer.Ordinal);

    // The extractor a described place's mention is marked with, for SpreadDescribed.
    private const string DescribedExtractor = "entity-typing/1:described-place";

    // Words for a local person that a place before them qualifies ("Napier businessman", "a Leeds grandmother").
    private static readonly FrozenSet<string> LocalPeople = FrozenSet.ToFrozenSet(
        [
            "businessman", "businesswoman", "man", "woman", "teenager", "boy", "girl", "mother", "father", "grandmother",
            "grandfather", "farmer", "pensioner", "retiree", "landlord", "homeowner", "shopkeeper", "publican",
        ],
        StringComparer.Ordinal);

    // The words that place the place: "a city in", "the capital of", "a town on the coast", "a suburb near".
    private static readonly FrozenSet<string> Locators = FrozenSet.ToFrozenSet(["in", "of", "on", "near", "outside"], StringComparer.Ordinal);

    // Verbs after which "in" gives where someone lives or something is based.
    private static readonly FrozenSet<string> HomeVerbs = FrozenSet.ToFrozenSet(
        ["lives", "lived", "living", "live", "born", "raised", "based", "headquartered", "located", "situated", "settled", "resides", "resided"],
        StringComparer.Ordinal);

    // Nouns and verbs after which "in" gives a body, not a place ("a stake in Halifax", "invested in Lumenstack").
    private static readonly FrozenSet<string> HoldingWords = FrozenSet.ToFrozenSet(
        [
            "stake", "stakes", "share", "shares", "shareholding", "holding", "holdings", "interest", "invest", "invested",
            "investing", "invests", "investment", "investments", "confidence", "faith", "trust", "role", "job", "jobs",
            "position", "career", "work", "worked", "works", "working", "employed", "member", "members", "seat", "seats",
            "majority", "minority", "vote", "votes", "stock", "bet",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Makes a name a place's when an apposition after it says it is one, when "residents" follow it, or when it was
    /// taken for a person's and ends in what kind of place it is ("Harbor City").
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mention">The mention.</param>
    /// <returns>The mention as a place, or unchanged.</returns>
    public static Mention AsPlace(KnowledgeDocument document, Mention mention)
    {
        if (IsDescribedPlace(document, mention))
        {
            return mention with { Kind = EntityKind.Location, Extractor = DescribedExtractor };
        }

        if (IsResidentsPlace(document, mention) || IsHomeAfterAge(document, mention) || IsLocalsPlace(document, mention)
            || IsNamedDivision(document, mention) || IsPlaceNamedAsPerson(document, mention) || IsNamedProvince(document, mention)
            || IsBase(document, mention) || IsConstituency(document, mention)
            || IsBusinessesPlace(document, mention) || IsHome(document, mention) || IsWhereSomethingHappens(document, mention))
        {
            return mention with { Kind = EntityKind.Location };
        }

        return mention;
    }

    // "The Basel company said", "the Oslo firm", "a Napier construction company": a short name between "the" or "a" and
    // a business's noun in lower case (one lower-case word may come between) is where the business is, unless it ends in a
    // company's or a body's own word ("the Calder Motors company").
    private static bool IsBusinessesPlace(KnowledgeDocument document, Mention mention)
    {
        if (mention is not { Kind: EntityKind.Organization or EntityKind.Other, Form: MentionForm.Name, TokenCount: <= 2 }
            || mention.FirstToken == 0
            || document.TokenText(mention.FirstToken - 1) is not ("the" or "The" or "a" or "A"))
        {
            return false;
        }

        var noun = mention.EndToken;
        if (noun + 1 < document.Tokens.Count && !BusinessNouns.Contains(document.TokenText(noun))
            && document.TokenText(noun) is { Length: > 2 } modifier && modifier.All(char.IsLower))
        {
            noun++;
        }

        // "the Halifax law firm Crowell Stanfield LLP": past a word for the business, a name may follow the noun.
        return noun + 1 < document.Tokens.Count
            && BusinessNouns.Contains(document.TokenText(noun))
            && (noun > mention.EndToken || !EntityTypeRefiner.IsCapitalized(document.TokenText(noun + 1)))
            && document.TokenText(noun + 1) != "of"
            && !InstitutionWords.IsCompanyHead(document.TokenText(mention.EndToken - 1))
            && !InstitutionWords.IsInstitutionHead(document.TokenText(mention.EndToken - 1));
    }

    // "who lives in Halifax with his wife", "was born in Truro", "a firm based in Pune": what someone lives in, or a body
    // is based in, is a place.
    private static bool IsHome(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: not EntityKind.Location, Form: MentionForm.Name }
            && mention.FirstToken >= 2
            && document.TokenText(mention.FirstToken - 1) is "in" or "near"
            && HomeVerbs.Contains(document.TokenText(mention.FirstToken - 2));

    // "the places outside Halifax", "produced by CKHL News 95.7 in Halifax.": a short name that "in", "outside" or "near"
    // puts somewhere, with no body's head, no capitals of an acronym and nothing of its own after it (a possessive or
    // another name), is a place; the recogniser trained on older news reads some cities as the companies named after them.
    private static bool IsWhereSomethingHappens(KnowledgeDocument document, Mention mention)
    {
        if (mention is not { Kind: EntityKind.Organization or EntityKind.Other, Form: MentionForm.Name, TokenCount: <= 2 }
            || mention.FirstToken < 2
            || document.TokenText(mention.FirstToken - 1) is not ("in" or "outside" or "near")
            || HoldingWords.Contains(document.TokenText(mention.FirstToken - 2).ToLowerInvariant())
            || document.SentenceOf(mention.FirstToken - 2) != document.SentenceOf(mention.FirstToken))
        {
            return false;
        }

        var words = Enumerable.Range(mention.FirstToken, mention.TokenCount).Select(document.TokenText).ToList();
        if (words.Any(w => w.Length < 3 || w.All(c => !char.IsLower(c)) || InstitutionWords.IsInstitutionHead(w) || InstitutionWords.IsNeverPlaceHead(w)
            || InstitutionWords.IsBodyHead(w) || InstitutionWords.NewspaperHeads.Contains(w) || Legislatures.IsChamber(w)))
        {
            return false;
        }

        var next = mention.EndToken < document.Tokens.Count ? document.TokenText(mention.EndToken) : ".";
        return next is "." or "," or ";" or ":" or "\"" or "\u201D" or ")" or "with" or "on" or "last" or "this" or "next" or "and" or "for" or "since" or "until" or "after" or "before";
    }

    // "Harbor City resident Joan Pike", "thanked Harbor City residents": people are residents of a place.
    private static bool IsResidentsPlace(KnowledgeDocument document, Mention mention) =>
        mention.Kind is not (EntityKind.Location or EntityKind.Person)
            && mention.Form == MentionForm.Name
            && mention.EndToken < document.Tokens.Count
            && document.TokenText(mention.EndToken) is "resident" or "residents";

    // "Maddox, 54, of Taradale, is charged": after a name and an age, "of" or "from" gives where the person lives. A
    // body after them would be an employer ("Ann Cole, 45, of the Sierra Club"), so only a name read as a person's or as
    // nothing.
    private static bool IsHomeAfterAge(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: EntityKind.Person or EntityKind.Other, Form: MentionForm.Name }
            && mention.FirstToken >= 4
            && document.TokenText(mention.FirstToken - 1) is "of" or "from"
            && document.TokenText(mention.FirstToken - 2) == ","
            && document.TokenText(mention.FirstToken - 3) is { Length: 1 or 2 } age
            && age.All(char.IsAsciiDigit)
            && document.TokenText(mention.FirstToken - 4) == ",";

    // "a councillor for the Ahuriri ward", "the Hastings district": a name before a division's noun in lower case is the
    // division's name.
    private static bool IsNamedDivision(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: not EntityKind.Location, Form: MentionForm.Name }
            && mention.EndToken < document.Tokens.Count
            && Divisions.Contains(document.TokenText(mention.EndToken))
            && (mention.EndToken + 1 >= document.Tokens.Count || !EntityTypeRefiner.IsCapitalized(document.TokenText(mention.EndToken + 1)));

    // "Napier businessman Grant Maddox", "a Hastings grandmother, Ruth Ngata,": a short name before a word for a local
    // person and a name is where that person lives or works, not a body.
    private static bool IsLocalsPlace(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: not EntityKind.Location, Form: MentionForm.Name, TokenCount: <= 3 }
            && mention.EndToken + 1 < document.Tokens.Count
            && LocalPeople.Contains(document.TokenText(mention.EndToken))
            && (EntityTypeRefiner.IsCapitalized(document.TokenText(mention.EndToken + 1))
                || (document.TokenText(mention.EndToken + 1) == "," && mention.EndToken + 2 < document.Tokens.Count
                    && EntityTypeRefiner.IsCapitalized(document.TokenText(mention.EndToken + 2))));

    // "the Labour MP for Leith", "the member for Bristol West": a legislator's seat is a place.
    private static bool IsConstituency(KnowledgeDocument document, Mention mention) =>
        mention.Kind is EntityKind.Organization or EntityKind.Other
            && mention.Form == MentionForm.Name
            && mention.FirstToken >= 2
            && document.TokenText(mention.FirstToken - 1) == "for"
            && (MemberTitles.IsLetters(document.TokenText(mention.FirstToken - 2))
                || document.TokenText(mention.FirstToken - 2) is "member" or "Member" or "candidate");

    // "The Port Calder-based company", "the Oslo-based group Fjord Watch": what a body is based in is a place. Only
    // before a body ("a Linux-based phone" names none).
    private static bool IsBase(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind is EntityKind.Location or EntityKind.Person || mention.Form != MentionForm.Name)
        {
            return false;
        }

        // "the Oslo-based Fjord Watch": a name right after the compound is a body's too.
        var (text, end) = (document.Text, mention.Span.End);
        return BasedCompounds.BodyNoun(text, end, out _) is not null
            || (BasedCompounds.Length(text, end) is > 0 and var length && end + length + 1 < text.Length && text[end + length] == ' ' && char.IsUpper(text[end + length + 1]));
    }

    // "Trà Vinh Province", "Hyōgo Prefecture": a name that ends in a province's word is the province, not a body.
    private static bool IsNamedProvince(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: EntityKind.Organization, Form: MentionForm.Name, TokenCount: >= 2 and <= 4 }
            && document.TokenText(mention.EndToken - 1) is "Province" or "Prefecture" or "Oblast" or "Governorate";

    // A person's name never ends in "City", "County" or "Province"; an organisation's may ("Manchester City").
    // Nor, when the recogniser was unsure, in "Bay", "Lake" or "Island" ("Kestrel Bay"; "Michael Bay" is read surely).
    private static bool IsPlaceNamedAsPerson(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: EntityKind.Person, Form: MentionForm.Name, TokenCount: >= 2 }
            && (document.TokenText(mention.EndToken - 1) is "City" or "County" or "Province" or "Prefecture" or "District"
                || (mention.Confidence < 0.8 && document.TokenText(mention.EndToken - 1) is "Bay" or "Lake" or "Island" or "Harbor" or "Harbour" or "Beach" or "Valley" or "Peninsula"));

    private static bool IsDescribedPlace(KnowledgeDocument document, Mention mention)
    {
        // ", a city in", ", the capital of", ", a small town near": a comma, an article, at most one word more, a place's
        // noun and a word that locates it. "Ann Cole, a state senator" and "a town councillor" name no place.
        if (mention.Form != MentionForm.Name)
        {
            return false;
        }

        var t = mention.EndToken;
        var count = document.Tokens.Count;
        if (t + 3 >= count || document.TokenText(t) != "," || document.TokenText(t + 1) is not ("a" or "an" or "the"))
        {
            return false;
        }

        var noun = PlaceNouns.Contains(document.TokenText(t + 2)) ? t + 2 : t + 3;
        return noun + 1 < count
            && document.SentenceOf(noun + 1) == document.SentenceOf(mention.FirstToken)
            && PlaceNouns.Contains(document.TokenText(noun))
            && Locators.Contains(document.TokenText(noun + 1));
    }

    /// <summary>
    /// Types every mention of a name the text described as a place ("Socaire, a Lickanantay village of about 400
    /// people") a place, however the recogniser read its other mentions ("went to Socaire" as a body's): the text said
    /// what it is. A person's name is left alone.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, retyped in place.</param>
    public static void SpreadDescribed(KnowledgeDocument document, List<Mention> mentions)
    {
        HashSet<string>? described = null;
        foreach (var mention in mentions)
        {
            if (mention.Extractor == DescribedExtractor)
            {
                (described ??= new(StringComparer.Ordinal)).Add(document.Slice(mention.Span));
            }
        }

        if (described is null)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is { Form: MentionForm.Name, Kind: EntityKind.Organization or EntityKind.Other } && described.Contains(document.Slice(mentions[i].Span)))
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Location };
            }
        }
    }
}
