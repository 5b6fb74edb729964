using System.Collections.Frozen;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Where news prose misleads the classifier trained on CoNLL04: relations it proposes that the sentence's own wording
/// rules out, so that they are not kept.
/// </summary>
internal static partial class ClassifierVetoes
{
    private static readonly FrozenSet<string> RoleNouns = FrozenSet.ToFrozenSet(
        RoleWords.Jobs
            .Concat(RoleWords.LeaderTitles.Where(t => !t.Contains(' ', StringComparison.Ordinal)))
            .Concat(["officer", "director", "secretary", "member", "members", "staff", "executive", "lawyer", "official", "officials", "convenor", "convener"]),
        StringComparer.Ordinal);

    // Jobs that news gives a place as a remit: "organiser for west Wales", "correspondent for Asia", "minister for Wales".
    private static readonly FrozenSet<string> RemitRoles = FrozenSet.ToFrozenSet(
        [
            "organiser", "organizer", "coordinator", "co-ordinator", "correspondent", "editor", "reporter", "representative",
            "spokesman", "spokeswoman", "spokesperson", "manager", "director", "officer", "minister", "secretary",
            "commissioner", "member", "candidate", "envoy", "ambassador", "champion",
        ],
        StringComparer.Ordinal);

    /// <summary>Whether the classifier's relation between two mentions of a sentence is ruled out.</summary>
    /// <param name="document">The document.</param>
    /// <param name="source">The relation's subject mention.</param>
    /// <param name="target">The relation's object mention.</param>
    /// <param name="kind">The relation.</param>
    /// <param name="patterns">The relations the patterns found in the document.</param>
    /// <returns>Whether to drop it.</returns>
    public static bool Vetoed(KnowledgeDocument document, int source, int target, RelationKind kind, IReadOnlyList<RelationMention> patterns)
    {
        // The patterns read what the sentence says of the pair ("a member of", "called on ... to resign"): a different
        // relation is not added beside it, except employment beside heading or resigning.
        var pair = (RelationContext.ChainOf(document, source), RelationContext.ChainOf(document, target));
        if (patterns.Any(r => r.Kind != kind
            && !(kind == RelationKind.WorksFor && r.Kind is RelationKind.Leads or RelationKind.ResignedFrom)
            && IsPair(document, r, pair)))
        {
            return true;
        }

        // "Clara Wendt: Petra Lange wants the DLR to stop paying you": a transcript's speaker's label stands outside the
        // sentence it opens, so nothing in the sentence is the speaker's.
        if (SpeakerLabels.Opens(document, document.Entities[source]) || SpeakerLabels.Opens(document, document.Entities[target]))
        {
            return true;
        }

        // "The National Health Service in England has been advised to review its networks, the NCSC said": the source
        // that closes a sentence stands outside what it reports.
        if (ClosesWithAttribution(document, document.Entities[source]) || ClosesWithAttribution(document, document.Entities[target]))
        {
            return true;
        }

        // "The Llywydd (Elin Jones):": a name in parentheses right after another is its other name or its holder, which
        // the sentence relates to nothing.
        if (InParenthesesAfter(document, document.Entities[source], document.Entities[target]))
        {
            return true;
        }

        // "Ewa Dąbrowska, Dąbrowski's wife, resigned as deputy director of the directorate": a person named only to say
        // whose kin another is stands outside the rest of the sentence.
        if (IsKinsPossessor(document, document.Entities[source]) || IsKinsPossessor(document, document.Entities[target]))
        {
            return true;
        }

        // "The Cape Breton MLA defeated Marc Thibodeau": a place or a body inside a person's description is that
        // person's, not anyone else's in the sentence.
        if (InAnothersDescription(document, source, target) || InAnothersDescription(document, target, source))
        {
            return true;
        }

        return kind switch
        {
            RelationKind.WorksFor => NotEmployment(document, document.Entities[source], document.Entities[target])
                || BoundToAnother(document, source, target)
                || HeldByAnotherBetween(document, source, target, patterns)
                || ElectedBodyOfPartyMember(document, source, target, patterns)
                || SpeakerOfQuotation(document, document.Entities[source], document.Entities[target])
                || LeaderOfWhatCameBefore(document, document.Entities[source], document.Entities[target]),
            RelationKind.LocatedIn => RelationContext.CannotContain(document, document.Entities[source], document.Entities[target])
                || RelationContext.ListedOrOwned(document, source, target)
                || RelationContext.PlaceBetweenUnchained(document, source, target)
                || TimeBetween(document, document.Entities[source], document.Entities[target])
                || BaseOfABody(document, document.Entities[source])
                || BaseOfABody(document, document.Entities[target]),
            RelationKind.LivesIn => NamesNoResidence(document, document.Entities[source], document.Entities[target])
                || ReportedFrom(document, document.Entities[source], document.Entities[target])
                || MovedAwayAfter(document, document.Entities[target])
                || BasedBodyOf(document, document.Entities[target])
                || PlaceOfABody(document, document.Entities[target])
                || IsRemit(document, document.Entities[target]),
            RelationKind.BasedIn => IsRemit(document, document.Entities[target]) || IsDatelinesAgency(document, document.Entities[source])
                || PlaceOfAnotherBody(document, source, target),
            RelationKind.Killed => !DeathWord().IsMatch(document.Slice(document.Sentences[document.SentenceOf(document.Entities[source].FirstToken)].Span)),
            _ => false,
        };
    }

    private static bool InParenthesesAfter(KnowledgeDocument document, Mention a, Mention b)
    {
        var (first, second) = a.FirstToken <= b.FirstToken ? (a, b) : (b, a);
        return second.FirstToken == first.EndToken + 1 && document.TokenText(first.EndToken) == "(";
    }

    private static bool InAnothersDescription(KnowledgeDocument document, int person, int name)
    {
        var inner = document.Entities[name];
        var chain = RelationContext.ChainOf(document, person);
        for (var d = 0; d < document.Entities.Count; d++)
        {
            var description = document.Entities[d];
            if (d != name && description is { Form: MentionForm.Nominal, Kind: EntityKind.Person }
                && description.FirstToken <= inner.FirstToken && inner.EndToken <= description.EndToken
                && RelationContext.ChainOf(document, d) != chain)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClosesWithAttribution(KnowledgeDocument document, Mention mention)
    {
        var sentence = document.Sentences[document.SentenceOf(mention.FirstToken)];
        var before = mention.FirstToken - 1;
        if (before > sentence.FirstToken && document.TokenText(before) is "the" or "The")
        {
            before--;
        }

        var next = mention.EndToken;
        if (next < sentence.EndToken && document.TokenText(next) is "has" or "have")
        {
            next++;
        }

        // The verb ends the sentence, give or take a day ("the NCSC said on Monday."): nothing it says follows it.
        if (before <= sentence.FirstToken
            || document.TokenText(before) != ","
            || next >= sentence.EndToken
            || document.TokenText(next) is not ("said" or "says" or "added" or "reported" or "confirmed" or "announced")
            || sentence.EndToken - next > 5
            || document.TokenText(sentence.EndToken - 1) != ".")
        {
            return false;
        }

        for (var t = next + 1; t < sentence.EndToken; t++)
        {
            if (document.TokenText(t) is "that" or "," or ":")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "CEBU CITY, Philippines, March 3 (PNS) -": the agency a dateline credits filed the story from its place, and is
    /// based wherever it is.
    /// </summary>
    private static bool IsDatelinesAgency(KnowledgeDocument document, Mention body) =>
        body.FirstToken >= 2 && body.EndToken + 1 < document.Tokens.Count
        && document.TokenText(body.FirstToken - 1) == "(" && document.TokenText(body.EndToken) == ")"
        && document.TokenText(body.EndToken + 1) is "-" or "\u2013" or "\u2014" or "--"
        && document.TokenText(body.FirstToken - 2).Any(char.IsDigit);

    /// <summary>
    /// A place a job is for is its remit ("Unison's regional organiser for west Wales", "the Labour MP for Leith"), and a
    /// place someone represents is their seat: neither where the person lives nor where the body is based.
    /// </summary>
    private static bool IsRemit(KnowledgeDocument document, Mention place)
    {
        var t = place.FirstToken - 1;
        if (t >= 0 && document.TokenText(t) is "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western"
            or "central" or "mid" or "greater" or "rural")
        {
            t--;
        }

        if (t >= 0 && document.TokenText(t) == "the")
        {
            t--;
        }

        // "who represents Geoje in the National Assembly": the place a lawmaker represents is a seat, too.
        return (t >= 0 && document.TokenText(t) is "represents" or "represented" or "representing")
            || (t >= 1
                && document.TokenText(t) == "for"
                && (RemitRoles.Contains(document.TokenText(t - 1)) || MemberTitles.Contains(document.TokenText(t - 1))));
    }

    /// <summary>
    /// A place that is a verb's subject or object acts or is acted on ("England opened the scoring when Harry Kane
    /// scored", "the referee awarded Sweden a penalty", "she visited France"): a team, a state or a destination, never
    /// where someone lives, which news states with a preposition, a possessive or a compound ("a boy from Irving", "a
    /// resident of Evansville", "Lisbon resident Tiago Neves"). Where the parse shows it, a place that only says where
    /// something else happened is none either ("met Helen Park in Harbor City", "studied in France", "traveled to
    /// Florida"), unlike where someone lives, was born, grew up, settled or works.
    /// </summary>
    // "Reporting by Erik Lindqvist in Egilsstadir; additional reporting by Marte Hovland in Bergen": a wire story's credit
    // says where a reporter filed from, not where they live.
    // "(Reporting by Stavros Kalligas in Athens and Marina Douka in Lefkada; Editing by …)": a wire credit says where each
    // reporter filed from, not where they live; the recogniser may read a reporter's name as a place's.
    private static bool ReportedFrom(KnowledgeDocument document, Mention person, Mention place) =>
        place.FirstToken == person.EndToken + 1 && document.TokenText(person.EndToken) == "in"
        && CreditNames.InReportingCredit(document.Text, person.Span.Start);

    private static bool NamesNoResidence(KnowledgeDocument document, Mention person, Mention place)
    {
        if (document.Dependencies is not { } arcs)
        {
            // Without a parse (the fast profile), the tags next to the name: a verb right after it has it as its subject
            // ("Belgium started the game"; not "a boy from Irving was arrested"), a verb right before it as its object
            // ("awarded Sweden a penalty").
            if (document.PartsOfSpeech is not { } tags)
            {
                return false;
            }

            var before = place.FirstToken > 0 ? tags[place.FirstToken - 1] : "";
            if (before == "ADP")
            {
                // "signed copies in Port Elena", "was born in Harbor City": the last verb between the person and the
                // place after a preposition says what happened there.
                for (var t = place.FirstToken - 2; t >= person.EndToken; t--)
                {
                    if (tags[t] == "VERB")
                    {
                        return !ResidenceVerb().IsMatch(document.TokenText(t));
                    }
                }

                return false;
            }

            return before == "VERB" || (place.EndToken < tags.Count && tags[place.EndToken] is "VERB" or "AUX");
        }

        // The name's syntactic head: its one token whose head lies outside it.
        for (var t = place.FirstToken; t < place.EndToken; t++)
        {
            var head = arcs[t].Head;
            if (head < place.FirstToken || head >= place.EndToken)
            {
                return arcs[t].Label is "nsubj" or "nsubj:pass" or "obj" or "iobj"
                    || (arcs[t].Label == "obl"
                        && head >= 0
                        && document.PartsOfSpeech is { } tags
                        && tags[head] == "VERB"
                        && !ResidenceVerb().IsMatch(document.TokenText(head)));
            }
        }

        return false;
    }

    // "back to Las Vegas in December, Mexico in January": a date between two places makes them stops of an itinerary.
    private static bool TimeBetween(KnowledgeDocument document, Mention a, Mention b)
    {
        // The times are in text order and do not overlap: the first one that starts after the earlier place decides.
        var (first, second) = a.Span.Start < b.Span.Start ? (a, b) : (b, a);
        var times = document.Times;
        var (low, high) = (0, times.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = times[middle].Span.Start < first.Span.End ? (middle + 1, high) : (low, middle);
        }

        return low < times.Count && times[low].Span.End <= second.Span.Start;
    }

    // "The Port Calder-based company ... operates refineries in the Pacific Northwest": the place a body is based in
    // says where the body is, not where another place is.
    private static bool BaseOfABody(KnowledgeDocument document, Mention place) => BasedCompounds.Follows(document.Text, place.Span.End);

    // "The board, led by chairman Joseph Ngetich, faces a meeting where the farmers' association will table a motion":
    // whom "led by" names heads what comes before it, not a body named after.
    private static bool LeaderOfWhatCameBefore(KnowledgeDocument document, Mention person, Mention organization)
    {
        if (organization.FirstToken < person.EndToken)
        {
            return false;
        }

        var from = Math.Max(0, person.FirstToken - 3);
        var before = RelationContext.Words(document, from, person.FirstToken);
        return LedBy().IsMatch(before);
    }

    // "Halmahera Sinar holds 60% and China's Ningbo Xinghai Metals Co holds the rest": a place in the possessive before a
    // body's name says where that body is, not where another in the sentence is.
    private static bool PlaceOfAnotherBody(KnowledgeDocument document, int body, int place)
    {
        var after = document.Entities[place].EndToken;
        if (after + 1 >= document.Tokens.Count || document.TokenText(after) is not ("'s" or "’s"))
        {
            return false;
        }

        var chain = RelationContext.ChainOf(document, body);
        for (var i = 0; i < document.Entities.Count; i++)
        {
            if (document.Entities[i].FirstToken == after + 1 && document.Entities[i].Kind == EntityKind.Organization
                && RelationContext.ChainOf(document, i) != chain)
            {
                return true;
            }
        }

        return false;
    }

    // "an agribusiness analyst at Kilima Capital in Nairobi": the place right after a body's name and "in" is where the
    // body is, as is a place that names an office.
    private static bool PlaceOfABody(KnowledgeDocument document, Mention place) =>
        (place.FirstToken >= 2 && document.TokenText(place.FirstToken - 1) == "in"
            && document.Entities.Any(m => m.Kind == EntityKind.Organization && m.EndToken == place.FirstToken - 1))
        || NamesAnOffice(document, place);

    // "the head of the ministry's Tongyeong branch office", "head of the East Iceland district office": a place that names
    // a body's office, plant or bureau says where that is.
    private static bool NamesAnOffice(KnowledgeDocument document, Mention place) =>
        RelationContext.PartNoun(document, place.EndToken) is "office" or "branch" or "bureau" or "headquarters" or "plant" or "factory" or "yard"
            or "shipyard" or "depot" or "campus" or "site" or "facility" or "mill" or "mine" or "refinery" or "terminal";

    // "Solberg, a veteran of the Vancouver-based carrier": the place is where the body is based, not where she lives
    // ("a London-based artist" does say where a person lives).
    private static bool BasedBodyOf(KnowledgeDocument document, Mention place) =>
        BasedCompounds.BodyNoun(document.Text, place.Span.End, out _) is not null;

    private static bool IsPair(KnowledgeDocument document, RelationMention relation, (int, int) pair)
    {
        var (a, b) = (RelationContext.ChainOf(document, relation.Source), RelationContext.ChainOf(document, relation.Target));
        return (a, b) == pair || (b, a) == pair;
    }

    /// <summary>
    /// An interview on a network, members of a body, or an organisation that names someone else's role ("Northwind
    /// Energy spokesman Ben Ode said Maria Alvarez ...", "flanked by a Northwind Energy lawyer") is not employment.
    /// </summary>
    private static bool NotEmployment(KnowledgeDocument document, Mention person, Mention organization)
    {
        var (first, second) = person.FirstToken < organization.FirstToken ? (person, organization) : (organization, person);
        var between = RelationContext.Words(document, first.EndToken, second.FirstToken);
        if (between.Contains(" interview", StringComparison.Ordinal)
            || (person.FirstToken < organization.FirstToken && ActsOnFromOutside().IsMatch(between)))
        {
            return true;
        }

        var sentence = document.Sentences[document.SentenceOf(organization.FirstToken)];
        // "a member of the Assembly's Environment and Labor Committee": the body it belongs to may stand between.
        var before = RelationContext.Words(document, Math.Max(sentence.FirstToken, organization.FirstToken - 6), organization.FirstToken);
        if (before.EndsWith(" on ", StringComparison.Ordinal) || MembersOf().IsMatch(before))
        {
            return true;
        }

        return TitlesSomeoneElse(document, person, organization, sentence.EndToken);
    }

    /// <summary>
    /// In a list of people and their parties ("Gary Chan of DAB and Eunice Yung of New People's Party", "FTU's Kwok
    /// Wai-keung and DAB's Horace Cheung"), the body written right after "of" or "from" and another person's name, or
    /// with "'s" right before it, is that person's; it is this person's only when tied to them the same way.
    /// </summary>
    private static bool BoundToAnother(KnowledgeDocument document, int person, int organization)
    {
        var mentions = document.Entities;
        if (IsBound(document, mentions[person], mentions[organization]))
        {
            return false;
        }

        return (organization > 0 && IsOther(organization - 1) && IsBound(document, mentions[organization - 1], mentions[organization]))
            || (organization + 1 < mentions.Count && IsOther(organization + 1) && IsBound(document, mentions[organization + 1], mentions[organization]));

        bool IsOther(int k) => k != person
            && mentions[k].Kind == EntityKind.Person
            && !(mentions[k].Chain >= 0 && mentions[k].Chain == mentions[person].Chain);
    }

    /// <summary>
    /// A title the patterns give another person who stands between the two ("Lena Morales called on Tomas Reyes to
    /// resign as chief executive of Aldous Petroleum") is that person's tie to the body, not this person's.
    /// </summary>
    private static bool HeldByAnotherBetween(KnowledgeDocument document, int person, int organization, IReadOnlyList<RelationMention> patterns)
    {
        var (p, o) = (document.Entities[person], document.Entities[organization]);
        var (from, to) = p.FirstToken < o.FirstToken ? (p.EndToken, o.FirstToken) : (o.EndToken, p.FirstToken);
        var (self, body) = (RelationContext.ChainOf(document, person), RelationContext.ChainOf(document, organization));
        return patterns.Any(r => r.Kind is RelationKind.Leads or RelationKind.WorksFor or RelationKind.ResignedFrom or RelationKind.MemberOf
            && RelationContext.ChainOf(document, r.Target) == body
            && RelationContext.ChainOf(document, r.Source) != self
            && document.Entities[r.Source].FirstToken >= from
            && document.Entities[r.Source].EndToken <= to);
    }

    /// <summary>
    /// An elected body is where a party's member sits, not whom they work for: a person the patterns make a member of
    /// another body in the same sentence ("Naledi Khumalo, PCM caucus leader, Pietermaritzburg City Council") is no
    /// employee of the council, the parliament or the assembly named beside.
    /// </summary>
    private static bool ElectedBodyOfPartyMember(KnowledgeDocument document, int person, int organization, IReadOnlyList<RelationMention> patterns)
    {
        var body = document.Entities[organization];
        if (!Legislatures.IsChamber(document.TokenText(body.EndToken - 1)))
        {
            return false;
        }

        var (self, elected, sentence) = (RelationContext.ChainOf(document, person), RelationContext.ChainOf(document, organization), document.SentenceOf(body.FirstToken));
        return patterns.Any(r => r.Kind == RelationKind.MemberOf
            && r.Sentence == sentence
            && RelationContext.ChainOf(document, r.Source) == self
            && RelationContext.ChainOf(document, r.Target) != elected);
    }

    /// <summary>
    /// A body named inside a quotation is what the speaker talks about, not whom they work for ("'... the
    /// responsibility of Aldous Petroleum,' Whitfield told reporters"), unless the speaker talks of themselves in it
    /// ("'I have worked for Northwind for 20 years,' Reyes said").
    /// </summary>
    private static bool SpeakerOfQuotation(KnowledgeDocument document, Mention person, Mention organization)
    {
        var sentence = document.Sentences[document.SentenceOf(organization.FirstToken)];
        var (opened, closed) = Quotation(document, sentence.FirstToken, organization.FirstToken);
        if (opened < 0 || Quotation(document, sentence.FirstToken, person.FirstToken).Opened >= 0)
        {
            return false;
        }

        var end = closed < 0 ? sentence.EndToken : closed;
        for (var t = opened; t < end; t++)
        {
            if (document.TokenText(t) is "I" or "I'm" or "I've" or "my" or "My" or "me")
            {
                return false;
            }
        }

        return true;
    }

    // The quotation open at a token: the token after its opening mark and the closing mark's token (-1 when none is
    // open, or when it does not close in the sentence).
    private static (int Opened, int Closed) Quotation(KnowledgeDocument document, int first, int at)
    {
        var opened = -1;
        for (var t = first; t < at; t++)
        {
            var word = document.TokenText(t);
            if (word is "\u201C" || (word is "\"" && opened < 0))
            {
                opened = t + 1;
            }
            else if (word is "\u201D" or "\"")
            {
                opened = -1;
            }
        }

        if (opened < 0)
        {
            return (-1, -1);
        }

        var end = document.Sentences[document.SentenceOf(at)].EndToken;
        for (var t = at; t < end; t++)
        {
            if (document.TokenText(t) is "\u201D" or "\"")
            {
                return (opened, t);
            }
        }

        return (opened, -1);
    }

    private static bool IsBound(KnowledgeDocument document, Mention person, Mention organization) =>
        person.EndToken <= organization.FirstToken
            ? RelationContext.Words(document, person.EndToken, organization.FirstToken) is " of " or " of the " or " from " or " from the "
            : RelationContext.Words(document, organization.EndToken, person.FirstToken) is " 's " or " \u2019s ";

    private static bool TitlesSomeoneElse(KnowledgeDocument document, Mention person, Mention organization, int end)
    {
        var t = organization.EndToken;
        if (t < end && document.TokenText(t) is "'s" or "’s" or "'")
        {
            t++;
        }
        else if (t + 2 < end && document.TokenText(t) == "(" && document.TokenText(t + 2) == ")")
        {
            // "the Greater Cebu Water District (GCWD) general manager": the acronym stands between the name and the title.
            t += 3;
        }

        for (var n = 0; n < 3 && t < end; n++, t++)
        {
            if (!RoleNouns.Contains(document.TokenText(t).ToLowerInvariant()))
            {
                continue;
            }

            var next = t + 1;
            while (next < end && RoleNouns.Contains(document.TokenText(next).ToLowerInvariant()))
            {
                next++;
            }

            if (next < end && document.TokenText(next) == ",")
            {
                next++;
            }

            // The title is the person's when their name follows it, or when they stand in apposition before it
            // ("Maria Alvarez, a Northwind Energy engineer").
            var apposition = person.EndToken <= organization.FirstToken
                && Apposition().IsMatch(RelationContext.Words(document, person.EndToken, organization.FirstToken));
            return next != person.FirstToken && !apposition;
        }

        return false;
    }

    // "tried to win over the Harbor Council", "lobbied the ministry", "sued Northwind Energy", "won the Golden Lion",
    // "told Leaf & Ledger Africa": someone who works on a body from outside, takes its prize or talks to it.
    [GeneratedRegex(
        @" (?:win|wins|won|winning) over (?:the )?$| (?:won|wins|received|receives|collected|collects|was awarded|accepted) (?:the |a |an )?$"
        + @"| (?:lobby|lobbies|lobbied|lobbying|persuade|persuades|persuaded|convince|convinces|convinced"
        + @"|sue|sues|sued|suing|petition|petitions|petitioned|told|tells) (?:the )?$")]
    private static partial Regex ActsOnFromOutside();

    [GeneratedRegex(@"\b(?:led|headed|chaired|run) by (?:[a-z-]+ )?$")]
    private static partial Regex LedBy();

    // ", Dąbrowski's wife,": an apposition's possessor of a kin word.
    private static bool IsKinsPossessor(KnowledgeDocument document, Mention person) =>
        person.Kind == EntityKind.Person && person.Span.Start >= 2 && document.Text.AsSpan(person.Span.Start - 2, 2).SequenceEqual(", ")
        && KinsPossessor().IsMatch(document.Text.AsSpan(person.Span.End, Math.Min(24, document.Text.Length - person.Span.End)));

    [GeneratedRegex(@"^(?:'s|’s) " + RelationPatterns.Family + @" ?,")]
    private static partial Regex KinsPossessor();

    // "was born in Harbor City but moved away as a child": a place the sentence goes on to say was left behind.
    private static bool MovedAwayAfter(KnowledgeDocument document, Mention place)
    {
        var sentence = document.Sentences[document.SentenceOf(place.FirstToken)];
        return MovedAway().IsMatch(RelationContext.Words(document, place.EndToken, sentence.EndToken));
    }

    [GeneratedRegex(@"\b(?:moved|moving|went|fled|emigrated) (?:away|abroad|out)\b|\bleft (?:it|home|the (?:city|town|country|village))\b")]
    private static partial Regex MovedAway();

    // The verbs whose place is where someone lives or comes from: "lives in", "was born in", "grew up in", "moved to".
    [GeneratedRegex(
        @"^(?:liv|resid|born|bore|rais|gr[eo]w|settl|mov|relocat|emigrat|immigrat|return|stay|work|based|hail|reared|spent|spend|remain)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ResidenceVerb();

    [GeneratedRegex(@"\bmembers? of (?:the )?(?:\S+ (?:'s|’s) )?$")]
    private static partial Regex MembersOf();

    [GeneratedRegex(@"^ , (?:a |an |the )?(?:former |senior |top |chief )?$")]
    private static partial Regex Apposition();

    [GeneratedRegex(
        @"\b(?:kill|murder|assassinat|slay|slain|shot|shoot|stabb|strangl|poison|execut|behead|death|dead|died|dies|bomb|massacre|homicide|manslaughter|gunned)",
        RegexOptions.IgnoreCase)]
    private static partial Regex DeathWord();
}
