using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Adds the names the recogniser missed, cut or split, for <see cref="EntityTypeRefiner"/>: the publisher's own name, an
/// institution's "X of Y" name, a public body's name after "the", and one name read as two.
/// </summary>
internal static partial class MissedNames
{
    // The most words a Hungarian body's name runs back from its head ("Közép", "-", "Tisza", "-", "vidéki", "Vízügyi").
    private const int MaxHungarianBodyWords = 8;

    // The most syllables a Burmese name runs to after its title.
    private const int MaxBurmeseSyllables = 5;

    // Capitalised heads that end a public body's or a newspaper's name after "the" ("the Home Office", "the Environment
    // Agency", "the Associated Press").
    private static readonly FrozenSet<string> BodyNameHeads = new[]
        {
            "Office", "Ministry", "Department", "Agency", "Council", "Commission", "Committee", "Authority", "Bureau", "Service", "Board",
            "Foundation", "Trust", "Fund", "Institute", "Society", "Association", "Force", "Federation", "Confederation",
        }
        .Concat(InstitutionWords.NewspaperHeads)
        .ToFrozenSet(StringComparer.Ordinal);

    // The offices and people of a city that news writes after its name ("a Mandaue City councillor", "Mexico City
    // officials"): a club's name takes other words ("a Manchester City striker").
    private static readonly FrozenSet<string> CivicWords = FrozenSet.ToFrozenSet(
        [
            "councillor", "councillors", "councilor", "councilors", "Councillor", "Councilor", "mayor", "Mayor", "officials",
            "residents", "hall", "administrator", "Administrator", "engineer", "treasurer", "assessor", "legislators",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Gives a company's name the legal form written after its comma: "Kabilin Water Resources, Inc. (KWRI)", "Harbour
    /// Foods, Ltd." (the acronym and the company's other names are then the whole name's), a company's even where the
    /// recogniser read the words before the comma as a person's or a place's ("Shwe Hintha Delta Ferry Co., Ltd.").
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void ExtendOverLegalForm(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var comma = mention.EndToken;
            if (IsBeforeShareCompanyLetters(document, mention))
            {
                // "Abbay Leather Industry S.C.": an Ethiopian share company's letters, read as South Carolina's.
                if (i + 1 < mentions.Count && mentions[i + 1].FirstToken == comma)
                {
                    if (mentions[i + 1].TokenCount != 1)
                    {
                        continue;
                    }

                    mentions.RemoveAt(i + 1);
                }

                mentions[i] = Widened(document, mention, mention.FirstToken, comma + 1) with { Kind = EntityKind.Organization };
                continue;
            }

            if (mention.Form == MentionForm.Name && comma < document.Tokens.Count
                && IcelandicNames.IsLegalForm(document.TokenText(comma)) && document.SentenceOf(comma) == document.SentenceOf(mention.FirstToken))
            {
                // "Héraðslögmenn ehf.": an Icelandic company's legal form, in lower case, which the recogniser leaves out.
                mentions[i] = Widened(document, mention, mention.FirstToken, comma + 1) with { Kind = EntityKind.Organization };
                continue;
            }

            if (PolishLimitedFormEnd(document, mention) is var formEnd and > 0)
            {
                // "Salinex Chemia Sp. z o.o.": a Polish limited company's form, which the recogniser cuts at "Sp".
                mentions.RemoveAll(m => m.FirstToken >= mention.EndToken && m.FirstToken < formEnd);
                mentions[i] = Widened(document, mention, mention.FirstToken, formEnd) with { Kind = EntityKind.Organization };
                continue;
            }

            // "Shwe Hintha Delta Ferry" read without the "Co." before the comma either.
            if (comma + 1 < document.Tokens.Count && document.TokenText(comma) is "Co." or "Co" or "Corp." && document.TokenText(comma + 1) == ",")
            {
                comma++;
            }

            if (mention.Kind is not (EntityKind.Organization or EntityKind.Person or EntityKind.Location or EntityKind.Other)
                || mention.Form != MentionForm.Name
                || comma + 1 >= document.Tokens.Count
                || document.TokenText(comma) != ","
                || !InstitutionWords.IsFormAfterComma(document.TokenText(comma + 1))
                || (i + 1 < mentions.Count && mentions[i + 1].FirstToken <= comma + 1 && !(mentions[i + 1].FirstToken == comma + 1 && mentions[i + 1].TokenCount == 1)))
            {
                continue;
            }

            // "Ltd" read as a name of its own at a sentence's end ("… Co., Ltd. He denied …").
            if (i + 1 < mentions.Count && mentions[i + 1].FirstToken == comma + 1)
            {
                mentions.RemoveAt(i + 1);
            }

            mentions[i] = mention with
            {
                Span = new TextSpan(mention.Span.Start, document.Tokens[comma + 1].Span.End),
                TokenCount = comma + 2 - mention.FirstToken,
                Kind = EntityKind.Organization,
                Name = null,
            };
        }
    }

    // The end of the "Sp. z o.o." that closes or follows a name of two words or more, however it was tokenised, or 0.
    private static int PolishLimitedFormEnd(KnowledgeDocument document, Mention mention)
    {
        if (mention is not { Form: MentionForm.Name, TokenCount: >= 2 } || mention.Kind == EntityKind.Location)
        {
            return 0;
        }

        // The recogniser keeps "Sp" or "Sp." in the name or leaves it out.
        var written = document.Text.AsSpan(mention.Span.Start, mention.Span.Length);
        var start = written.EndsWith(" Sp.", StringComparison.Ordinal) ? mention.Span.End - 3
            : written.EndsWith(" Sp", StringComparison.Ordinal) ? mention.Span.End - 2
            : mention.Span.End + 1;
        var form = start < document.Text.Length ? PolishLimitedForm().Match(document.Text, start) : null;
        if (form is not { Success: true })
        {
            return 0;
        }

        var end = form.Index + form.Length;
        var t = mention.EndToken;
        while (t < document.Tokens.Count && document.Tokens[t].Span.End <= end)
        {
            t++;
        }

        // Within the sentence: a splitter that ends one at "Sp." leaves the name as read.
        return t > mention.EndToken && document.Tokens[t - 1].Span.End == end && document.SentenceOf(t - 1) == document.SentenceOf(mention.FirstToken) ? t : 0;
    }

    // A name right before "S.C.", with no comma between: a company's, whatever it was read as (a senior counsel's letters
    // follow a comma).
    private static bool IsBeforeShareCompanyLetters(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: not EntityKind.Location, Form: MentionForm.Name, TokenCount: >= 2 }
        && mention.EndToken < document.Tokens.Count
        && document.TokenText(mention.EndToken) == "S.C."
        && document.Tokens[mention.EndToken].Span.Start == mention.Span.End + 1;

    /// <summary>
    /// Gives a name the words before it that its acronym in parentheses has the initials of: "the Greater Cebu Water
    /// District (GCWD)" read as "Cebu Water District".
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void ExtendToItsAcronym(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var open = mention.EndToken;
            if (mention.Kind == EntityKind.Person
                || mention.Form != MentionForm.Name
                || open + 2 >= document.Tokens.Count
                || document.TokenText(open) != "("
                || document.TokenText(open + 2) != ")")
            {
                continue;
            }

            var acronym = document.TokenText(open + 1);
            var initials = string.Concat(Enumerable.Range(mention.FirstToken, mention.TokenCount)
                .Select(document.TokenText)
                .Where(EntityTypeRefiner.IsCapitalized)
                .Select(w => w[0]));
            var missing = acronym.Length - initials.Length;
            if (missing is < 1 or > 2 || !acronym.All(char.IsAsciiLetterUpper) || !acronym.EndsWith(initials, StringComparison.Ordinal))
            {
                continue;
            }

            var first = mention.FirstToken - missing;
            var sentence = document.Sentences[document.SentenceOf(mention.FirstToken)];
            if (first < sentence.FirstToken
                || (i > 0 && mentions[i - 1].EndToken > first)
                || !Enumerable.Range(first, missing).All(t => document.TokenText(t) is { Length: > 1 } w && w.All(char.IsLetter) && w[0] == acronym[t - first] && char.IsLower(w[1]))
                || Enumerable.Range(first, missing).Any(t => EntityTypeRefiner.IsTitleOrDate(document.TokenText(t))))
            {
                continue;
            }

            mentions[i] = mention with
            {
                Span = new TextSpan(document.Tokens[first].Span.Start, mention.Span.End),
                FirstToken = first,
                TokenCount = mention.TokenCount + missing,
                Name = null,
            };
        }
    }

    /// <summary>
    /// Reads a name before "City" and a city's office or people as the city: "a Mandaue City councillor" read as the body
    /// "Mandaue", "Mandaue City Councillor Lorenzo Abellanosa" with "Mandaue City" as his party.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void CityBeforeItsOffice(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Form != MentionForm.Name || mention.Kind == EntityKind.Person)
            {
                continue;
            }

            var city = mention.EndToken;
            var end = city + 1;
            if (document.TokenText(mention.EndToken - 1) == "City")
            {
                (city, end) = (mention.EndToken - 1, mention.EndToken);
            }
            else if (city >= document.Tokens.Count || document.TokenText(city) != "City" || (i + 1 < mentions.Count && mentions[i + 1].FirstToken <= city))
            {
                continue;
            }

            // "City" read alone: the capitalised word before it is the city's name.
            var first = mention.FirstToken;
            if (city == first && first > 0 && document.TokenText(first - 1) is { Length: > 1 } word && word.All(char.IsLetter)
                && EntityTypeRefiner.IsCapitalized(word) && word is not ("The" or "A" or "An") && !EntityTypeRefiner.IsTitleOrDate(word)
                && (i == 0 || mentions[i - 1].EndToken < first))
            {
                first--;
            }

            if (end >= document.Tokens.Count || city == first || !CivicWords.Contains(document.TokenText(end)))
            {
                continue;
            }

            mentions[i] = mention with
            {
                Span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[city].Span.End),
                FirstToken = first,
                TokenCount = end - first,
                Kind = EntityKind.Location,
                Name = null,
            };
        }
    }

    /// <summary>
    /// Reads a place's name and a capitalised "Government" or chamber's head after it as the government's or the
    /// chamber's name: "the Oyo State Government", "OYO STATE GOVERNMENT" in a letterhead, "the Ayeyarwady Region
    /// Hluttaw", which the recogniser reads as the place alone (or as a body's name without its last word), the head
    /// perhaps as a name of its own.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void PlaceBeforeGovernment(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var next = mention.EndToken;
            if (mention.Form != MentionForm.Name || mention.Kind is not (EntityKind.Location or EntityKind.Organization) || next >= document.Tokens.Count
                || !(document.TokenText(next) is "Government" or "GOVERNMENT" || (mention.Kind == EntityKind.Location && Legislatures.IsChamber(document.TokenText(next))))
                || (i + 1 < mentions.Count && mentions[i + 1].FirstToken <= next && mentions[i + 1].TokenCount > 1))
            {
                continue;
            }

            if (i + 1 < mentions.Count && mentions[i + 1].FirstToken == next)
            {
                mentions.RemoveAt(i + 1);
            }

            mentions[i] = Widened(document, mention, mention.FirstToken, next + 1) with { Kind = EntityKind.Organization };
        }
    }

    /// <summary>
    /// Reads a bishop's name the way news writes it, with his title and his see: "Metropolitan Nektarios of Lefkada and
    /// Ithaca blessed the fleet" (the recogniser reads the whole as a body's name) names the person "Metropolitan
    /// Nektarios"; in "the Metropolitan of Lefkada and Ithaca, Nektarios, led a service" the name set in commas after
    /// the title and the see is his (read as a place's), and the title with its see is a description, no name; so is the
    /// title alone ("the Metropolitan said").
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void ClericsNames(KnowledgeDocument document, List<Mention> mentions)
    {
        var descriptions = new HashSet<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Form != MentionForm.Name)
            {
                continue;
            }

            // The title inside the name or right before it ("Nektarios of Lefkada" after "Metropolitan").
            var first = mention.FirstToken;
            var title = IsClericsTitle(document.TokenText(first)) ? first : first > 0 && IsClericsTitle(document.TokenText(first - 1)) ? first - 1 : -1;
            if (title >= 0 && mention.EndToken > title + 2 && document.TokenText(title + 2) == "of"
                && EntityTypeRefiner.IsCapitalized(document.TokenText(title + 1)))
            {
                mentions[i] = Widened(document, mention, first, title + 2) with { Kind = EntityKind.Person };
            }
            else if (mention.TokenCount == 1 && IsClericsTitle(document.TokenText(first)))
            {
                descriptions.Add(i);
            }
            else if (mention.TokenCount == 1 && first >= 4 && document.TokenText(first - 1) == ","
                && mention.EndToken < document.Tokens.Count && document.TokenText(mention.EndToken) is "," or "."
                && SeeBefore(document, first - 1) is >= 0 and var see)
            {
                mentions[i] = mention with { Kind = EntityKind.Person };
                descriptions.UnionWith(Enumerable.Range(0, i).Where(j => mentions[j].FirstToken >= see && mentions[j].EndToken < first));
            }
        }

        RemoveReplaced(mentions, descriptions);
    }

    // The title's token when the words before a comma are a bishop's title and his see ("the Metropolitan of Lefkada and
    // Ithaca"), or -1.
    private static int SeeBefore(KnowledgeDocument document, int comma)
    {
        var sentence = document.Sentences[document.SentenceOf(comma)].FirstToken;
        for (var t = comma - 1; t >= sentence && t > comma - 8; t--)
        {
            var word = document.TokenText(t);
            if (IsClericsTitle(word))
            {
                return t + 1 < comma && document.TokenText(t + 1) == "of" ? t : -1;
            }

            if (!(word is "of" or "and" || EntityTypeRefiner.IsCapitalized(word)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsClericsTitle(string word) => word is "Metropolitan" or "Archbishop" or "Bishop" or "Patriarch";

    /// <summary>
    /// Gives the municipality named after its place its own name: "The Municipality of Lefkada on Friday filed a
    /// lawsuit", which the recogniser reads as the place alone. The council that sues, hires and pays is a body.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void MunicipalityOfPlace(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var of = mention.FirstToken - 1;
            if (mention.Form != MentionForm.Name || mention.Kind != EntityKind.Location || of < 1
                || document.TokenText(of) != "of" || document.TokenText(of - 1) is not ("Municipality" or "MUNICIPALITY")
                || document.SentenceOf(of - 1) != document.SentenceOf(mention.FirstToken)
                || (i > 0 && mentions[i - 1].EndToken > of - 1))
            {
                continue;
            }

            mentions[i] = Widened(document, mention, of - 1, mention.EndToken) with { Kind = EntityKind.Organization };
        }
    }

    /// <summary>Widens a name over the one or two capitalised words after it when the article uses the whole as one name elsewhere.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void ExtendToWholeNames(KnowledgeDocument document, List<Mention> mentions)
    {
        // "the Map Ta Phut industrial estate" read as "Map Ta" in a story whose dateline is "MAP TA PHUT".
        Dictionary<string, EntityKind>? whole = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            for (var extra = 1; extra <= 2; extra++)
            {
                var end = mention.EndToken + extra;
                if (end > document.Tokens.Count || document.SentenceOf(end - 1) != document.SentenceOf(mention.FirstToken)
                    || !IsCapitalizedInside(document, end - 1)
                    || (i + 1 < mentions.Count && mentions[i + 1].FirstToken < end))
                {
                    break;
                }

                if ((whole ??= WholeNames(document, mentions)).TryGetValue(document.Text[mention.Span.Start..document.Tokens[end - 1].Span.End], out var kind))
                {
                    mentions[i] = Widened(document, mention, mention.FirstToken, end) with { Kind = kind };
                    break;
                }
            }
        }
    }

    /// <summary>Widens a body's name over the one or two capitalised words after it that end in a body's or a company's head.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void ExtendOverTrailingHead(KnowledgeDocument document, List<Mention> mentions)
    {
        // "the Khlong Pla Kot Small-Scale Fishers Group" read as "Khlong Pla Kot Small-Scale": the recogniser stopped after
        // the hyphenated word, before the group's own words.
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention is not { Kind: EntityKind.Organization, Form: MentionForm.Name })
            {
                continue;
            }

            for (var extra = 1; extra <= 2; extra++)
            {
                var end = mention.EndToken + extra;
                if (end > document.Tokens.Count || document.SentenceOf(end - 1) != document.SentenceOf(mention.FirstToken)
                    || !IsCapitalizedInside(document, end - 1) || (i + 1 < mentions.Count && mentions[i + 1].FirstToken < end))
                {
                    break;
                }

                var head = document.TokenText(end - 1);
                if (InstitutionWords.IsBodyHead(head) || InstitutionWords.IsCompanyHead(head))
                {
                    mentions[i] = Widened(document, mention, mention.FirstToken, end);
                    break;
                }
            }
        }
    }

    /// <summary>Joins two adjacent names into one when the article uses them together as one name elsewhere.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinSplit(KnowledgeDocument document, List<Mention> mentions)
    {
        // "told Sky News" read as "Sky" and "News": two names with one space between them are one name when the
        // article uses the two together as one name elsewhere; the whole name's kind is the one it has there.
        Dictionary<string, EntityKind>? whole = null;
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var (first, second) = (mentions[i], mentions[i + 1]);

            // "Van der Berg" read as "Van" and "Berg", "Tomas van der Berg" as "Tomas" and "Berg", "Pieter van Wyk" as
            // "Pieter" and "van Wyk": the particles belong to one person's surname.
            EntityKind? joined = JoinsOverParticles(document, first, second) || JoinsParticledSurname(document, first, second) || JoinsAfterMemberTitle(document, first, second)
                ? EntityKind.Person
                : JoinsPlaceOverParticle(document, first, second) ? EntityKind.Location : null;
            if (joined is null
                && second.FirstToken == first.EndToken
                && document.SentenceOf(second.FirstToken) == document.SentenceOf(first.FirstToken)
                && second.Span.Start == first.Span.End + 1
                && document.Text[first.Span.End] == ' ')
            {
                // "Adriatic Maritime" and "Lines", "Adriatic" and "Maritime Lines": a company's name read in two pieces.
                // "All India" (a place to the fast recogniser) and "Kirana Traders Federation": a body's name read in two
                // pieces, the second of several words ending in its head.
                var bodyInTwo = second.TokenCount is > 1 and <= 4 && InstitutionWords.IsBodyHead(document.TokenText(second.EndToken - 1));
                // Not a country before a national body ("United States" and "National Security Council"), which the
                // article's other mentions name without it.
                if ((first.Kind is EntityKind.Organization or EntityKind.Other
                        || (bodyInTwo && first.Kind == EntityKind.Location && !CountryNames.IsCountryOrState(document.Slice(first.Span))))
                    && second.Kind == EntityKind.Organization
                    && ((second.TokenCount <= 2 && InstitutionWords.IsCompanyHead(document.TokenText(second.EndToken - 1))) || bodyInTwo)
                    && !Demonyms.TryGetPlace(document.Slice(first.Span), out _))
                {
                    joined = EntityKind.Organization;
                }
                else if ((whole ??= WholeNames(document, mentions)).TryGetValue(document.Text[first.Span.Start..second.Span.End], out var kind))
                {
                    joined = kind;
                }
            }

            if (joined is { } joinedKind)
            {
                mentions[i] = first with
                {
                    Span = new TextSpan(first.Span.Start, second.Span.End),
                    TokenCount = second.EndToken - first.FirstToken,
                    Kind = joinedKind,
                    Confidence = Math.Min(first.Confidence, second.Confidence),
                    Name = null,
                };
                mentions.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>Extends an organisation's name over the capitalised word the recogniser left before it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void ExtendOverCapitalizedWord(KnowledgeDocument document, List<Mention> mentions)
    {
        // "charged by the Serious Fraud Office" read as "Fraud Office", "said that Harbourline Civil had won" as "Civil":
        // inside a sentence in running text (a lower-case word before it), a capitalised word right before a body's name
        // is the name's first word. Not an article ("told The Onion", whose names keep their own "The"), a title, a day or a month ("Monday Calder Motors"), a nationality ("the Welsh
        // NHS" names the NHS), nor a word another mention holds.
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var word = mention.FirstToken - 1;
            if (mention.Kind != EntityKind.Organization
                || mention.Form != MentionForm.Name
                || word - 1 < document.Sentences[document.SentenceOf(mention.FirstToken)].FirstToken
                || document.Tokens[word].Span.End + 1 != mention.Span.Start
                || !IsLowerCaseWord(document.TokenText(word - 1))
                || !document.TokenText(word).All(char.IsLetter)
                || !EntityTypeRefiner.IsCapitalized(document.TokenText(word))
                || document.TokenText(word) is "The" or "A" or "An"
                || EntityTypeRefiner.IsTitleOrDate(document.TokenText(word))
                || Demonyms.TryGetPlace(document.TokenText(word), out _)
                || (i > 0 && mentions[i - 1].EndToken > word))
            {
                continue;
            }

            mentions[i] = mention with
            {
                Span = new TextSpan(document.Tokens[word].Span.Start, mention.Span.End),
                FirstToken = word,
                TokenCount = mention.TokenCount + 1,
                Name = null,
            };
        }
    }

    /// <summary>Makes one person of an Arabic name that the recogniser cut at "bin" or "bint" or at its family name's "al-".</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinArabicPatronymics(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Zainab bint Hilal al-Mamari" read as a place "Zainab" and a person "bint Hilal al-Mamari", "Saif bin Humaid
        // al-Araimi" as "Saif bin Humaid": a given name, each "bin" or "bint" with the father's (or grandfather's) name
        // after it, and the family name with its "al-" (or "Al") are one person's name.
        for (var t = 1; t + 1 < document.Tokens.Count; t++)
        {
            if (!IsPatronymicWord(Word(document, t))
                || !IsNameWord(document, t - 1)
                || !IsNameWord(document, t + 1)
                || document.SentenceOf(t - 1) != document.SentenceOf(t + 1))
            {
                continue;
            }

            // The given name is the word before "bin", or the whole of a person's name that ends there ("Abdul Aziz").
            var before = mentions.FindLast(m => m.EndToken == t);
            var first = before is { Kind: EntityKind.Person, TokenCount: <= 3 } ? before.FirstToken : t - 1;
            var end = t + 2;
            while (end + 1 < document.Tokens.Count && IsPatronymicWord(Word(document, end)) && IsNameWord(document, end + 1)
                && document.SentenceOf(end + 1) == document.SentenceOf(t))
            {
                end += 2;
            }

            end = FamilyNameEnd(document, end);

            // The joined name replaces every mention inside it; a mention running past it ("Bin Laden Group") leaves it alone.
            if (mentions.Any(m => m.FirstToken < end && m.EndToken > first && (m.FirstToken < first || m.EndToken > end)))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, first, end, EntityKind.Person, "entity-typing/1:arabic-name");
            t = end - 1;
        }

        // "Sayyid Mazin al-Busaidi" read as "Mazin" and "Busaidi": a given name and the family name with its "al-" after it
        // are one person's name, where either was read as a person's and no other name holds the given name.
        for (var t = 1; t + 2 < document.Tokens.Count; t++)
        {
            if (Word(document, t) is not ("al" or "el") || FamilyNameEnd(document, t) is var end && end == t
                || !IsNameWord(document, t - 1) || document.SentenceOf(t - 1) != document.SentenceOf(t)
                || document.Tokens[t].Span.Start != document.Tokens[t - 1].Span.End + 1
                || !mentions.Any(m => m.Kind == EntityKind.Person && (m.EndToken == t || (m.FirstToken >= t && m.EndToken <= end))))
            {
                continue;
            }

            var before = mentions.FindLast(m => m.EndToken == t);
            var first = before is { Kind: EntityKind.Person, TokenCount: <= 2 } ? before.FirstToken : t - 1;
            if (before is { Kind: not EntityKind.Person } || mentions.Any(m => m.FirstToken < end && m.EndToken > first && (m.FirstToken < first || m.EndToken > end)))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, first, end, EntityKind.Person, "entity-typing/1:arabic-name");
            t = end - 1;
        }

        // "known to many listeners simply as Umm Ahmed" read as "Ahmed": a kunya ("father of", "mother of") is the name
        // with its first word.
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var kunya = mention.FirstToken - 1;
            if (mention.Kind == EntityKind.Person && mention.TokenCount <= 2 && kunya >= 0 && document.TokenText(kunya) is "Abu" or "Umm"
                && document.SentenceOf(kunya) == document.SentenceOf(mention.FirstToken)
                && document.Tokens[kunya].Span.End + 1 == mention.Span.Start
                && (i == 0 || mentions[i - 1].EndToken <= kunya))
            {
                mentions[i] = Widened(document, mention, kunya, mention.EndToken);
            }
        }
    }

    /// <summary>Makes one place of an Arabic place name with "al-" that the recogniser cut ("Ras al-Hadd", "Wadi al-Hitti").</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinArabicPlaceNames(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Ras al-Hadd" read as a place "Ras", a person "Ras al-Hadd" or a body "Hadd", and "the Ras Al Hadd Fishermen
        // Association" as a place "Ras Al" and a body "Hadd Fishermen Association": a landform's head ("Ras" is a cape,
        // "Wadi" a valley) and the name with its article after it are one place, and a body's name that starts inside
        // it starts with it.
        for (var t = 0; t + 2 < document.Tokens.Count; t++)
        {
            if (Word(document, t) is not ("Ras" or "RAS" or "Wadi" or "WADI" or "Jebel" or "Jabal" or "Khor")
                || FamilyNameEnd(document, t + 1) is var end && end == t + 1)
            {
                continue;
            }

            var body = mentions.Find(m => m.Kind == EntityKind.Organization && m.FirstToken > t && m.FirstToken < end && m.EndToken > end);
            if (body is not null && !mentions.Any(m => m.FirstToken < t && m.EndToken > t))
            {
                mentions.RemoveAll(m => m.FirstToken >= t && m.EndToken <= body.FirstToken);
                mentions[mentions.IndexOf(body)] = Widened(document, body, t, body.EndToken);
                continue;
            }

            // "the Ras al-Hadd Fishermen's Association" read as the place alone: the capitalised words after the place up
            // to a body's head are the body's name, which the place opens.
            var kind = EntityKind.Location;
            if (BodyAfterPlaceEnd(document, end) is var bodyEnd && bodyEnd > end)
            {
                (kind, end) = (EntityKind.Organization, bodyEnd);
            }

            if (mentions.Any(m => m.FirstToken < end && m.EndToken > t && (m.FirstToken < t || m.EndToken > end)))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, t, end, kind, "entity-typing/1:arabic-place");
            t = end - 1;
        }
    }

    // The end of a body's name that runs on from a place's over capitalised words (and a possessive "'s") to a body's
    // head ("Fishermen's Association"), or the place's end when none does.
    private static int BodyAfterPlaceEnd(KnowledgeDocument document, int end)
    {
        for (var k = end; k < end + 5 && k < document.Tokens.Count && document.SentenceOf(k) == document.SentenceOf(end - 1); k++)
        {
            var word = document.TokenText(k);
            if (IsPossessedBodyHead(word))
            {
                return k + 1;
            }

            if (!(word is "'s" or "’s" && document.Tokens[k].Span.Start == document.Tokens[k - 1].Span.End)
                && !(EntityTypeRefiner.IsCapitalized(word) && word.All(char.IsLetter)))
            {
                break;
            }
        }

        return end;
    }

    // The end of an Arabic family name that starts at a token, if one does: "al-Araimi" (three tokens, no spaces),
    // "Al-Araimi", "Al Araimi"; otherwise the token itself.
    private static int FamilyNameEnd(KnowledgeDocument document, int t)
    {
        if (t + 2 < document.Tokens.Count && document.TokenText(t) is "al" or "Al" or "el" or "El" or "AL"
            && document.TokenText(t + 1) == "-"
            && document.Tokens[t + 1].Span.Start == document.Tokens[t].Span.End
            && document.Tokens[t + 2].Span.Start == document.Tokens[t + 1].Span.End
            && IsNameWord(document, t + 2))
        {
            return t + 3;
        }

        return t + 1 < document.Tokens.Count && document.TokenText(t) is "Al" or "AL" && IsNameWord(document, t + 1)
            && document.SentenceOf(t + 1) == document.SentenceOf(t) ? t + 2 : t;
    }

    private static bool IsPatronymicWord(ReadOnlySpan<char> word) => word is "bin" or "bint" or "ibn" or "BIN" or "BINT";

    // A token's characters, without the string a token's text costs: for the checks run on every token.
    private static ReadOnlySpan<char> Word(KnowledgeDocument document, int token) =>
        document.Text.AsSpan(document.Tokens[token].Span.Start, document.Tokens[token].Span.End - document.Tokens[token].Span.Start);

    // A capitalised word of letters that is no title of address ("Eng. Tariq bin Hamood": the name starts at "Tariq").
    private static bool IsNameWord(KnowledgeDocument document, int token)
    {
        var word = document.TokenText(token);
        return EntityTypeRefiner.IsCapitalized(word) && word.All(char.IsLetter) && !Honorifics.Contains(word)
            && !EntityTypeRefiner.IsTitleOrDate(word);
    }

    /// <summary>Extends a person's name written in capitals over the surname the recogniser left after it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void ExtendOverShoutedSurname(KnowledgeDocument document, List<Mention> mentions)
    {
        // Press releases write names in capitals ("the village head, H. JAFAR SOWOHI,"), and the recogniser, which reads
        // capitals as it reads a headline, may stop a word short. A word in capitals right after a name in capitals that
        // closes it before a comma or a full stop is its last word; a function word ("AND") is not.
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var word = mention.EndToken;
            if (mention.Kind != EntityKind.Person
                || mention.Form != MentionForm.Name
                || word + 1 >= document.Tokens.Count
                || document.SentenceOf(word) != document.SentenceOf(mention.FirstToken)
                || document.Tokens[word].Span.Start != document.Tokens[word - 1].Span.End + 1
                || !IsShouted(document.TokenText(word - 1))
                || !IsShouted(document.TokenText(word))
                || ShoutedFunctionWords.Contains(document.TokenText(word))
                || document.TokenText(word + 1) is not ("," or "." or ";")
                || (i + 1 < mentions.Count && mentions[i + 1].FirstToken <= word))
            {
                continue;
            }

            mentions[i] = Widened(document, mention, mention.FirstToken, word + 1);
        }
    }

    // Capitalised words that open a heading or a sentence before a company's name, not part of it ("About Phu Sa
    // Dredging JSC", "The Phu Sa Dredging Joint Stock Company").
    private static readonly FrozenSet<string> HeadingWords = FrozenSet.ToFrozenSet(
        ["About", "ABOUT", "The", "THE", "A", "An", "At", "In", "On", "For", "From", "By", "With", "And", "Of", "To", "Contact", "CONTACT"],
        StringComparer.Ordinal);

    // Fields a ministry's or a department's name closes with after "and" ("Environment", "Coastal Affairs", "Natural
    // Resources").
    private static readonly FrozenSet<string> Fields = FrozenSet.ToFrozenSet(
        [
            "Affairs", "Resources", "Development", "Planning", "Investment", "Technology", "Science", "Welfare", "Services",
            "Communications", "Information", "Forestry", "Security", "Works", "Sport", "Sports", "Youth", "Heritage", "Arts",
            "Innovation", "Climate", "Environment", "Training", "Research",
        ],
        StringComparer.Ordinal);

    private static bool IsField(string word) => Fields.Contains(word) || EntityTypeRefiner.IsPortfolioWord(word);

    // A body's name of the shape "head of name" ("Department of Natural Resources", "Trà Vinh Department of …").
    private static bool OpensWithBodyOf(KnowledgeDocument document, Mention mention)
    {
        for (var t = mention.FirstToken + 1; t + 1 < mention.EndToken; t++)
        {
            if (document.TokenText(t) == "of")
            {
                return InstitutionWords.IsInstitutionHead(document.TokenText(t - 1));
            }
        }

        return false;
    }

    /// <summary>The extractor of a Vietnamese body's name made whole, which coreference reads its glosses by.</summary>
    internal const string VietnameseBody = "entity-typing/1:vietnamese-body";

    private static readonly FrozenSet<string> ShoutedFunctionWords = FrozenSet.ToFrozenSet(
        ["AND", "OR", "OF", "THE", "IN", "ON", "AT", "TO", "FOR", "BY", "WITH", "FROM", "AS", "IS", "WAS", "SAID", "SAYS"], StringComparer.Ordinal);

    // A word of two letters or more, all of them capitals.
    private static bool IsShouted(string token) => token.Length > 1 && token.All(c => char.IsLetter(c) && char.IsUpper(c));

    /// <summary>Joins a body's name over the "and" (or the Indonesian "dan", the French "pour") that the recogniser cut it at.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinOverConjunction(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            // A body's name the fast recogniser reads as miscellaneous ("Environment Authority") is joined below too.
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Organization or EntityKind.Other) || mention.Form != MentionForm.Name)
            {
                continue;
            }

            // "Lembaga Advokasi Pesisir" and "Tambang": "dan" is no English word, so capitalised words on both sides of it
            // are one name.
            var dan = mention.EndToken;
            if (mention.Kind == EntityKind.Organization && dan + 1 < document.Tokens.Count && document.TokenText(dan) == "dan" && IsCapitalizedInside(document, dan + 1))
            {
                var end = dan + 1;
                while (end < document.Tokens.Count && IsCapitalizedInside(document, end) && document.SentenceOf(end) == document.SentenceOf(dan))
                {
                    end++;
                }

                var inside = mentions.FindIndex(i + 1, m => m.FirstToken >= end);
                var removed = (inside < 0 ? mentions.Count : inside) - (i + 1);
                if (mentions.Skip(i + 1).Take(removed).All(m => m.EndToken <= end))
                {
                    mentions.RemoveRange(i + 1, removed);
                    mentions[i] = Widened(document, mention, mention.FirstToken, end);
                }

                continue;
            }

            // "Alliance" and "la Renaissance Citoyenne" of "Alliance pour la Renaissance Citoyenne": a French, Spanish,
            // German or Dutch body's "for", and the article after it, join the names on both sides into one.
            if (mention.Kind == EntityKind.Organization && i + 1 < mentions.Count && mentions[i + 1] is { Form: MentionForm.Name } rest
                && dan + 1 < document.Tokens.Count && document.TokenText(dan) is "pour" or "para" or "por" or "für" or "voor"
                && (rest.FirstToken == dan + 1 || (rest.FirstToken == dan + 2 && NameParticles.Contains(document.TokenText(dan + 1))))
                && document.SentenceOf(rest.EndToken - 1) == document.SentenceOf(dan))
            {
                mentions.RemoveAt(i + 1);
                mentions[i] = Widened(document, mention, mention.FirstToken, rest.EndToken);
                continue;
            }

            // "the Tracuazal Residents' and Fishers' Association" read as "Tracuazal Residents" and "Fishers' Association":
            // the members a body is named for, each with a plural's possessive, are one name with it.
            if (mention.Kind == EntityKind.Organization && i + 1 < mentions.Count && mentions[i + 1] is { Kind: EntityKind.Organization, Form: MentionForm.Name } body
                && body.Span.Start > mention.Span.End && document.Text[mention.Span.End..body.Span.Start] is "' and " or "\u2019 and "
                && document.TokenText(mention.EndToken - 1).EndsWith('s') && PossessedHeadEnd(document, body) is > 0 and var bodyEnd
                && document.SentenceOf(bodyEnd - 1) == document.SentenceOf(dan))
            {
                mentions.RemoveAt(i + 1);
                mentions[i] = Widened(document, mention, mention.FirstToken, bodyEnd);
                continue;
            }

            // "the Amhara Regional Environment and Forest Bureau" read as "Amhara Regional Environment" and "Forest Bureau":
            // a field's word before "and", and a body's head at most three words after it, are one body's name.
            if (IsField(document.TokenText(mention.EndToken - 1)) && document.TokenText(dan) == "and" && i + 1 < mentions.Count
                && mentions[i + 1] is { Form: MentionForm.Name, TokenCount: <= 3 } head && head.FirstToken == dan + 1 && head.Kind != EntityKind.Location
                && document.TokenText(head.EndToken - 1) is var last
                && (IsPossessedBodyHead(last) || PossessedHeads.Contains(last) || last is "Authority" or "Directorate" or "Administration"))
            {
                mentions.RemoveAt(i + 1);
                mentions[i] = Widened(document, mention, mention.FirstToken, head.EndToken) with { Kind = EntityKind.Organization };
                continue;
            }

            // "the Trà Vinh Department of Natural Resources and Environment" read without "and Environment", "the Ministry
            // of Environment and Coastal Affairs" as two: a body's "of" name goes on over "and" and one or two capitalised
            // words up to the clause's next word or mark, when no other name holds them or the one that does is a field's
            // ("Environment", "Coastal Affairs"; "the Department of Justice and Google" names two).
            if (mention.Kind == EntityKind.Organization && OpensWithBodyOf(document, mention) && dan + 1 < document.Tokens.Count
                && document.TokenText(dan) == "and" && IsCapitalizedInside(document, dan + 1))
            {
                var next = i + 1 < mentions.Count && mentions[i + 1].FirstToken <= dan + 2 ? mentions[i + 1] : null;
                var end = next is not null ? next.EndToken : dan + 2 < document.Tokens.Count && IsCapitalizedInside(document, dan + 2) ? dan + 3 : dan + 2;
                if ((next is null || (next.FirstToken == dan + 1 && next.TokenCount <= 2
                        && (next.Kind is EntityKind.Other or EntityKind.Location || IsField(document.TokenText(next.EndToken - 1)))))
                    && (end >= document.Tokens.Count || !IsCapitalizedInside(document, end)))
                {
                    if (next is not null)
                    {
                        mentions.RemoveAt(i + 1);
                    }

                    mentions[i] = Widened(document, mention, mention.FirstToken, end);
                    continue;
                }
            }

            // "the Ternate-based Coastal and Mining Advocacy Institute" read as "Mining Advocacy Institute", "the Coastal
            // and Marine Environment Authority" as "Marine Environment Authority": a capitalised word that no other name
            // holds, or that is read as a name alone, between "the" (or a "-based" word) and "and", opens the body's name.
            // The fast recogniser may leave a word between "and" and the head's out too ("Coastal", "and Marine",
            // "Environment Authority").
            var opens = mention.FirstToken;
            while (opens - 1 > 0 && mention.FirstToken - opens < 2 && IsCapitalizedInside(document, opens - 1)
                && (i == 0 || mentions[i - 1].EndToken < opens))
            {
                opens--;
            }

            var word = opens - 2;
            if (word >= 1 && document.TokenText(word + 1) == "and"
                && (InstitutionWords.IsBodyHead(document.TokenText(mention.EndToken - 1)) || InstitutionWords.IsNeverPlaceHead(document.TokenText(mention.EndToken - 1)))
                && IsCapitalizedInside(document, word)
                && (document.TokenText(word - 1) is "the" or "The" || document.TokenText(word - 1).EndsWith("based", StringComparison.Ordinal))
                && (i == 0 || mentions[i - 1].EndToken <= word || (mentions[i - 1].FirstToken == word && mentions[i - 1].TokenCount == 1)))
            {
                // A word read as a name of its own ("Bids" of the "Bids and Awards Committee") goes into the body's.
                mentions[i] = Widened(document, mention, word, mention.EndToken) with { Kind = EntityKind.Organization };
                if (i > 0 && mentions[i - 1].FirstToken == word)
                {
                    mentions.RemoveAt(i - 1);
                }
            }
        }
    }

    /// <summary>
    /// Gives a body named for the people it brings together the whole list of them: "the Association of Lake Tana Fishers,
    /// Boat Operators and Shoreline Communities", read as "Association of Lake Tana Fishers", or cut at "Lake".
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinListedMembers(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.Kind != EntityKind.Organization || mention.Form != MentionForm.Name || !OpensWithBodyOf(document, mention))
            {
                continue;
            }

            // Each member is a run of at most three capitalised words ending in a plural; the list closes with "and" (or
            // ", and"), so that "the University of Oxford, Cambridge and Durham" and a list that goes on in lower case
            // are left as read.
            var end = CapitalizedRunEnd(document, mention.EndToken);
            var closed = false;
            while (!closed && IsMemberPlural(document.TokenText(end - 1)) && end + 1 < document.Tokens.Count && document.TokenText(end) is "," or "and")
            {
                closed = document.TokenText(end) == "and" || document.TokenText(end + 1) == "and";
                var first = document.TokenText(end) == "," && document.TokenText(end + 1) == "and" ? end + 2 : end + 1;
                var runEnd = first < document.Tokens.Count && IsCapitalizedInside(document, first) ? CapitalizedRunEnd(document, first) : first;
                if (runEnd == first || runEnd - first > 3 || !IsMemberPlural(document.TokenText(runEnd - 1)))
                {
                    closed = false;
                    break;
                }

                end = runEnd;
            }

            if (!closed)
            {
                continue;
            }

            var removed = 0;
            while (i + 1 + removed < mentions.Count && mentions[i + 1 + removed].FirstToken < end)
            {
                removed++;
            }

            if (mentions.Skip(i + 1).Take(removed).Any(m => m.EndToken > end))
            {
                continue;
            }

            mentions.RemoveRange(i + 1, removed);
            mentions[i] = Widened(document, mention, mention.FirstToken, end);
        }
    }

    // The token after the capitalised words of one sentence that start at a token.
    private static int CapitalizedRunEnd(KnowledgeDocument document, int token)
    {
        var end = token;
        while (end < document.Tokens.Count && IsCapitalizedInside(document, end) && document.SentenceOf(end) == document.SentenceOf(token))
        {
            end++;
        }

        return end;
    }

    private static bool IsMemberPlural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    // The end of a body's name that ends in its head ("Fishers' Association") or runs on from a plural's possessive to it
    // ("Fishers", then "' Association"), or 0.
    private static int PossessedHeadEnd(KnowledgeDocument document, Mention body)
    {
        if (InstitutionWords.IsBodyHead(document.TokenText(body.EndToken - 1)))
        {
            return body.EndToken;
        }

        var end = body.EndToken;
        return end + 1 < document.Tokens.Count && document.TokenText(end) is "'" or "\u2019" && InstitutionWords.IsBodyHead(document.TokenText(end + 1)) ? end + 2 : 0;
    }

    /// <summary>
    /// Joins a Turkish company's name over the "ve" (and) the recogniser cut it at ("Derinsu Kimya Sanayi" and "Ticaret
    /// A.Ş."), gives a Turkish place's or body's head the words of the name before it that the recogniser left out
    /// ("Körfezi" of "İzmit Körfezi"), and makes a body of a Turkish body's translation in parentheses.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinTurkishNames(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            var last = document.TokenText(mention.EndToken - 1);
            var first = mention.FirstToken;
            if (mention.Form != MentionForm.Name)
            {
                continue;
            }

            // The legal form may be left out of the name after "ve" too ("Ticaret" read as a place, then "AS").
            var end = mention.EndToken < document.Tokens.Count && IsTurkishLegalForm(document.TokenText(mention.EndToken))
                && (i + 1 == mentions.Count || mentions[i + 1].FirstToken > mention.EndToken)
                ? mention.EndToken + 1
                : mention.EndToken;
            if ((IsTurkishLegalForm(document.TokenText(end - 1)) || TurkishNames.IsBodyHead(last))
                && i > 0 && first >= 2 && document.TokenText(first - 1) is "ve" or "VE"
                && mentions[i - 1] is { Form: MentionForm.Name } before && before.EndToken == first - 1
                && document.SentenceOf(before.FirstToken) == document.SentenceOf(end - 1))
            {
                mentions[i] = Widened(document, mention, before.FirstToken, end) with { Kind = EntityKind.Organization };
                mentions.RemoveAt(i - 1);
                continue;
            }

            // "Gölcük Belediyesi (Gölcük Municipality)", "Kocaeli Valiliği (Kocaeli Governor's Office)": the translation of
            // a Turkish body's name in parentheses is the body, whatever the recogniser read it as.
            if (mention.Kind is EntityKind.Location or EntityKind.Person && i > 0 && first >= 2 && document.TokenText(first - 1) == "("
                && mentions[i - 1] is { Form: MentionForm.Name } body && body.EndToken == first - 1
                && TurkishNames.IsBodyHead(document.TokenText(body.EndToken - 1)))
            {
                mentions[i] = mention with { Kind = EntityKind.Organization };
                continue;
            }

            var place = TurkishNames.IsPlaceHead(document.TokenText(first));
            if (!place && !TurkishNames.IsBodyHead(document.TokenText(first)))
            {
                continue;
            }

            // "into İzmit Körfezi" read as "Körfezi" (beside "İzmit" or alone): the name of up to three capitalised words
            // right before the head, read as a name of its own or free, is part of the head's.
            var leading = i > 0 && mentions[i - 1].EndToken == first ? mentions[i - 1] : null;
            var start = first;
            if (leading is not null)
            {
                start = leading.TokenCount <= 3 && Enumerable.Range(leading.FirstToken, leading.TokenCount).All(t => IsCapitalizedInside(document, t))
                    ? leading.FirstToken
                    : first;
            }
            else
            {
                while (start > 0 && first - start < 3 && IsCapitalizedInside(document, start - 1) && (i == 0 || mentions[i - 1].EndToken <= start - 1))
                {
                    start--;
                }
            }

            if (start == first)
            {
                continue;
            }

            mentions[i] = Widened(document, mention, start, mention.EndToken) with { Kind = place ? EntityKind.Location : EntityKind.Organization };
            if (leading is not null)
            {
                mentions.RemoveAt(i - 1);
            }
        }
    }

    /// <summary>
    /// Makes one body of a Vietnamese body's name written untranslated ("Công ty Cổ phần Nạo vét Phù Sa", "HTX Tôm Sú Long
    /// Hòa"), which the recogniser breaks into pieces or leaves: its opener, then the syllables after it up to the first
    /// word that is not one, within its sentence.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinVietnameseNames(KnowledgeDocument document, List<Mention> mentions)
    {
        var count = document.Tokens.Count;
        for (var t = 0; t < count; t++)
        {
            var opener = OpenerLength(document, t);
            if (opener == 0)
            {
                continue;
            }

            var end = t + opener;
            while (end < count && document.SentenceOf(end) == document.SentenceOf(t) && VietnameseNames.IsSyllable(document.TokenText(end)))
            {
                end++;
            }

            // At least one word after the opener, and no more than a name is long.
            if (end == t + opener || end - t > 14)
            {
                continue;
            }

            mentions.RemoveAll(m => m.FirstToken < end && m.EndToken > t);
            var span = new TextSpan(document.Tokens[t].Span.Start, document.Tokens[end - 1].Span.End);
            mentions.Add(new Mention(span, t, end - t, EntityKind.Organization, 0.85, VietnameseBody));
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            t = end - 1;
        }
    }

    /// <summary>
    /// Makes one company of a name and the "Joint Stock Company" or "JSC" after it ("Phu Sa Dredging Joint Stock
    /// Company", "PHU SA DREDGING JSC"), which the recogniser reads as two names or leaves the legal form out of.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinJointStockNames(KnowledgeDocument document, List<Mention> mentions)
    {
        var count = document.Tokens.Count;
        for (var t = 1; t < count; t++)
        {
            var form = JointStockLength(document, t);
            if (form == 0)
            {
                continue;
            }

            // The name: up to six capitalised words before the form, in its sentence, none of them a person's.
            var first = t;
            while (first > 0 && t - first < 6 && document.SentenceOf(first - 1) == document.SentenceOf(t)
                && document.TokenText(first - 1) is { Length: > 0 } word && char.IsUpper(word[0]) && word.All(char.IsLetter)
                && !HeadingWords.Contains(word) && JointStockLength(document, first - 1) == 0)
            {
                first--;
            }

            var end = t + form;
            if (first == t || mentions.Any(m => m.Kind == EntityKind.Person && m.FirstToken < t && m.EndToken > first)
                || mentions.Any(m => m.FirstToken < end && m.EndToken > first && (m.FirstToken < first || m.EndToken > end)))
            {
                t = end - 1;
                continue;
            }

            ReplaceWithOne(document, mentions, first, end, EntityKind.Organization, "entity-typing/1:joint-stock-company");
            t = end - 1;
        }
    }

    // The number of words of a joint-stock company's legal form at a token: 3 for "Joint Stock Company" in any case, 1
    // for "JSC", 0 for none.
    private static int JointStockLength(KnowledgeDocument document, int token)
    {
        if (document.TokenText(token) == "JSC")
        {
            return 1;
        }

        return token + 2 < document.Tokens.Count
            && document.TokenText(token).Equals("Joint", StringComparison.OrdinalIgnoreCase) && char.IsUpper(document.TokenText(token)[0])
            && document.TokenText(token + 1).Equals("Stock", StringComparison.OrdinalIgnoreCase)
            && document.TokenText(token + 2).Equals("Company", StringComparison.OrdinalIgnoreCase)
                ? 3
                : 0;
    }

    /// <summary>
    /// Makes one name of a Vietnamese name the recogniser broke between its syllables ("Hà" and "Nội" of "Hà Nội"): two
    /// names side by side, all capitalised syllables, one of them marked as only Vietnamese writes. A person's if
    /// either half was read so, else a place's, as the bodies' names are made whole from their openers.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinVietnameseSyllables(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var (left, right) = (mentions[i], mentions[i + 1]);
            if (left.Form != MentionForm.Name || right.Form != MentionForm.Name || left.EndToken != right.FirstToken
                || left.TokenCount + right.TokenCount > 4 || left.Extractor == VietnameseBody || right.Extractor == VietnameseBody)
            {
                continue;
            }

            var words = Enumerable.Range(left.FirstToken, left.TokenCount + right.TokenCount).Select(document.TokenText).ToList();
            if (!words.All(w => char.IsUpper(w[0]) && VietnameseNames.IsSyllable(w)) || !words.Any(VietnameseNames.HasMarks))
            {
                continue;
            }

            var kind = left.Kind == EntityKind.Person || right.Kind == EntityKind.Person ? EntityKind.Person : EntityKind.Location;
            mentions[i] = Widened(document, left, left.FirstToken, right.EndToken) with { Kind = kind, Confidence = Math.Max(left.Confidence, right.Confidence) };
            mentions.RemoveAt(i + 1);
        }
    }

    // The number of words of a Vietnamese body's opener at a token, longest first; 0 for none.
    private static int OpenerLength(KnowledgeDocument document, int token)
    {
        if (!VietnameseNames.MayOpen(document.TokenText(token)))
        {
            return 0;
        }

        var words = new List<string>(VietnameseNames.LongestOpener);
        var longest = 0;
        for (var t = token; t < Math.Min(document.Tokens.Count, token + VietnameseNames.LongestOpener); t++)
        {
            words.Add(document.TokenText(t));
            if (VietnameseNames.Opens(words))
            {
                longest = words.Count;
            }
        }

        return longest;
    }

    /// <summary>
    /// Makes one body of a national body's name, "of" and its country, which the recogniser cut before "of" ("Stock
    /// Exchange" and "Thailand" of "the Stock Exchange of Thailand").
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinBodiesOfCountries(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var (body, country) = (mentions[i], mentions[i + 1]);
            var head = document.TokenText(body.EndToken - 1);
            if (body is not { Kind: EntityKind.Organization, Form: MentionForm.Name } || country.Kind != EntityKind.Location
                || country.FirstToken != body.EndToken + 1 || document.TokenText(body.EndToken) != "of"
                || !(InstitutionWords.IsBodyHead(head) || InstitutionWords.IsInstitutionHead(head) || head is "Exchange" or "Court" or "Authority" or "Bureau")
                || !CountryNames.IsCountry(document.Slice(country.Span)))
            {
                continue;
            }

            mentions[i] = Widened(document, body, body.FirstToken, country.EndToken);
            mentions.RemoveAt(i + 1);
        }
    }

    /// <summary>
    /// Makes one place of a body of water's or a landform's head, "of" and the name after it, which the recogniser cuts
    /// in two ("Gulf" and "Izmit" of "the Gulf of Izmit") or reads whole as a miscellaneous name.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinWatersOf(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            var first = mention.FirstToken;
            if (mention.Form != MentionForm.Name || Word(document, first) is not ("Gulf" or "Bay" or "Sea" or "Strait" or "Straits" or "Isle" or "Cape")
                || first + 2 >= document.Tokens.Count || document.TokenText(first + 1) != "of" || !IsCapitalizedInside(document, first + 2))
            {
                continue;
            }

            if (mention.TokenCount > 2)
            {
                // "Gulf of Izmit" read whole as a miscellaneous name.
                mentions[i] = mention.Kind == EntityKind.Other ? mention with { Kind = EntityKind.Location } : mention;
                continue;
            }

            // The name after "of": the mention that starts there, or up to two free capitalised words.
            var named = i + 1 < mentions.Count && mentions[i + 1].FirstToken == first + 2;
            var end = named ? mentions[i + 1].EndToken : first + 3;
            while (!named && end < first + 4 && end < document.Tokens.Count && IsCapitalizedInside(document, end)
                && (i + 1 == mentions.Count || mentions[i + 1].FirstToken > end))
            {
                end++;
            }

            if (end - first > 5 || document.SentenceOf(end - 1) != document.SentenceOf(first) || mentions.Any(m => m.FirstToken < end && m.EndToken > end))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, first, end, EntityKind.Location, mention.Extractor);
        }
    }

    // "A.Ş." and, after a "ve" that shows the name Turkish, the "AS" a wire writes for it.
    private static bool IsTurkishLegalForm(string word) => TurkishNames.IsLegalForm(word) || word == "AS";

    private static Mention Widened(KnowledgeDocument document, Mention mention, int first, int end) => mention with
    {
        Span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End),
        FirstToken = first,
        TokenCount = end - first,
        Name = null,
    };

    // A capitalised word that does not open its sentence, whatever the tagger read it as.
    private static bool IsCapitalizedInside(KnowledgeDocument document, int token) =>
        EntityTypeRefiner.IsCapitalized(document.TokenText(token)) && document.Sentences[document.SentenceOf(token)].FirstToken != token
        && document.TokenText(token).All(char.IsLetter) && document.TokenText(token) is not ("The" or "A" or "An");

    private static bool IsLowerCaseWord(string token) => token.Length > 0 && token.All(char.IsLetter) && char.IsLower(token[0]);

    /// <summary>Makes one person of a Korean or Chinese name that the recogniser cut at its given name's hyphen.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void CompleteEastAsianNames(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Park Sung-jin" read as "Park Sung" (a place), "Oh Se-jin" as "Se", "Bae Jun-seok" as "Bae Jun" (a body): the
        // tokenizer splits the given name at its hyphen, and the recogniser, unsure, stops there. A known family name,
        // a capitalised syllable, the hyphen and a syllable in lower case, written without spaces around the hyphen,
        // are one name of that shape.
        var tokens = document.Tokens;
        var added = false;
        for (var t = 0; t + 3 < tokens.Count; t++)
        {
            if (tokens[t + 2].Span.Start != tokens[t + 1].Span.End || tokens[t + 3].Span.Start != tokens[t + 2].Span.End
                || document.TokenText(t + 2) != "-" || document.SentenceOf(t) != document.SentenceOf(t + 3))
            {
                continue;
            }

            var span = new TextSpan(tokens[t].Span.Start, tokens[t + 3].Span.End);
            var end = t + 4;
            if (!EastAsianNames.IsFullName(document.Slice(span))
                || mentions.Any(m => m.FirstToken < end && m.EndToken > t && (m.FirstToken < t || m.EndToken > end))
                || mentions.Any(m => m.FirstToken == t && m.EndToken == end && m.Kind == EntityKind.Person))
            {
                continue;
            }

            var inside = mentions.Where(m => m.FirstToken >= t && m.EndToken <= end).ToList();
            var confidence = inside.Count > 0 ? inside.Max(m => m.Confidence) : 0.6;
            mentions.RemoveAll(m => m.FirstToken >= t && m.EndToken <= end);
            mentions.Add(new Mention(span, t, 4, EntityKind.Person, confidence, "entity-typing/1:east-asian-name"));
            added = true;
            t = end - 1;
        }

        if (added)
        {
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>Makes one body of each of Taiwan's branches of government, the Yuans, however the recogniser read it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void CompleteYuans(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Control Yuan member Tsai Shu-fen" read as "Yuan", a person or a miscellaneous name: Yuan is a family name too,
        // and "Control" opens the sentence.
        for (var t = 0; t + 1 < document.Tokens.Count; t++)
        {
            if (document.TokenText(t + 1) is not ("Yuan" or "YUAN")
                || document.TokenText(t).ToUpperInvariant() is not ("CONTROL" or "LEGISLATIVE" or "EXECUTIVE" or "JUDICIAL" or "EXAMINATION")
                || mentions.Any(m => m.FirstToken == t && m.EndToken == t + 2 && m.Kind == EntityKind.Organization)
                || mentions.Any(m => m.FirstToken < t + 2 && m.EndToken > t && (m.FirstToken < t || m.EndToken > t + 2)))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, t, t + 2, EntityKind.Organization, "entity-typing/1:yuan");
        }
    }

    /// <summary>Cuts a name the recogniser read on over a semicolon at it: no name holds one.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place.</param>
    public static void CutAtSemicolons(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Guests: Yudaw Pisaw, chairman of the Skadu Tribal Council; Lin Mei-hua, executive director of …" read as
        // "Skadu Tribal Council; Lin Mei": a list's semicolon ends the name before it.
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            for (var t = mention.FirstToken + 1; t < mention.EndToken; t++)
            {
                if (document.TokenText(t) == ";")
                {
                    mentions[i] = Widened(document, mention, mention.FirstToken, t);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Cuts a body's name the recogniser read on over "and" into a surname's possessive: "a hydrobiologist at the
    /// University of Opole and Zieliński's daughter" read as "University of Opole and Zieliński"; the surname after
    /// "and" is a person's of its own, where the article names a person with it.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void CutBeforeSurnamesPossessive(KnowledgeDocument document, List<Mention> mentions)
    {
        HashSet<string>? surnames = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var and = mention.EndToken - 2;
            if (mention is not { Kind: EntityKind.Organization, Form: MentionForm.Name, TokenCount: >= 3 } || document.TokenText(and) != "and"
                || mention.EndToken >= document.Tokens.Count || document.TokenText(mention.EndToken) is not ("'s" or "\u2019s" or "'" or "\u2019"))
            {
                continue;
            }

            surnames ??= [.. mentions.Where(m => m.Kind == EntityKind.Person && m.TokenCount >= 2).Select(m => document.TokenText(m.EndToken - 1))];
            if (!surnames.Contains(document.TokenText(mention.EndToken - 1)))
            {
                continue;
            }

            mentions[i] = Widened(document, mention, mention.FirstToken, and);
            var surname = document.Tokens[mention.EndToken - 1];
            mentions.Insert(i + 1, new Mention(surname.Span, mention.EndToken - 1, 1, EntityKind.Person, mention.Confidence, "entity-typing/1"));
            i++;
        }
    }

    /// <summary>
    /// Makes a person's name of a show's credit line ("Host: Halina Nowak", "Producer: Tomasz Jurek"): two or three
    /// capitalised words alone after the role's label, whatever the recogniser read them as or cut them to.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void AddCreditedPeople(KnowledgeDocument document, List<Mention> mentions)
    {
        foreach (Match credit in CreditLine().Matches(document.Text))
        {
            var name = credit.Groups["name"];
            var tokens = Enumerable.Range(0, document.Tokens.Count)
                .Where(t => document.Tokens[t].Span.Start >= name.Index && document.Tokens[t].Span.End <= name.Index + name.Length)
                .ToList();
            if (tokens.Count is < 2 or > 3 || document.Tokens[tokens[0]].Span.Start != name.Index || document.Tokens[tokens[^1]].Span.End != name.Index + name.Length
                || mentions.Any(m => m.Span.Overlaps(new TextSpan(name.Index, name.Index + name.Length))
                    && (m.Span.Start < name.Index || m.Span.End > name.Index + name.Length || (m.TokenCount == tokens.Count && m.Kind == EntityKind.Person))))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, tokens[0], tokens[^1] + 1, EntityKind.Person, "entity-typing/1:credit");
        }
    }

    /// <summary>Drops a station's band read as a name after its frequency ("Radio Meander 94.6 FM").</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place.</param>
    public static void DropFrequencyBands(KnowledgeDocument document, List<Mention> mentions) =>
        mentions.RemoveAll(m => m.TokenCount == 1 && m.FirstToken > 0 && document.TokenText(m.FirstToken) is "FM" or "AM" or "MW" or "DAB"
            && double.TryParse(document.TokenText(m.FirstToken - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    /// <summary>Takes a station's "Radio" into the name the recogniser stopped before it, as a body's name.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void CompleteBroadcasters(KnowledgeDocument document, List<Mention> mentions)
    {
        // "East Coast Radio" read as the place "East Coast": "Radio" after a name ends the station's name. Not "TV", which
        // news writes after a channel's own name ("Showtime TV").
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var next = mention.EndToken;
            if (mention.Kind is not (EntityKind.Location or EntityKind.Organization or EntityKind.Other) || mention.Form != MentionForm.Name
                || next >= document.Tokens.Count || document.TokenText(next) != "Radio"
                || document.SentenceOf(next) != document.SentenceOf(mention.FirstToken)
                || (i + 1 < mentions.Count && mentions[i + 1].FirstToken <= next))
            {
                continue;
            }

            mentions[i] = Widened(document, mention, mention.FirstToken, next + 1) with { Kind = EntityKind.Organization };
        }
    }

    /// <summary>Makes one person of a name the recogniser broke at a nickname set in quotation marks inside it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void JoinOverInnerNicknames(KnowledgeDocument document, List<Mention> mentions)
    {
        // "José Manuel “Pepe” Carrasco Uribe" read as "José Manuel" and "Pepe” Carrasco Uribe": the given names, a
        // capitalised nickname of one or two words in quotation marks and the surnames are one name, written without
        // the nickname ("Ferdinand “Bongbong” Marcos Jr." is Ferdinand Marcos Jr.).
        for (var a = 0; a < mentions.Count; a++)
        {
            var first = mentions[a];
            var open = first.EndToken;
            if (first.Kind != EntityKind.Person || open + 3 >= document.Tokens.Count || document.TokenText(open) is not ("“" or "\"" or "‘"))
            {
                continue;
            }

            var close = open + 1;
            while (close < document.Tokens.Count && close - open <= 3 && EntityTypeRefiner.IsCapitalized(document.TokenText(close)))
            {
                close++;
            }

            if (close == open + 1 || close >= document.Tokens.Count || document.TokenText(close) is not ("”" or "\"" or "’")
                || mentions.FindIndex(m => m.FirstToken > open && m.FirstToken <= close + 1 && m.EndToken > close + 1 && m.Kind is EntityKind.Person or EntityKind.Other)
                    is not (>= 0 and var b))
            {
                continue;
            }

            var last = mentions[b];
            var span = new TextSpan(first.Span.Start, last.Span.End);
            var name = document.Slice(first.Span) + " " + document.Text[document.Tokens[close + 1].Span.Start..last.Span.End];
            var confidence = Math.Max(first.Confidence, last.Confidence);
            mentions.RemoveAll(m => m.FirstToken >= first.FirstToken && m.EndToken <= last.EndToken);
            mentions.Add(new Mention(span, first.FirstToken, last.EndToken - first.FirstToken, EntityKind.Person, confidence, "entity-typing/1:inner-nickname")
            {
                Name = name,
            });
            // The list changed: look again from its start, in text order.
            mentions.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
            a = -1;
        }
    }

    /// <summary>
    /// Joins a Spanish, Portuguese or French name of a body or a landform that the recogniser broke at its particles.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void JoinOverRomanceParticles(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Servicio de Evaluación Ambiental" read as "Servicio" and "de Evaluación Ambiental" (even as a person's), "Salar
        // de Atacama" as "Salar" and "Atacama", "Ministère des Pêches et de l'Économie maritime" as "Ministère des Pêches":
        // a body's or a landform's head, the particles after it and the capitalised words after them are one name, with
        // the lower-case adjectives French writes in them ("Assemblée nationale").
        for (var t = 0; t + 1 < document.Tokens.Count; t++)
        {
            var head = document.TokenText(t);
            var kind = RomanceNameHeads.IsBodyHeadBefore(head, document.TokenText(t + 1)) ? EntityKind.Organization
                : RomanceNameHeads.IsLandformHead(head) ? EntityKind.Location : (EntityKind?)null;
            if (kind is null || (t > 0 && EntityTypeRefiner.IsCapitalized(document.TokenText(t - 1)) && document.TokenText(t - 1) != "The"
                && document.SentenceOf(t - 1) == document.SentenceOf(t)))
            {
                continue;
            }

            // The head, then particles, capitalised words and French lower-case words, ending on a capitalised word or an
            // adjective.
            var end = t + 1;
            var last = t;
            while (end < document.Tokens.Count && document.SentenceOf(end) == document.SentenceOf(t))
            {
                var word = document.TokenText(end);
                var ends = EntityTypeRefiner.IsCapitalized(word) || RomanceNameHeads.IsElidedCapitalized(word) || RomanceNameHeads.IsFrenchAdjective(word);
                if (!ends && !RomanceNameHeads.IsParticle(word) && !RomanceNameHeads.IsFrenchInnerWord(word))
                {
                    break;
                }

                last = ends ? end : last;
                end++;
            }

            end = last + 1;
            var joined = Enumerable.Range(t + 1, Math.Max(0, end - t - 1)).Any(k => !EntityTypeRefiner.IsCapitalized(document.TokenText(k)));
            if (!joined || (end - t < 3 && !RomanceNameHeads.IsFrenchAdjective(document.TokenText(t + 1))))
            {
                continue;
            }

            // The joined name replaces every mention inside it; a mention running past it leaves it alone.
            if (mentions.Any(m => m.FirstToken < end && m.EndToken > t && (m.FirstToken < t || m.EndToken > end)))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, t, end, kind.Value, "entity-typing/1:romance-name");
            t = end - 1;
        }
    }

    /// <summary>
    /// Makes one body of a Hungarian body's name the recogniser broke or read as a place's ("Közép-Tisza-vidéki Vízügyi
    /// Igazgatóság" read as the place "Közép-Tisza" and the body "Vízügyi Igazgatóság"): its head, and the capitalised
    /// words before it with the lower-case parts of their hyphenated compounds.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void JoinHungarianBodies(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            if (!HungarianBodyNames.IsBodyHead(document.TokenText(t)))
            {
                continue;
            }

            // Back over capitalised words and what a hyphen joins to them ("-vidéki"), within the sentence; not over an
            // article that opens it ("The Tiszavari Kertbarat Egyesulet").
            var start = t;
            while (start > 0 && t - start < MaxHungarianBodyWords && document.SentenceOf(start - 1) == document.SentenceOf(t))
            {
                var word = document.TokenText(start - 1);
                var hyphened = word == "-" || (word.Contains('-', StringComparison.Ordinal) && word.All(c => char.IsLetter(c) || c == '-'))
                    || (start >= 2 && document.TokenText(start - 2) == "-" && document.Tokens[start - 2].Span.End == document.Tokens[start - 1].Span.Start
                        && word.All(char.IsLetter));
                if (!(hyphened || (EntityTypeRefiner.IsCapitalized(word) && word.All(char.IsLetter) && word is not ("The" or "A" or "An"))))
                {
                    break;
                }

                start--;
            }

            while (start < t && !EntityTypeRefiner.IsCapitalized(document.TokenText(start)))
            {
                start++;
            }

            var end = t + 1;
            if (mentions.Any(m => m.FirstToken < end && m.EndToken > start && (m.FirstToken < start || m.EndToken > end))
                || mentions.Any(m => m.FirstToken == start && m.EndToken == end && m.Kind == EntityKind.Organization))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, start, end, EntityKind.Organization, "entity-typing/1:hungarian-body");
        }
    }

    /// <summary>
    /// Gives a body's name the field after its head's "for" that the recogniser cut it before: "the Regional Directorate
    /// for Environmental Protection" read as "Regional Directorate" (its acronym, "RDOŚ", is its Polish name's).
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void ExtendOverField(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var @for = mention.EndToken;
            if (mention is not { Kind: EntityKind.Organization, Form: MentionForm.Name } || @for + 1 >= document.Tokens.Count
                || document.TokenText(@for) != "for" || !InstitutionWords.IsInstitutionHead(document.TokenText(@for - 1))
                || document.SentenceOf(@for) != document.SentenceOf(mention.FirstToken))
            {
                continue;
            }

            // Capitalised words, and "and" between two of them ("for Environment and Climate").
            var end = @for + 1;
            while (end < document.Tokens.Count && document.SentenceOf(end) == document.SentenceOf(@for) && end - @for <= MaxFieldWords
                && (IsFieldWord(document, end) || (document.TokenText(end) == "and" && end + 1 < document.Tokens.Count && IsFieldWord(document, end + 1))))
            {
                end++;
            }

            if (end == @for + 1 || mentions.Any(m => m.FirstToken < end && m.EndToken > @for && (m.FirstToken < @for || m.EndToken > end)))
            {
                continue;
            }

            mentions.RemoveAll(m => m.FirstToken >= @for && m.EndToken <= end);
            mentions[i] = Widened(document, mention, mention.FirstToken, end);
        }
    }

    private static bool IsFieldWord(KnowledgeDocument document, int token) =>
        IsCapitalizedInside(document, token) && !EntityTypeRefiner.IsTitleOrDate(document.TokenText(token));

    /// <summary>
    /// Gives a body named for its members' bond to something the plural before its "of (the)": "the Friends of the Oder
    /// Society" read as "Oder Society", "Daughters of the American Revolution" as the revolution.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void ExtendOverMembersOf(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var of = mention.FirstToken - (mention.FirstToken > 0 && document.TokenText(mention.FirstToken - 1) == "the" ? 2 : 1);
            if (mention.Form != MentionForm.Name || of < 1 || document.TokenText(of) != "of" || !MembersPlurals.Contains(document.TokenText(of - 1))
                || document.SentenceOf(of - 1) != document.SentenceOf(mention.FirstToken))
            {
                continue;
            }

            // The plural read as a name of its own ("Friends") gives way; a name that runs on into it keeps it.
            if (i > 0 && mentions[i - 1].EndToken > of - 1)
            {
                if (mentions[i - 1].FirstToken != of - 1 || mentions[i - 1].TokenCount != 1)
                {
                    continue;
                }

                mentions.RemoveAt(--i);
            }

            mentions[i] = Widened(document, mention, of - 1, mention.EndToken) with { Kind = EntityKind.Organization };
        }
    }

    /// <summary>
    /// Gives a Polish body's name the place after its "w" ("in"), which says which of the country's regional bodies it is
    /// ("Regionalna Dyrekcja Ochrony Środowiska w Opolu", read as the body and a body called "Opolu").
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place and left in text order.</param>
    public static void JoinPolishBodyPlaces(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var at = mention.EndToken;
            if (mention.Form != MentionForm.Name || at + 1 >= document.Tokens.Count || document.TokenText(at) != "w"
                || document.SentenceOf(at + 1) != document.SentenceOf(mention.FirstToken)
                || !EntityTypeRefiner.IsCapitalized(document.TokenText(at + 1)) || !document.TokenText(at + 1).All(char.IsLetter)
                || !EntityTypeRefiner.IsPolishBodyName(document, mention))
            {
                continue;
            }

            var end = at + 2;
            if (mentions.Any(m => m.FirstToken < end && m.EndToken > at && (m.FirstToken != at + 1 || m.EndToken > end)))
            {
                continue;
            }

            ReplaceWithOne(document, mentions, mention.FirstToken, end, EntityKind.Organization, "entity-typing/1:polish-body");
        }
    }

    /// <summary>
    /// Makes a person of each Burmese name after its title of address ("U Aung Kyaw Moe", "Daw Khin Myat Noe", "KO ZAW MIN
    /// HTET:"), the title left out, which the recogniser reads as a body's, cuts, or runs on into the next name ("U Aung
    /// Kyaw Moe and Daw Khin Myat Noe", "U Aung Kyaw Moe of Shwe Hintha"): the syllables after the title, within its
    /// sentence. A body a mention ran on into after "of", "at" or "from" stays a body.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void AddBurmeseNames(KnowledgeDocument document, List<Mention> mentions)
    {
        var count = document.Tokens.Count;
        for (var t = 0; t + 1 < count; t++)
        {
            if (!BurmeseNames.IsTitle(document.TokenText(t), document.TokenText(t + 1)))
            {
                continue;
            }

            var end = t + 1;
            while (end < count && end - t <= MaxBurmeseSyllables && document.SentenceOf(end) == document.SentenceOf(t) && BurmeseNames.IsSyllable(document.TokenText(end)))
            {
                end++;
            }

            var pieces = new List<Mention>();
            foreach (var other in mentions.Where(m => m.FirstToken < end && m.EndToken > t))
            {
                if (other.FirstToken < t && other.Kind != EntityKind.Person && EntityTypeRefiner.IsCapitalized(document.TokenText(t - 1)))
                {
                    pieces.Add(Widened(document, other, other.FirstToken, t));
                }

                if (other.EndToken > end + 1 && document.TokenText(end) is "of" or "at" or "from" && EntityTypeRefiner.IsCapitalized(document.TokenText(end + 1)))
                {
                    pieces.Add(Widened(document, other, end + 1, other.EndToken) with { Kind = other.Kind == EntityKind.Person ? EntityKind.Organization : other.Kind });
                }
            }

            mentions.RemoveAll(m => m.FirstToken < end && m.EndToken > t);
            var span = new TextSpan(document.Tokens[t + 1].Span.Start, document.Tokens[end - 1].Span.End);
            mentions.Add(new Mention(span, t + 1, end - t - 1, EntityKind.Person, 0.9, "entity-typing/1:burmese-name"));
            mentions.AddRange(pieces);
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            t = end - 1;
        }
    }

    // Puts one name of a kind over the tokens from first to end in place of the mentions inside them, as sure as the
    // surest of those, and keeps the mentions in text order.
    private static void ReplaceWithOne(KnowledgeDocument document, List<Mention> mentions, int first, int end, EntityKind kind, string extractor)
    {
        var confidence = mentions.Where(m => m.FirstToken >= first && m.EndToken <= end).Select(m => m.Confidence).DefaultIfEmpty(0.6).Max();
        mentions.RemoveAll(m => m.FirstToken >= first && m.EndToken <= end);
        var span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
        mentions.Add(new Mention(span, first, end - first, kind, confidence, extractor));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>Gives a surname read alone after its particle the person's whole name the article writes elsewhere.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void JoinParticledSurnames(KnowledgeDocument document, List<Mention> mentions)
    {
        // "acting chief executive, Pieter van Wyk, did not deny" read as "Wyk" alone (even as a place) where the article
        // also writes "Van Wyk took over": the particles and the capitalised given name before them are the person's.
        HashSet<string>? people = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var first = mention.FirstToken;
            if (mention.TokenCount > 2 || first < 2 || !NameParticles.Contains(document.TokenText(first - 1)) || !char.IsLower(document.TokenText(first - 1)[0]))
            {
                continue;
            }

            var start = first - 1;
            while (start - 1 >= 0 && NameParticles.Contains(document.TokenText(start - 1)) && char.IsLower(document.TokenText(start - 1)[0]))
            {
                start--;
            }

            var surname = document.Text[document.Tokens[start].Span.Start..mention.Span.End];
            people ??= [.. mentions.Where(m => m.Kind == EntityKind.Person).Select(m => document.Slice(m.Span).ToLowerInvariant())];
            if (!people.Contains(surname.ToLowerInvariant()) || start - 1 < 0 || (i > 0 && mentions[i - 1].EndToken > start - 1))
            {
                continue;
            }

            var given = document.TokenText(start - 1);
            if (!EntityTypeRefiner.IsCapitalized(given) || !given.All(char.IsLetter) || document.PartsOfSpeech?[start - 1] is not (null or "PROPN")
                || document.SentenceOf(start - 1) != document.SentenceOf(first))
            {
                continue;
            }

            mentions[i] = mention with
            {
                Span = new TextSpan(document.Tokens[start - 1].Span.Start, mention.Span.End),
                FirstToken = start - 1,
                TokenCount = mention.EndToken - (start - 1),
                Kind = EntityKind.Person,
                Name = null,
            };
        }
    }

    // "Fine Gael TD Simon Harris" read as "TD Simon" and "Harris": once the title is cut off, the given name and the
    // surname right after it are one person's name.
    private static bool JoinsAfterMemberTitle(KnowledgeDocument document, Mention first, Mention second) =>
        first.Kind == EntityKind.Person
            && second.Kind == EntityKind.Person
            && first.TokenCount == 1
            && first.FirstToken > 0
            && MemberTitles.IsLetters(document.TokenText(first.FirstToken - 1))
            && second.FirstToken == first.EndToken
            && second.Span.Start == first.Span.End + 1;

    /// <summary>Adds a place for each capitalised name before "-based" that no mention covers ("a Trieste-based ferry operator").</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place.</param>
    public static void AddBases(KnowledgeDocument document, List<Mention> mentions)
    {
        var text = document.Text;
        for (var t = 0; t + 2 < document.Tokens.Count; t++)
        {
            var (name, hyphen, based) = (document.Tokens[t], document.Tokens[t + 1], document.Tokens[t + 2]);
            if (document.TokenText(t + 1) != "-"
                || document.TokenText(t + 2) is not ("based" or "headquartered")
                || name.Span.End != hyphen.Span.Start
                || hyphen.Span.End != based.Span.Start
                || !EntityTypeRefiner.IsCapitalized(document.TokenText(t))
                || document.Sentences[document.SentenceOf(t)].FirstToken == t)
            {
                continue;
            }

            // The name's capitalised words, at most three, back from the hyphen.
            var first = t;
            while (first - 1 >= 0 && t - first < 2 && EntityTypeRefiner.IsCapitalized(document.TokenText(first - 1)) && document.Sentences[document.SentenceOf(first - 1)].FirstToken != first - 1)
            {
                first--;
            }

            var span = new TextSpan(document.Tokens[first].Span.Start, name.Span.End);
            if (!mentions.Any(m => m.Span.Overlaps(span)) && text[span.Start..span.End].Any(char.IsLower))
            {
                mentions.Add(new Mention(span, first, t + 1 - first, EntityKind.Location, 0.7, "entity-typing/1"));
            }
        }
    }

    /// <summary>Extends a body's name over a possessive and the head it names ("Information Commissioner's Office"), and a
    /// broadcaster's over its station ("BBC Radio 4").</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; a mention of the head alone gives way to the whole.</param>
    public static void JoinPossessiveHeads(KnowledgeDocument document, List<Mention> mentions)
    {
        JoinPeoplesBodies(document, mentions);

        // "the Information Commissioner's Office (ICO)", "the Prime Minister's Office": the recogniser stops at the
        // "'s", and the title before it would be taken for the body. Not after a place ("Canada's Department of ...").
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var t = mention.EndToken;
            if (mention.Kind == EntityKind.Organization && StationEnd(document, mention) is var end and > 0)
            {
                // "BBC" and "Radio 4", "CBC" and "Radio One", "RTÉ Radio" and "1": a broadcaster's station is named with it.
                var station = new TextSpan(mention.Span.Start, document.Tokens[end - 1].Span.End);
                mentions[i] = mention with { Span = station, TokenCount = end - mention.FirstToken, Name = null };
                mentions.RemoveAll(m => m.Span != station && m.Span.Overlaps(station));
                i = mentions.FindIndex(m => m.Span == station);
                continue;
            }

            if (PluralPossessiveBodyEnd(document, mention) is var bodyEnd and > 0)
            {
                // "The San Antonio Port Workers' Union" read as "San Antonio Port": the recogniser stops at the plural's
                // apostrophe; the place, the members and the body's head are one body's name.
                var body = new TextSpan(mention.Span.Start, document.Tokens[bodyEnd - 1].Span.End);
                mentions[i] = mention with { Span = body, TokenCount = bodyEnd - mention.FirstToken, Kind = EntityKind.Organization, Name = null };
                mentions.RemoveAll(m => !ReferenceEquals(m, mentions[i]) && m.Span.Overlaps(body));
                i = mentions.FindIndex(m => m.Span == body);
                continue;
            }

            // "Long Hòa Commune People's Committee" read as a place and "Committee": the people's bodies of Vietnam and China
            // are named for a place's people.
            var peoples = mention.Kind == EntityKind.Location && document.TokenText(t - 1) == "People";
            if ((mention.Kind is not (EntityKind.Organization or EntityKind.Other) && !peoples)
                || t + 1 >= document.Tokens.Count
                || document.TokenText(t) is not ("'s" or "\u2019s")
                || document.Tokens[t].Span.Start != mention.Span.End
                || !PossessedHeads.Contains(document.TokenText(t + 1)))
            {
                continue;
            }

            // A name the head opens ("the National Assembly's Committee for Science") is the body's own.
            var span = new TextSpan(mention.Span.Start, document.Tokens[t + 1].Span.End);
            if (mentions.Any(m => m.Span.Overlaps(span) && !span.Contains(m.Span)))
            {
                continue;
            }

            mentions[i] = mention with { Span = span, TokenCount = t + 2 - mention.FirstToken, Kind = EntityKind.Organization, Name = null };
            mentions.RemoveAll(m => !ReferenceEquals(m, mentions[i]) && m.Span.Overlaps(span) && span.Contains(m.Span));
            i = mentions.FindIndex(m => m.Span == span);
        }
    }

    // "the Long Hoa commune People's Committee" read as the place and "People's Committee": a people's body named for a
    // commune, a district or a province is one body with the place and the division's word ("Long Hòa Commune").
    private static void JoinPeoplesBodies(KnowledgeDocument document, List<Mention> mentions)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var place = mentions[i];
            var division = place.EndToken;
            if (place is not { Kind: EntityKind.Location, Form: MentionForm.Name } || division + 3 >= document.Tokens.Count
                || document.TokenText(division).ToLowerInvariant() is not ("commune" or "district" or "province" or "ward" or "city")
                || document.TokenText(division + 1) != "People" || document.TokenText(division + 2) is not ("'s" or "\u2019s")
                || !PossessedHeads.Contains(document.TokenText(division + 3)))
            {
                continue;
            }

            // The body's head ends it; the mentions inside it (the head read alone, "People's Committee") give way.
            var end = division + 4;
            mentions.RemoveAll(m => !ReferenceEquals(m, place) && m.FirstToken > division && m.EndToken <= end);
            mentions[mentions.IndexOf(place)] = Widened(document, place, place.FirstToken, end) with { Kind = EntityKind.Organization };
        }
    }

    // The end of "Workers' Union" after a name ("San Antonio Port Workers' Union", "Nova Scotia Teachers' Guild"): a
    // capitalised plural, its apostrophe (a token of its own or the plural's last character) and a body's head; zero when
    // none follows.
    private static int PluralPossessiveBodyEnd(KnowledgeDocument document, Mention mention)
    {
        var t = mention.EndToken;
        if (mention.Kind == EntityKind.Person || mention.Form != MentionForm.Name || t + 1 >= document.Tokens.Count)
        {
            return 0;
        }

        // The recogniser may have taken the plural in ("San Antonio Port Workers" and "' Union").
        var last = document.TokenText(t - 1);
        if (mention.TokenCount >= 2 && last.Length > 3 && last[^1] == 's' && char.IsUpper(last[0])
            && document.TokenText(t) is "'" or "\u2019" && document.Tokens[t].Span.Start == mention.Span.End)
        {
            return document.SentenceOf(t + 1) == document.SentenceOf(mention.FirstToken) ? BodyHeadEnd(document, t + 1) : 0;
        }

        if (document.Tokens[t].Span.Start != mention.Span.End + 1)
        {
            return 0;
        }

        // A capitalised word or two may come between ("San Antonio" read alone, then "Port Workers' Union").
        for (var between = 0; between < 2 && t + 2 < document.Tokens.Count && EntityTypeRefiner.IsCapitalized(document.TokenText(t)) && document.TokenText(t).All(char.IsLetter)
            && document.TokenText(t + 1) is not ("'" or "\u2019") && document.TokenText(t)[^1] is not ('\'' or '\u2019')
            && document.Tokens[t + 1].Span.Start == document.Tokens[t].Span.End + 1; between++)
        {
            t++;
        }

        var plural = document.TokenText(t);
        var apostrophe = plural.Length > 3 && plural[^1] is '\'' or '\u2019' && plural[^2] == 's';
        if (!apostrophe && (plural.Length < 3 || plural[^1] != 's' || document.TokenText(t + 1) is not ("'" or "\u2019")
            || document.Tokens[t + 1].Span.Start != document.Tokens[t].Span.End))
        {
            return 0;
        }

        var head = apostrophe ? t + 1 : t + 2;
        if (!char.IsUpper(plural[0]) || head >= document.Tokens.Count || document.SentenceOf(head) != document.SentenceOf(mention.FirstToken))
        {
            return 0;
        }

        return BodyHeadEnd(document, head);
    }

    // The end of a body's head after a plural's apostrophe, zero when there is none. A capitalised word, hyphenated or
    // not, may qualify the head ("Tea Growers' Co-operative Society"), and a company's form may close the name ("… Society
    // Ltd").
    private static int BodyHeadEnd(KnowledgeDocument document, int head)
    {
        if (!IsPossessedBodyHead(document.TokenText(head)) && CapitalisedWordEnd(document, head) is var qualified and > 0
            && qualified < document.Tokens.Count && IsPossessedBodyHead(document.TokenText(qualified))
            && document.Tokens[qualified].Span.Start == document.Tokens[qualified - 1].Span.End + 1)
        {
            head = qualified;
        }

        if (!IsPossessedBodyHead(document.TokenText(head)))
        {
            return 0;
        }

        return head + 1 < document.Tokens.Count && document.TokenText(head + 1) is "Ltd" or "Ltd." or "Limited"
            && document.Tokens[head + 1].Span.Start == document.Tokens[head].Span.End + 1
            ? head + 2
            : head + 1;
    }

    // The token after a capitalised word that starts at a token, its hyphenated parts joined ("Co-operative"); zero when
    // the token does not start one.
    private static int CapitalisedWordEnd(KnowledgeDocument document, int t)
    {
        if (!EntityTypeRefiner.IsCapitalized(document.TokenText(t)) || !document.TokenText(t).All(c => char.IsLetter(c) || c == '-'))
        {
            return 0;
        }

        var end = t + 1;
        while (end + 1 < document.Tokens.Count && document.TokenText(end) == "-"
            && document.Tokens[end].Span.Start == document.Tokens[end - 1].Span.End
            && document.Tokens[end + 1].Span.Start == document.Tokens[end].Span.End)
        {
            end += 2;
        }

        return end;
    }

    // "Representatives" is a chamber's head after its members' possessive ("House of Peoples' Representatives").
    private static bool IsPossessedBodyHead(string word) =>
        InstitutionWords.IsBodyHead(word) || word is "Guild" or "Alliance" or "Club" or "Coalition" or "Forum" or "Network" or "Representatives";

    // The token after a broadcaster's station that a mention leaves out: "Radio 4" after "BBC", "1" after "RTÉ Radio";
    // zero when none follows.
    private static int StationEnd(KnowledgeDocument document, Mention mention)
    {
        var t = mention.EndToken;
        if (t >= document.Tokens.Count || document.Tokens[t].Span.Start != mention.Span.End + 1)
        {
            return 0;
        }

        if (document.TokenText(t - 1) == "Radio")
        {
            return IsStationNumber(document.TokenText(t)) ? t + 1 : 0;
        }

        return document.TokenText(t) == "Radio"
            && t + 1 < document.Tokens.Count
            && (char.IsDigit(document.TokenText(t + 1)[0]) || EntityTypeRefiner.IsCapitalized(document.TokenText(t + 1)))
                ? t + 2
                : 0;
    }

    private static bool IsStationNumber(string word) =>
        word is "One" or "Two" or "Three" or "Four" or "Five" || (word.Length <= 2 && word.All(char.IsAsciiDigit));

    /// <summary>Adds a programme for the proper names a station's possessive names ("RTÉ Radio 1's Morning Ireland").</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the programme's give way to it.</param>
    public static void AddProgrammes(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Speaking on RTÉ Radio 1's Morning Ireland", "BBC Radio 4's Today": what a radio or television station has is
        // a programme, and the place or person the programme is named after ("Ireland") is no entity of its own there.
        var stations = mentions.Where(m => m.Kind == EntityKind.Organization && IsStation(document, m)).ToList();
        foreach (var station in stations)
        {
            var t = station.EndToken;
            if (t + 1 >= document.Tokens.Count
                || document.TokenText(t) is not ("'s" or "\u2019s")
                || document.Tokens[t].Span.Start != station.Span.End)
            {
                continue;
            }

            var end = t + 1;
            var sentenceEnd = document.Sentences[document.SentenceOf(t)].EndToken;
            while (end < sentenceEnd && end - t <= 4 && EntityTypeRefiner.IsCapitalized(document.TokenText(end)))
            {
                end++;
            }

            if (end == t + 1 || end - t > 4)
            {
                continue;
            }

            var span = new TextSpan(document.Tokens[t + 1].Span.Start, document.Tokens[end - 1].Span.End);
            mentions.RemoveAll(m => m.Span.Overlaps(span));
            mentions.Add(new Mention(span, t + 1, end - t - 1, EntityKind.Work, 0.7, "entity-typing/1"));
        }
    }

    private static bool IsStation(KnowledgeDocument document, Mention mention)
    {
        var last = document.TokenText(mention.EndToken - 1);
        return last is "Radio" or "TV" or "Television" or "FM"
            || (mention.TokenCount >= 2 && document.TokenText(mention.EndToken - 2) == "Radio" && IsStationNumber(last));
    }

    private static bool JoinsOverParticles(KnowledgeDocument document, Mention first, Mention second)
    {
        var between = second.FirstToken - first.EndToken;
        if (between is < 1 or > 3 || second.TokenCount > 2 || first.TokenCount > 4)
        {
            return false;
        }

        for (var t = first.EndToken; t < second.FirstToken; t++)
        {
            if (!NameParticles.Contains(document.TokenText(t)))
            {
                return false;
            }
        }

        var last = document.TokenText(first.EndToken - 1);
        return char.IsUpper(document.TokenText(second.FirstToken)[0])
            && (first.Kind == EntityKind.Person || (first.TokenCount == 1 && NameParticles.Contains(last.ToLowerInvariant())));
    }

    // "San Pedro de Atacama", "Santiago de Chile", "Vila Nova do Tapajós" read as two places: a Spanish or Portuguese
    // place's name goes on over one particle to the place it is named by. A French "de" after another word stays ("the
    // Hotel" and "Ville" of "Hotel de Ville" are left to the recogniser).
    private static bool JoinsPlaceOverParticle(KnowledgeDocument document, Mention first, Mention second) =>
        first.Kind == EntityKind.Location
        && second.Kind == EntityKind.Location
        && first.TokenCount <= 3
        && second.TokenCount <= 2
        && second.FirstToken == first.EndToken + 1
        && document.SentenceOf(second.FirstToken) == document.SentenceOf(first.FirstToken)
        && (document.TokenText(first.EndToken) is "del" or "do" or "da" or "dos" or "das"
            || (document.TokenText(first.EndToken) == "de" && IberianPlaceOpeners.Contains(document.TokenText(first.FirstToken))));

    // The words that open Spanish and Portuguese places' names ("San Pedro", "São Félix", "Puerto Montt").
    private static readonly FrozenSet<string> IberianPlaceOpeners = FrozenSet.ToFrozenSet(
        ["San", "Santa", "Santo", "São", "Sao", "Santiago", "Villa", "Vila", "Puerto", "Porto", "Ciudad", "Cidade", "Nova", "Nueva", "Nuevo", "Novo"],
        StringComparer.Ordinal);

    // A given name read apart from the surname that opens with its particle in lower case ("Pieter" and "van Wyk"), and
    // a Brazilian name's given names and first surname apart from its last ("Maria das Graças Ferreira" and "da Silva").
    private static bool JoinsParticledSurname(KnowledgeDocument document, Mention first, Mention second) =>
        first.Kind == EntityKind.Person
        && second.Kind == EntityKind.Person
        && first.TokenCount <= 4
        && second.TokenCount >= 2
        && second.FirstToken == first.EndToken
        && second.Span.Start == first.Span.End + 1
        && document.TokenText(second.FirstToken) is { Length: > 0 } particle
        && char.IsLower(particle[0])
        && NameParticles.Contains(particle);

    private static Dictionary<string, EntityKind> WholeNames(KnowledgeDocument document, List<Mention> mentions)
    {
        var names = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.TokenCount >= 2))
        {
            names.TryAdd(document.Slice(mention.Span), mention.Kind);

            // "HALINA NOWAK:", a transcript's speaker, is the "Halina Nowak" of its show notes.
            var written = document.Slice(mention.Span);
            if (mention.Kind == EntityKind.Person && !written.Any(char.IsLower))
            {
                names.TryAdd(DatelinePlaces.TitleCase(written), EntityKind.Person);
            }
        }

        // "MAP TA PHUT, Rayong, Thailand, June 4 —": a dateline's place of two words or more, as running text writes it.
        foreach (var dateline in document.Annotated.Layout.Where(l => l.Kind == LayoutKind.Dateline))
        {
            var text = document.Text[dateline.Span.Start..dateline.Span.End];
            var place = text[..Math.Max(0, text.IndexOfAny([',', '(', '\u2014', '\u2013']))].Trim();
            if (place.Contains(' ', StringComparison.Ordinal) && !place.Any(char.IsLower))
            {
                names.TryAdd(DatelinePlaces.TitleCase(place), EntityKind.Location);
            }
        }

        return names;
    }

    // The most words a body's field after "for" runs to ("for Environment, Climate and Natural Resources" stops at the comma).
    private const int MaxFieldWords = 5;

    // The plurals that open a body's name before "of": its members' bond ("Friends of the Earth", "Knights of Columbus").
    private static readonly FrozenSet<string> MembersPlurals = FrozenSet.ToFrozenSet(
        ["Friends", "Daughters", "Sons", "Sisters", "Brothers", "Knights", "Veterans", "Mothers", "Grandmothers"], StringComparer.Ordinal);

    // Heads that a possessive name owns: "Commissioner's Office", "People's Party", "Children's Hospital".
    private static readonly FrozenSet<string> PossessedHeads = FrozenSet.ToFrozenSet(
        [
            "Office", "Party", "Hospital", "Association", "Institute", "League", "Union", "Fund", "Foundation", "Council", "Museum", "Service", "Department",
            "Bureau", "Court", "Commission", "Committee", "Congress", "Procuracy",
        ],
        StringComparer.Ordinal);

    /// <summary>Adds an organisation for each institution's head, "of" and proper name that no mention covers.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; a name seen after "of" alone gives way to the whole.</param>
    public static void AddInstitutions(KnowledgeDocument document, List<Mention> mentions)
    {
        // "the Church of Scientology's website", "the University of Sheffield": a capitalised institution's head, "of" and
        // a proper name is an organisation's name, also where the recogniser (the fast one more often) saw none.
        var coverage = new TokenCoverage(document.Tokens.Count, mentions);
        var replaced = new HashSet<int>();
        foreach (var sentence in document.Sentences)
        {
            for (var t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
            {
                if (!InstitutionWords.IsInstitutionHead(document.TokenText(t)) || document.TokenText(t + 1) != "of")
                {
                    continue;
                }

                var nameStart = document.TokenText(t + 2) == "the" ? t + 3 : t + 2;
                var end = nameStart;
                while (end < sentence.EndToken && (IsProperName(document, end) || IsCapitalizedWordAfterOf(document, end)))
                {
                    // "the Office of the Auditor-General": a hyphen between capitalised words keeps the name going.
                    end += end + 2 < sentence.EndToken && IsHyphenInName(document, end) ? 3 : 1;
                }

                if (end == nameStart)
                {
                    continue;
                }

                var start = t;
                while (start - 1 >= sentence.FirstToken && document.TokenText(start - 1) is not ("The" or "A" or "An")
                    && (IsProperName(document, start - 1) || (start - 1 > sentence.FirstToken && IsCapitalizedWordBeforeHead(document, start - 1))))
                {
                    start--;
                }

                // A name the recogniser saw after "of" alone ("Scientology", "Sheffield") is part of the institution's, and
                // so is one it saw without the capitalised words before the head ("Inspectorate of Environmental Protection").
                var owners = coverage.Owners(start, end);
                if (owners.Any(k => (mentions[k].FirstToken < nameStart && (mentions[k].FirstToken <= start || mentions[k].FirstToken > t))
                    || mentions[k].EndToken > end))
                {
                    continue;
                }

                replaced.UnionWith(owners);
                var span = new TextSpan(document.Tokens[start].Span.Start, document.Tokens[end - 1].Span.End);
                mentions.Add(new Mention(span, start, end - start, EntityKind.Organization, 0.7, "entity-typing/1"));
                coverage.Claim(start, end, mentions.Count - 1);
                t = end - 1;
            }
        }

        RemoveReplaced(mentions, replaced);
    }

    // A nationality's adjective ("Norwegian"), which the tagger reads as no proper noun.
    private static bool IsNationality(KnowledgeDocument document, int token) =>
        EntityTypeRefiner.IsCapitalized(document.TokenText(token)) && Demonyms.TryGetPlace(document.TokenText(token), out _);

    // A capitalised word the tagger reads as a proper noun (any capitalised word when the pipeline has no tagger).
    private static bool IsProperName(KnowledgeDocument document, int token) =>
        EntityTypeRefiner.IsCapitalized(document.TokenText(token)) && (document.PartsOfSpeech is not { } tags || tags[token] == "PROPN");

    // "the Chief Inspectorate of Environmental Protection": after an institution's "of", a capitalised adjective or noun
    // the tagger reads as common is still the name's, but not a title or a date.
    private static bool IsCapitalizedWordAfterOf(KnowledgeDocument document, int token) =>
        IsCapitalizedWordBeforeHead(document, token) && !EntityTypeRefiner.IsTitleOrDate(document.TokenText(token));

    // "the Chief Inspectorate": a capitalised adjective or noun before an institution's head, inside a sentence.
    private static bool IsCapitalizedWordBeforeHead(KnowledgeDocument document, int token) =>
        EntityTypeRefiner.IsCapitalized(document.TokenText(token)) && document.TokenText(token).All(char.IsLetter)
        && document.PartsOfSpeech is { } tags && tags[token] is "ADJ" or "NOUN";

    // A hyphen written without spaces between a capitalised word and the capitalised word after it.
    private static bool IsHyphenInName(KnowledgeDocument document, int before)
    {
        var (left, hyphen, right) = (document.Tokens[before], document.Tokens[before + 1], document.Tokens[before + 2]);
        return document.TokenText(before + 1) == "-"
            && left.Span.End == hyphen.Span.Start
            && hyphen.Span.End == right.Span.Start
            && EntityTypeRefiner.IsCapitalized(document.TokenText(before))
            && EntityTypeRefiner.IsCapitalized(document.TokenText(before + 2));
    }

    private static void RemoveReplaced(List<Mention> mentions, HashSet<int> replaced)
    {
        if (replaced.Count > 0)
        {
            var kept = mentions.Where((_, i) => !replaced.Contains(i)).ToList();
            mentions.Clear();
            mentions.AddRange(kept);
        }
    }

    /// <summary>Adds an organisation for each run of proper names after "the" that ends in a public body's head.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the run give way to it.</param>
    public static void AddBodies(KnowledgeDocument document, List<Mention> mentions)
    {
        // "the Home Office", "the Environment Agency", "The United Kingdom Home Office", "the Norwegian Space Agency":
        // after "the", proper names (a nationality among them) that end in a capitalised body's head are an
        // organisation's name, also where the recogniser saw none or only a place in it.
        // "the All India Kirana Traders Federation": a capitalised word inside the run is the name's even where the tagger
        // reads it as a determiner, unless it is a place's ("The United Kingdom Home Office" is the Home Office).
        var places = mentions.Where(m => m.Kind == EntityKind.Location).SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount)).ToHashSet();
        AddHeadedNames(
            document,
            mentions,
            BodyNameHeads.Contains,
            EntityKind.Organization,
            isNameWord: t => IsProperName(document, t) || IsNationality(document, t) || (IsCapitalizedInside(document, t) && !places.Contains(t)));

        // "the German Aerospace Center": a centre is a body's when a nationality opens its name; otherwise as often a
        // place ("the World Trade Center", "the Kennedy Center").
        AddHeadedNames(
            document,
            mentions,
            word => word is "Center" or "Centre",
            EntityKind.Organization,
            isNameWord: t => IsProperName(document, t) || IsNationality(document, t),
            opens: t => IsNationality(document, t));
    }

    /// <summary>Adds an organisation for each name of a body whose members are named in a plural's possessive.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the body's give way to it.</param>
    public static void AddMembersBodies(KnowledgeDocument document, List<Mention> mentions)
    {
        // "The Australian Workers' Union", "the Writers' Guild": the recogniser stops at the apostrophe, or reads only
        // the nationality. Up to three capitalised words, the plural among them, then the apostrophe and a body's head.
        for (var t = 1; t + 1 < document.Tokens.Count; t++)
        {
            var plural = document.TokenText(t - 1);
            var head = document.TokenText(t + 1);
            if (document.TokenText(t) is not ("'" or "\u2019")
                || document.Tokens[t - 1].Span.End != document.Tokens[t].Span.Start
                || !plural.EndsWith('s')
                || !EntityTypeRefiner.IsCapitalized(plural)
                || !(InstitutionWords.IsBodyHead(head) || head is "Guild" or "Federation")
                || document.SentenceOf(t + 1) != document.SentenceOf(t - 1))
            {
                continue;
            }

            var sentence = document.Sentences[document.SentenceOf(t)];
            var first = t - 1;
            while (first - 1 >= sentence.FirstToken && t - first < 3 && EntityTypeRefiner.IsCapitalized(document.TokenText(first - 1))
                && document.TokenText(first - 1) is not ("The" or "A" or "An"))
            {
                first--;
            }

            var span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[t + 1].Span.End);
            if (mentions.Any(m => m.Span.Overlaps(span) && !span.Contains(m.Span)))
            {
                continue;
            }

            mentions.RemoveAll(m => span.Contains(m.Span));
            mentions.Add(new Mention(span, first, t + 2 - first, EntityKind.Organization, 0.8, "entity-typing/1"));
        }
    }

    /// <summary>Adds an event for each run of proper names after "the" that ends in a capitalised event's head.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the run give way to it.</param>
    public static void AddEvents(KnowledgeDocument document, List<Mention> mentions)
    {
        // "The Midwest Magic Jubilee in St. Louis", read as a place and a person: the run is one event's name.
        AddHeadedNames(document, mentions, word => char.IsUpper(word[0]) && EventHeads.IsHead(word), EntityKind.Event);
    }

    /// <summary>Adds a work for each run of proper names after "the" that ends in a leaked collection's head.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the run give way to it.</param>
    public static void AddLeakedDocuments(KnowledgeDocument document, List<Mention> mentions)
    {
        // "the Panama Papers", "the Harbor Files", "the Nixon Tapes": a collection of documents or recordings published
        // as one, which the recogniser reads as the place or the body it is named after.
        AddHeadedNames(
            document,
            mentions,
            word => word is "Papers" or "Files" or "Cables" or "Leaks" or "Diaries" or "Tapes",
            EntityKind.Work,
            retype: true);
    }

    /// <summary>Adds an organisation for each run of proper names that ends in a company's last word.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the run give way to it.</param>
    public static void AddCompanies(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Calder Motors spokesman Peter Lindqvist", "Solace Robotics, a start-up": a company's name, with or without
        // "the", that the recogniser missed or read as a person's.
        // Inside a sentence a capitalised word before the head is part of the name whatever the tagger says ("accused
        // Adriatic Maritime Lines of", where "Maritime" is tagged an adjective); a sentence's first word only as a
        // proper noun or where the recogniser saw a name start.
        AddHeadedNames(
            document,
            mentions,
            InstitutionWords.IsCompanyHead,
            EntityKind.Organization,
            afterThe: false,
            isNameWord: t => IsProperName(document, t)
                || (EntityTypeRefiner.IsCapitalized(document.TokenText(t))
                    && (document.Sentences[document.SentenceOf(t)].FirstToken != t || mentions.Any(m => m.FirstToken == t && m.Kind != EntityKind.Person))));
    }

    /// <summary>Adds a party for each capitalised qualifier and party plural after "the" ("the Liberal Democrats").</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the party's name give way to it.</param>
    public static void AddParties(KnowledgeDocument document, List<Mention> mentions)
    {
        // "joined the Liberal Democrats", "the Sweden Democrats", "the Neo Democrats": the recogniser reads the plural
        // alone, or the country apart, or the whole as miscellaneous. A nationality ("the American Democrats") is not
        // part of a party's name, and the plural alone ("the Democrats") is left as it was read.
        AddHeadedNames(
            document,
            mentions,
            PartyPlurals.IsPartyPlural,
            EntityKind.Organization,
            retype: true,
            isNameWord: t => EntityTypeRefiner.IsCapitalized(document.TokenText(t)) && !Demonyms.TryGetPlace(document.TokenText(t), out _));
    }

    // Adds a mention of a kind for each run of name words that ends in a head word, after "the" unless told otherwise,
    // claiming its words from the mentions inside it; with retype, a mention of exactly those words takes the kind.
    private static void AddHeadedNames(
        KnowledgeDocument document,
        List<Mention> mentions,
        Func<string, bool> isHead,
        EntityKind kind,
        bool afterThe = true,
        bool retype = false,
        Func<int, bool>? isNameWord = null,
        Func<int, bool>? opens = null)
    {
        isNameWord ??= t => IsProperName(document, t);
        var coverage = new TokenCoverage(document.Tokens.Count, mentions);
        var replaced = new HashSet<int>();
        foreach (var sentence in document.Sentences)
        {
            // After "the", the name cannot start the sentence; without it, it can ("Calder Motors spokesman Peter Lindqvist").
            var floor = afterThe ? sentence.FirstToken + 1 : sentence.FirstToken;
            for (var t = floor + 1; t < sentence.EndToken; t++)
            {
                if (!isHead(document.TokenText(t))
                    || (!afterThe && t + 1 < sentence.EndToken && EntityTypeRefiner.IsCapitalized(document.TokenText(t + 1))))
                {
                    // Without "the", a capitalised word after the head makes it part of something longer: "US Energy
                    // Secretary Chris Wright".
                    continue;
                }

                var start = t;
                while (start - 1 >= floor && !isHead(document.TokenText(start - 1)))
                {
                    if (isNameWord(start - 1))
                    {
                        start--;
                    }
                    else if (start - 3 >= floor && IsHyphenInName(document, start - 3))
                    {
                        // "the Make-A-Wish Foundation": capitalised parts joined by hyphens, whatever the tagger says.
                        start -= 3;
                    }
                    else
                    {
                        break;
                    }
                }

                if (start == t || (afterThe && (start - 1 < sentence.FirstToken || document.TokenText(start - 1) is not ("the" or "The")))
                    || (opens is not null && !opens(start)))
                {
                    continue;
                }

                var span = new TextSpan(document.Tokens[start].Span.Start, document.Tokens[t].Span.End);
                var found = new Mention(span, start, t + 1 - start, kind, 0.7, "entity-typing/1");
                if (!TryClaim(mentions, coverage, replaced, found) && retype && coverage.Owners(start, t + 1) is [var same]
                    && mentions[same].FirstToken == start && mentions[same].EndToken == t + 1)
                {
                    // The recogniser saw the very words, as another kind: "the Harbor Files" read as an organisation.
                    mentions[same] = mentions[same] with { Kind = kind };
                }
            }
        }

        RemoveReplaced(mentions, replaced);
    }

    /// <summary>
    /// Tells whether a word is written as a brand is: one word with a capital inside it after four letters or more
    /// ("TerminalSur", "FreshKart", "WikiLeaks"), which people's names never are ("MacIsaac", "LeBlanc", "DiCaprio" and
    /// "FitzGerald" have theirs after a short prefix).
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a brand's word.</returns>
    public static bool IsBrand(string word)
    {
        if (word.Length < 6 || !char.IsUpper(word[0]) || !word.All(char.IsLetter) || word.StartsWith("Fitz", StringComparison.Ordinal))
        {
            return false;
        }

        for (var c = 1; c < word.Length; c++)
        {
            if (char.IsUpper(word[c]) && char.IsLower(word[c - 1]))
            {
                return c >= 4;
            }
        }

        return false;
    }

    /// <summary>Adds a company's mention for each brand's word inside a sentence that no mention covers.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place.</param>
    public static void AddBrands(KnowledgeDocument document, List<Mention> mentions)
    {
        // "The union accused TerminalSur of …": the recogniser, trained on older news, misses words written as brands
        // are; inside a sentence (not opening it, where any word is capitalised) one is a company's name.
        var coverage = new TokenCoverage(document.Tokens.Count, mentions);
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            // A hashtag's or a handle's words ("#IStandWithAhmed") name nothing.
            var start = document.Tokens[t].Span.Start;
            if (coverage.IsFree(t, t + 1) && IsBrand(document.TokenText(t)) && document.Sentences[document.SentenceOf(t)].FirstToken != t
                && (start == 0 || document.Text[start - 1] is not ('#' or '@')))
            {
                mentions.Add(new Mention(document.Tokens[t].Span, t, 1, EntityKind.Organization, 0.6, "entity-typing/1"));
            }
        }
    }

    /// <summary>Adds an event for each feast named in several words that the recogniser read only in part.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions, changed in place; names seen inside the feast's name give way to it.</param>
    public static void AddOccasions(KnowledgeDocument document, List<Mention> mentions)
    {
        // "the end of the Chinese New Year celebrations": the recogniser saw only "Chinese".
        var coverage = new TokenCoverage(document.Tokens.Count, mentions);
        var replaced = new HashSet<int>();
        var text = document.Text;
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            var start = document.Tokens[t].Span.Start;
            foreach (var phrase in EventHeads.OccasionPhrases)
            {
                if (text[start] != phrase[0])
                {
                    continue;
                }

                var end = t;
                while (end < document.Tokens.Count && document.Tokens[end].Span.End < start + phrase.Length)
                {
                    end++;
                }

                if (end == document.Tokens.Count
                    || document.Tokens[end].Span.End != start + phrase.Length
                    || string.CompareOrdinal(text, start, phrase, 0, phrase.Length) != 0)
                {
                    continue;
                }

                if (TryClaim(mentions, coverage, replaced, new Mention(new TextSpan(start, start + phrase.Length), t, end + 1 - t, EntityKind.Event, 0.8, "entity-typing/1")))
                {
                    break;
                }
            }
        }

        RemoveReplaced(mentions, replaced);
    }

    /// <summary>
    /// Adds a mention found by a rule unless a mention reaches out of its words or already has exactly them; the
    /// mentions inside it give way to it (they are noted in <paramref name="replaced"/>).
    /// </summary>
    private static bool TryClaim(List<Mention> mentions, TokenCoverage coverage, HashSet<int> replaced, Mention found)
    {
        var (first, end) = (found.FirstToken, found.EndToken);
        var owners = coverage.Owners(first, end);
        if (owners.Any(k => mentions[k].FirstToken < first || mentions[k].EndToken > end || (mentions[k].FirstToken == first && mentions[k].EndToken == end)))
        {
            return false;
        }

        replaced.UnionWith(owners);
        mentions.Add(found);
        coverage.Claim(first, end, mentions.Count - 1);
        return true;
    }

    /// <summary>Makes the words that spell the article's site's name an organisation: the outlet that published it.</summary>
    /// <param name="document">The document, whose identifier is the article's address.</param>
    /// <param name="mentions">The mentions, changed in place.</param>
    public static void NamePublisher(KnowledgeDocument document, List<Mention> mentions)
    {
        // "Wikinews interviews …", "told the BBC": the outlet that published the article is an organisation wherever
        // the text spells its site's name, whether or not the recogniser knew the word.
        if (PublisherName.SiteLabel(document.Annotated.Metadata.Id) is not { } label)
        {
            return;
        }

        var tags = document.PartsOfSpeech;
        var coverage = new TokenCoverage(document.Tokens.Count, mentions);
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!document.TokenText(i).Any(char.IsUpper))
                {
                    continue;
                }

                var end = PublisherEnd(document, i, sentence.EndToken, label);
                if (end < 0 || (tags is not null && !Enumerable.Range(i, end - i).Any(t => tags[t] == "PROPN")))
                {
                    continue;
                }

                var span = new TextSpan(document.Tokens[i].Span.Start, document.Tokens[end - 1].Span.End);
                var owners = coverage.Owners(i, end);
                if (owners.Count == 0)
                {
                    mentions.Add(new Mention(span, i, end - i, EntityKind.Organization, 0.8, "entity-typing/1"));
                    coverage.Claim(i, end, mentions.Count - 1);
                }
                else if (owners.Count == 1
                    && mentions[owners[0]].Span == span
                    && mentions[owners[0]].Kind is EntityKind.Person or EntityKind.Location or EntityKind.Other)
                {
                    // "Wikinews spoke with …" read as a person's name: the site is the outlet.
                    mentions[owners[0]] = mentions[owners[0]] with { Kind = EntityKind.Organization, Name = null };
                }

                i = end - 1;
            }
        }
    }

    private static int PublisherEnd(KnowledgeDocument document, int first, int sentenceEnd, string label)
    {
        // Up to five words from a capitalised one, lower-case connectors inside ("The Globe and Mail"), ending on a
        // capitalised word.
        for (var end = first + 1; end <= Math.Min(first + 5, sentenceEnd); end++)
        {
            var last = document.TokenText(end - 1);
            if (!last.Any(char.IsUpper))
            {
                if (!EntityTypeRefiner.TitleConnectors.Contains(last))
                {
                    return -1;
                }

                continue;
            }

            if (PublisherName.Spells(Enumerable.Range(first, end - first).Select(document.TokenText), label))
            {
                return end;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\GSp\.? z o\.o\.?")]
    private static partial Regex PolishLimitedForm();

    // A show's credit line: the role's label at a line's start, then a name of two or three capitalised words alone.
    [GeneratedRegex(@"(?m)^[ \t]*(?:Host|Co-host|Presenter|Producer|Executive producer|Reporter|Editor|Hosted by|Produced by|Presented by)[ \t]*:?[ \t]+(?<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})[ \t]*$")]
    private static partial Regex CreditLine();
}
