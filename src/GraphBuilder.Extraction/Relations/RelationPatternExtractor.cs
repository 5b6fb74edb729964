using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Finds typed relations between the entity mentions of a sentence with precise surface patterns
/// (<see cref="RelationPatterns"/>) and three structural rules: a rival apposition ("Sanders, her competitor"), a
/// resignation ("the council's chairwoman X had to step down"), and a work named right after the sentence that
/// announces it ("… for her two-part documentary. The Harbor Tapes premiered …"). Negated or denied statements
/// yield nothing. Runs after coreference, so descriptions that point back to a name can carry relations.
/// </summary>
public sealed partial class RelationPatternExtractor : IExtractionStage
{
    /// <summary>The most tokens a pattern reads between two mentions unless it says otherwise.</summary>
    internal const int MaxGap = 16;

    // The most tokens any pattern reads between two mentions.
    private static readonly int LongestReach = RelationPatterns.All.Max(p => p.Reach);

    // What a person has or does that a speaker may judge.
    private static readonly FrozenSet<string> VerdictObjects = FrozenSet.ToFrozenSet(
        [
            "plan", "plans", "proposal", "proposals", "policy", "policies", "budget", "scheme", "idea", "ideas", "approach", "decision",
            "decisions", "comments", "remarks", "record", "promise", "pledge", "platform", "handling", "response", "conduct",
        ],
        StringComparer.Ordinal);

    // What may stand between "we" and "accuse": "we also accuse", "we formally accuse", "we have accused".
    private static readonly FrozenSet<string> AccusingAdverbs = FrozenSet.ToFrozenSet(
        ["also", "now", "formally", "publicly", "openly", "directly", "hereby", "have", "again"], StringComparer.Ordinal);

    // The nouns for someone's words that "The remarks drew criticism from" opens with (read before the whole pattern).
    private static readonly FrozenSet<string> RemarkWords = FrozenSet.ToFrozenSet(
        ["remarks", "remark", "comments", "comment", "statement", "statements", "words", "stance", "assurance", "assurances", "declaration"],
        StringComparer.OrdinalIgnoreCase);

    // Words of a damning verdict on a plan or a record.
    private static readonly FrozenSet<string> DamningWords = FrozenSet.ToFrozenSet(
        [
            "reckless", "insulting", "irresponsible", "dangerous", "disgraceful", "shameful", "cruel", "misguided", "appalling",
            "outrageous", "wrong-headed", "short-sighted", "unacceptable", "disastrous", "absurd", "ridiculous", "foolish",
            "incompetent", "unworkable", "callous", "heartless", "insane", "nonsense", "deplorable",
        ],
        StringComparer.Ordinal);

    // The pattern that reads "X, Y" as a place and the region it lies in.
    private const string CityCountryPattern = "city-country";
    private const string JoinedPattern = "joined";

    /// <inheritdoc/>
    public string Name => "relation-patterns";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public void Process(KnowledgeDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var relations = new List<RelationMention>();
        var mentions = document.Entities;
        var bySentence = Enumerable.Range(0, mentions.Count)
            .GroupBy(i => document.SentenceOf(mentions[i].FirstToken))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (sentence, indices) in bySentence)
        {
            if (sentence < 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var date = document.Times.FirstOrDefault(t => t.Value is not null && document.Sentences[sentence].Span.Contains(t.Span))?.Value;
            var found = new List<RelationMention>();
            Patterns(document, indices, sentence, found);
            Rivals(document, indices, sentence, found);
            Resignations(document, indices, sentence, found);
            Dismissals(document, indices, sentence, found);
            CoordinatedVerbs(document, indices, sentence, found);
            relations.AddRange(found.Select(r => r with { Date = date }));
        }

        WorksAcrossSentences(document, bySentence, relations);
        BareJobs(document, bySentence, relations);
        RosterRoles(document, relations);
        SignedRoles(document, relations);
        BasedDescriptions(document, relations);
        MayorsCouncils(document, relations);
        TeamMembers(document, relations);
        SpeakersVerdicts(document, relations);
        RemarksCriticized(document, bySentence, relations);
        SpokenAccusations(document, bySentence, relations);
        ProgrammeGuests.Add(document, relations);
        document.SetRelations(Deduplicate(document, relations));
    }

    private static void Patterns(KnowledgeDocument document, List<int> indices, int sentence, List<RelationMention> found)
    {
        for (var a = 0; a < indices.Count; a++)
        {
            var first = document.Entities[indices[a]];
            if (first.Kind == EntityKind.Person && SpeakerLabels.Opens(document, first))
            {
                // "DOUCETTE: Your guild endorsed Colleen MacIsaac": a speaker's label stands outside what the speaker says.
                continue;
            }

            // "The head of Kabilin Water Resources, Inc. (KWRI) on Tuesday criticized …": the head acts, not the body.
            var head = HeadOfBody(document, indices, a);
            bool? closesAnAside = null;
            for (var b = a + 1; b < indices.Count; b++)
            {
                var second = document.Entities[indices[b]];
                var gap = second.FirstToken - first.EndToken;
                if (gap > LongestReach || second.FirstToken < first.EndToken || SameChain(first, second))
                {
                    continue;
                }

                if (head is { } h)
                {
                    var upTo = NothingBetween(document, indices, a, b) ? second.FirstToken : DescriptorBefore(document, indices, a, b);
                    if (upTo is { } stop && !DescribesNext(document, indices, b))
                    {
                        Match(document, indices, h, b, sentence, Between(document, first.EndToken, stop), adjacent: true, found, first.EndToken);
                    }

                    continue;
                }

                // "defeated Halifax lawyer Marc Thibodeau": the place or body that describes the person after it is
                // not what the words before it speak of; the person is (read below).
                if (DescribesNext(document, indices, b))
                {
                    continue;
                }

                // A place inside a description ("The Bremen-based company") stands in it, not between the two. Beyond
                // the usual reach only the few patterns that read past an aside apply, none of them over another name.
                var adjacent = NothingBetween(document, indices, a, b);
                if (gap > MaxGap && !adjacent)
                {
                    // "Ignacio Peña, who represents the Valparaíso Region, visited the picket line in the afternoon and
                    // voiced his support for the strikers": past an aside the reach counts from its closing comma.
                    if (Apposed(document, indices, a, b, out var past, out var resumes))
                    {
                        Match(document, indices, a, b, sentence, past, adjacent: true, found, resumes);
                    }
                    else
                    {
                        // "filed a criminal complaint with the public prosecutor in Lefkada on behalf of …, accusing": a
                        // pattern that reaches far and over names reads the whole.
                        Match(document, indices, a, b, sentence, Between(document, first.EndToken, second.FirstToken), adjacent: false, found);
                    }

                    continue;
                }

                var between = Between(document, first.EndToken, second.FirstToken);
                if (!adjacent && BaseBefore(document, indices, a, b) is { } placeStart)
                {
                    // "Ruth Tamihana, the chief executive of Hastings-based Kowhai Engineering": the place only says where
                    // the second is based; the words around it read as if it were not there.
                    adjacent = true;
                    between = Between(document, first.EndToken, placeStart);
                }

                if (!adjacent && DescriptorBefore(document, indices, a, b) is { } descriptorStart)
                {
                    // "defeated Halifax lawyer Marc Thibodeau": a place or a body and a role before a person's name
                    // describe the person; the words before them read as if they were not there.
                    adjacent = true;
                    between = Between(document, first.EndToken, descriptorStart);
                }

                // "… Democratic Coast Party (DKP), accused": an acronym in parentheses closes the name before the comma.
                if ((between.StartsWith(" , ", StringComparison.Ordinal) || between.StartsWith(" ) , ", StringComparison.Ordinal))
                    && (closesAnAside ??= ClosesAnAside(document, indices, first)))
                {
                    // "The ITA, which runs programmes for the UCI, has charged Verhoeven": the name that closes an aside
                    // is not the subject of the verb after it; the name before the aside is, read past it below.
                    continue;
                }

                if (!Match(document, indices, a, b, sentence, between, adjacent, found)
                    && gap <= MaxGap
                    && Apposed(document, indices, a, b, out var rest, out var restStart))
                {
                    Match(document, indices, a, b, sentence, rest, adjacent: true, found, restStart);
                }

                if (RelativeClauseVerb(document, indices, a, b) is { } verb)
                {
                    // "Rep. Yoon Seo-yeon of the opposition Solidarity Future Party, who has called for Choi to step
                    // down": the clause's verb has the person before it as its subject.
                    Match(document, indices, a, b, sentence, Between(document, verb, second.FirstToken), adjacent: true, found, verb);
                }
            }
        }
    }

    // The token after "who" when a relative clause follows a person's name, or the name and the party or body it is "of",
    // and the second name stands in the clause with no other name before it; null otherwise. A name that is itself "of"
    // someone ("the wife of Kim Hyun-woo, who spoke") may not be the clause's subject.
    private static int? RelativeClauseVerb(KnowledgeDocument document, List<int> indices, int a, int b)
    {
        var (first, second) = (document.Entities[indices[a]], document.Entities[indices[b]]);
        if (first.Kind != EntityKind.Person || (first.FirstToken > 0 && document.TokenText(first.FirstToken - 1) == "of"))
        {
            return null;
        }

        var comma = first.EndToken;
        if (comma < second.FirstToken && document.TokenText(comma) == "of")
        {
            // "of the opposition Solidarity Future Party,": lower-case words and names up to the comma.
            var t = comma + 1;
            while (t < second.FirstToken && t - comma <= 7 && document.TokenText(t) != ","
                && (document.IsInEntity(t) || document.TokenText(t).All(char.IsLower)))
            {
                t++;
            }

            comma = t;
        }

        var verb = comma + 2;
        if (verb >= second.FirstToken || document.TokenText(comma) != "," || document.TokenText(comma + 1) != "who")
        {
            return null;
        }

        for (var m = a + 1; m < b; m++)
        {
            if (document.Entities[indices[m]].FirstToken >= verb)
            {
                return null;
            }
        }

        return verb;
    }

    // Whether a comma lies inside a name and does not end it: the comma of "Co., Ltd." (only a legal form after it is
    // looked for, so that the mentions are searched rarely).
    private static bool InsideAName(KnowledgeDocument document, int token) =>
        token + 1 < document.Tokens.Count
        && InstitutionWords.IsFormAfterComma(document.TokenText(token + 1))
        && document.Entities.Any(m => m.Form == MentionForm.Name && m.FirstToken < token && m.EndToken - 1 > token);

    // The first token of the one mention between two of a sentence's when it is a place whose "-based" compound stands
    // right before the second ("Hastings-based Kowhai Engineering").
    private static int? BaseBefore(KnowledgeDocument document, List<int> indices, int a, int b)
    {
        if (b != a + 2)
        {
            return null;
        }

        var place = document.Entities[indices[a + 1]];
        var second = document.Entities[indices[b]];
        if (place.Kind != EntityKind.Location || !BasedCompounds.Follows(document.Text, place.Span.End))
        {
            return null;
        }

        // The compound ("-based", "-headquartered") ends where the second name's first token starts, one space on.
        var compoundEnd = place.Span.End + BasedCompounds.Length(document.Text, place.Span.End);
        return document.Tokens[second.FirstToken].Span.Start == compoundEnd + 1 ? place.FirstToken : null;
    }

    /// <summary>
    /// "Austral Line, the Chilean carrier that is TerminalSur's largest customer, confirmed it had moved its service to
    /// Valparaíso and criticised TerminalSur for …": a verb after "and" has the sentence's subject, its opening name,
    /// when no other actor is named between them but inside an apposition right after it.
    /// </summary>
    private static void CoordinatedVerbs(KnowledgeDocument document, List<int> indices, int sentence, List<RelationMention> found)
    {
        var subject = document.Entities[indices[0]];
        var opening = document.Sentences[sentence].FirstToken;
        if ((subject.FirstToken != opening && !RelationPatterns.AreTitles(Between(document, opening, subject.FirstToken)))
            || subject.Form != MentionForm.Name || subject.Kind is not (EntityKind.Person or EntityKind.Organization))
        {
            return;
        }

        var aside = AsideEnd(document, subject, document.Sentences[sentence].EndToken);
        for (var b = 1; b < indices.Count; b++)
        {
            var target = document.Entities[indices[b]];
            if (target.Kind is not (EntityKind.Person or EntityKind.Organization) || SameChain(subject, target) || target.FirstToken < 4
                || (RelationPatterns.Coordinated(
                        Between(document, target.FirstToken - 4, target.FirstToken),
                        Between(document, target.EndToken, Math.Min(document.Sentences[sentence].EndToken, target.EndToken + 2)))
                    ?? CoordinatedCall(document, sentence, target)) is not { } kind)
            {
                continue;
            }

            // Another actor named between would be the second verb's subject as likely ("X said Y had quit and
            // criticised Z").
            var and = target.FirstToken - 1;
            while (and > subject.EndToken && document.TokenText(and) is not ("and" or "but"))
            {
                and--;
            }

            // The target itself named before ("complained about barges belonging to Phu Sa Dredging JSC …, and accused
            // the company of …") is what the verb is about, not its subject.
            if (Enumerable.Range(1, b - 1).Select(m => document.Entities[indices[m]])
                .Any(m => m.FirstToken < and && m.FirstToken >= aside && m.Kind is EntityKind.Person or EntityKind.Organization
                    && !SameChain(subject, m) && !SameChain(target, m)))
            {
                continue;
            }

            // "… and criticised TMW's Lin Mei-hua": the body only says whose the person is.
            found.Add(new RelationMention(indices[0], PossessedPerson(document, indices, b) ?? indices[b], kind, sentence, 0.7, "relation-patterns/1:coordinated-verb"));
        }
    }

    // "… said the resignation was the bare minimum and called on the Minister of Mining, Ximena Orellana, to explain":
    // criticism of a person by the sentence's subject.
    private static RelationKind? CoordinatedCall(KnowledgeDocument document, int sentence, Mention target)
    {
        var span = document.Sentences[sentence];
        return target.Kind == EntityKind.Person
            && RelationPatterns.CoordinatedCall(
                Between(document, Math.Max(span.FirstToken, target.FirstToken - 12), target.FirstToken),
                Between(document, target.EndToken, Math.Min(span.EndToken, target.EndToken + 4)))
            ? RelationKind.Criticized
            : null;
    }

    // The token after an apposition right after a name (", the Chilean carrier that is …'s largest customer,", ", 58, head
    // of the water protection department at the … Igazgatóság (KÖTIVIZIG) in Szolnok,"), or the name's end when none
    // follows. Words in parentheses do not count, nor does a comma inside them or inside a name close the apposition.
    private static int AsideEnd(KnowledgeDocument document, Mention name, int end)
    {
        var t = name.EndToken;
        t = IsAgeAside(document, t) && t + 3 < end ? t + 2 : t;
        if (t + 1 >= end || document.TokenText(t) != ","
            || !(OpensAnAside(document.TokenText(t + 1)) || OpensABareRole(document, t + 1, end)))
        {
            return name.EndToken;
        }

        var (depth, bracketed) = (0, 0);
        for (var close = t + 2; close < end && close - t - bracketed <= 18; close++)
        {
            var word = document.TokenText(close);
            if (word == "," && depth == 0 && !InsideAName(document, close))
            {
                return close + 1;
            }

            depth = Math.Max(0, depth + (word == "(" ? 1 : word == ")" ? -1 : 0));
            bracketed += depth > 0 || word == ")" ? 1 : 0;
        }

        return name.EndToken;
    }

    // The first token of the one mention between two of a sentence's (besides those inside the first) when it names where
    // or for whom the second, a person, works ("defeated Halifax lawyer Marc Thibodeau").
    private static int? DescriptorBefore(KnowledgeDocument document, List<int> indices, int a, int b)
    {
        var end = document.Entities[indices[a]].EndToken;

        // The body's acronym in parentheses may stand between it and the role ("former Greater Cebu Water District (GCWD)
        // general manager Rogelio Villamor").
        var d = b - 1;
        if (d - 1 > a && AcronymInParentheses(document, document.Entities[indices[d - 1]], document.Entities[indices[d]]))
        {
            d--;
        }

        for (var m = a + 1; m < d; m++)
        {
            if (document.Entities[indices[m]].FirstToken >= end)
            {
                return null;
            }
        }

        return d > a && document.Entities[indices[d]].FirstToken >= end && DescribesNext(document, indices, d)
            ? document.Entities[indices[d]].FirstToken
            : null;
    }

    // The index of a person's description right before "of" and the body at a (and the body's acronym in parentheses
    // after it): "The head of Kabilin Water Resources, Inc. (KWRI)".
    private static int? HeadOfBody(KnowledgeDocument document, List<int> indices, int a)
    {
        var body = a;
        if (body > 0 && AcronymInParentheses(document, document.Entities[indices[body - 1]], document.Entities[indices[body]]))
        {
            body--;
        }

        var name = document.Entities[indices[body]];
        var of = name.FirstToken - 1;
        if (of > 0 && document.TokenText(of) == "the")
        {
            of--;
        }

        if (body == 0 || name.Kind != EntityKind.Organization || of < 1 || document.TokenText(of) != "of")
        {
            return null;
        }

        var description = document.Entities[indices[body - 1]];
        return description is { Kind: EntityKind.Person, Form: MentionForm.Nominal } && description.EndToken == of
            && RoleWords.LeaderTitles.Contains(document.TokenText(description.EndToken - 1))
            ? body - 1
            : null;
    }

    // "Greater Cebu Water District (GCWD)": a mention in parentheses right after another.
    private static bool AcronymInParentheses(KnowledgeDocument document, Mention body, Mention acronym) =>
        acronym.FirstToken == body.EndToken + 1 && document.TokenText(body.EndToken) == "("
        && acronym.EndToken < document.Tokens.Count && document.TokenText(acronym.EndToken) == ")";

    // A place's or a body's name, at most two lower-case words or a member's letters, and a person's name: the name says
    // where or for whom the person works ("Halifax lawyer Marc Thibodeau", "Cape Breton MLA Colleen MacIsaac"; the
    // recogniser may have taken the role into the person's mention).
    private static bool DescribesNext(KnowledgeDocument document, List<int> indices, int d)
    {
        if (d + 1 >= indices.Count)
        {
            return false;
        }

        var descriptor = document.Entities[indices[d]];
        var person = document.Entities[indices[d + 1]];
        if (PossessedRoleApposed(document, descriptor, person))
        {
            return true;
        }

        // The body's acronym in parentheses may stand before the role, a mention of its own or left out as the body's.
        var from = descriptor.EndToken;
        if (d + 2 < indices.Count && AcronymInParentheses(document, descriptor, person))
        {
            from = person.EndToken + 1;
            person = document.Entities[indices[d + 2]];
        }
        else if (from + 2 < person.FirstToken && document.TokenText(from) == "(" && document.TokenText(from + 2) == ")"
            && document.TokenText(from + 1) is { Length: >= 2 } letters && letters.All(char.IsUpper))
        {
            from += 3;
        }
        else if (from < person.FirstToken && document.TokenText(from) == ")" && descriptor.FirstToken > 0 && document.TokenText(descriptor.FirstToken - 1) == "(")
        {
            // The acronym itself, in its parentheses.
            from++;
        }

        var gap = person.FirstToken - from;
        if (descriptor.Kind is not (EntityKind.Location or EntityKind.Organization) || descriptor.Form is not (MentionForm.Name or MentionForm.Acronym)
            || person.Kind != EntityKind.Person || person.Form != MentionForm.Name || gap is < 0 or > 2)
        {
            return false;
        }

        for (var t = from; t < person.FirstToken; t++)
        {
            var word = document.TokenText(t);
            // "Mandaue City Councillor Lorenzo Abellanosa": a role may be capitalised before the name it titles.
            if (!(word.Length > 2 && word.All(char.IsLower)) && !MemberTitles.IsLetters(word)
                && !(char.IsUpper(word[0]) && (MemberTitles.Contains(word.ToLowerInvariant()) || RoleWords.LeaderTitles.Contains(word.ToLowerInvariant()))))
            {
                return false;
            }

            // "the Hualien District Court against Lin Mei-hua": a preposition or a verb names no role.
            if (document.PartsOfSpeech is { } tags && tags[t] is "ADP" or "VERB" or "AUX" or "CCONJ" or "SCONJ" or "PRON" or "DET")
            {
                return false;
            }
        }

        return gap > 0 || char.IsLower(document.TokenText(person.FirstToken)[0]);
    }

    // "accused the society's general manager, Daniel Rotich, of …": a body's possessive, a role of one to three lower-case
    // words and the person's name set in commas; the body only says whose the role is.
    private static bool PossessedRoleApposed(KnowledgeDocument document, Mention descriptor, Mention person)
    {
        var gap = person.FirstToken - descriptor.EndToken;
        if (descriptor.Kind != EntityKind.Organization || person.Kind != EntityKind.Person || person.Form != MentionForm.Name
            || gap is < 3 or > 5
            || document.TokenText(descriptor.EndToken) is not ("'s" or "\u2019s")
            || document.TokenText(person.FirstToken - 1) != ","
            || person.EndToken >= document.Tokens.Count || document.TokenText(person.EndToken) != ",")
        {
            return false;
        }

        for (var t = descriptor.EndToken + 1; t < person.FirstToken - 1; t++)
        {
            if (!(document.TokenText(t).Length > 1 && document.TokenText(t).All(char.IsLower)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether every mention between two of a sentence's lies inside the first.
    private static bool NothingBetween(KnowledgeDocument document, List<int> indices, int a, int b)
    {
        var end = document.Entities[indices[a]].EndToken;
        for (var m = a + 1; m < b; m++)
        {
            if (document.Entities[indices[m]].FirstToken >= end)
            {
                return false;
            }
        }

        return true;
    }

    // The reach is counted from the token the words between start at: the first name's end, or the comma that closes an
    // aside after it.
    private static bool Match(
        KnowledgeDocument document, List<int> indices, int a, int b, int sentence, string between, bool adjacent, List<RelationMention> found, int? reachFrom = null)
    {
        var first = document.Entities[indices[a]];
        var second = document.Entities[indices[b]];
        var span = document.Sentences[sentence];
        string? before = null;
        string? after = null;
        foreach (var pattern in RelationPatterns.All)
        {
            if ((adjacent || pattern.AllowsMentionsBetween)
                && second.FirstToken - (reachFrom ?? first.EndToken) <= pattern.Reach
                && pattern.First.Contains(first.Kind)
                && pattern.Second.Contains(second.Kind)
                && pattern.Between.IsMatch(between)
                && (pattern.Before is null
                    || pattern.Before.IsMatch(before ??= Between(document, Math.Max(span.FirstToken, first.FirstToken - 6), first.FirstToken)))
                && (pattern.After is null
                    || pattern.After.IsMatch(pattern.AfterReach == RelationPattern.DefaultAfterReach
                        ? after ??= Between(document, second.EndToken, Math.Min(span.EndToken, second.EndToken + RelationPattern.DefaultAfterReach))
                        : Between(document, second.EndToken, Math.Min(span.EndToken, second.EndToken + pattern.AfterReach))))
                && (pattern.ReadsADenial
                    || !(pattern.InANounPhrase ? RelationContext.NegatedBetween(document, first, second) : RelationContext.Negated(document, first, second)))
                && (!pattern.FirstIsCountry || CountryNames.IsCountry(first.Name ?? document.Slice(first.Span)))
                && !(pattern.Kind is not (RelationKind.BasedIn or RelationKind.LocatedIn) && BasedCompounds.Follows(document.Text, second.Span.End))
                && !(pattern.Kind == RelationKind.LocatedIn && NotContainment(document, indices, a, b, pattern)))
            {
                // "head of the East Iceland district office of Matvælastofnun": the place names the office headed, not
                // what is led.
                if (pattern.Kind == RelationKind.Leads && !pattern.Reversed && second.Kind == EntityKind.Location
                    && RelationContext.PartNoun(document, PartAfter(document, second)) is "office" or "branch" or "bureau" or "unit" or "division" or "desk")
                {
                    continue;
                }

                var (source, target) = pattern.Reversed ? (indices[b], indices[a]) : (indices[a], indices[b]);
                var kind = pattern.Kind == RelationKind.Leads && !pattern.Reversed && LeadsAPart(document, second) is { } part
                    ? part
                    : pattern.Kind;
                if (pattern.Name == JoinedPattern && IsEmployer(document, second))
                {
                    // "Cho, a Korean-American reporter, joined HBS in 2022": one joins a company's staff, not its members.
                    kind = RelationKind.WorksFor;
                }

                if (kind == RelationKind.Leads && GovernmentOf(document, document.Entities[target]) is { } government)
                {
                    target = government;
                }

                if (!pattern.Reversed && kind is RelationKind.Sued or RelationKind.Accused or RelationKind.Criticized or RelationKind.Opposed or RelationKind.Supported
                        or RelationKind.Met or RelationKind.Interviewed
                    && PossessedPerson(document, indices, b) is { } possessed)
                {
                    // "Chingshui has sued TMW's Lin Mei-hua": the body only says whose the person is.
                    target = possessed;
                }
                found.Add(new RelationMention(source, target, kind, sentence, pattern.Confidence, "relation-patterns/1:" + pattern.Name));

                // Coordination: "interviewed Maria Alvarez and Tomas Reyes" states it of both. A list of names joins its
                // last item with "and" or "or"; commas alone ("In a letter to FTC Chair Colin Marsh, Vasquez said") list
                // nothing.
                var listed = new List<int>();
                var joined = false;
                for (var c = b + 1; c < indices.Count; c++)
                {
                    var previous = document.Entities[indices[c - 1]];
                    var next = document.Entities[indices[c]];
                    var separator = Between(document, previous.EndToken, next.FirstToken);
                    if (separator == " ( " && next.Form == MentionForm.Acronym)
                    {
                        // "the Industrial Estate Authority of Thailand (IEAT), the Ministry of Industry and …": the
                        // acronym in parentheses belongs to the item before; the list goes on after it.
                        continue;
                    }

                    // "…, the Ministry of Industry and Eastern Horizon": an article may open an item, and the acronym's
                    // closing parenthesis stands before the comma.
                    separator = separator.StartsWith(" ) ", StringComparison.Ordinal) ? separator[2..] : separator;
                    separator = separator.Length > 5 && separator.EndsWith(" the ", StringComparison.Ordinal) ? separator[..^4] : separator;
                    if (next.Kind != second.Kind
                        || separator is not (" and " or " , " or " , and " or " or ")
                        || (pattern.Kind == RelationKind.LocatedIn && RelationContext.CannotContain(document, first, next)))
                    {
                        break;
                    }

                    // Places in commas are a place and the regions it lies in ("Levico Terme, Trento, Italy").
                    listed.Add(c);
                    joined |= separator != " , " || next.Kind == EntityKind.Location;
                }

                var extractor = "relation-patterns/1:" + pattern.Name + "+and";
                foreach (var c in joined ? listed : [])
                {
                    found.Add(pattern.Reversed
                        ? new RelationMention(indices[c], indices[a], kind, sentence, pattern.Confidence * 0.95, extractor)
                        : new RelationMention(indices[a], indices[c], kind, sentence, pattern.Confidence * 0.95, extractor));
                }

                if (!pattern.Reversed && kind is RelationKind.Sued or RelationKind.Accused or RelationKind.Criticized or RelationKind.Opposed or RelationKind.Supported
                    && CoordinatedSubject(document, indices, a, span.FirstToken) is { } subject)
                {
                    found.Add(new RelationMention(subject, target, kind, sentence, pattern.Confidence * 0.95, "relation-patterns/1:" + pattern.Name + "+subject"));
                }

                return true;
            }
        }

        return false;
    }

    // The person named right after a body's possessive at b ("TMW's Lin Mei-hua"), or null.
    private static int? PossessedPerson(KnowledgeDocument document, List<int> indices, int b)
    {
        var body = document.Entities[indices[b]];
        return body.Kind == EntityKind.Organization && b + 1 < indices.Count
            && document.Entities[indices[b + 1]] is { Kind: EntityKind.Person, Form: MentionForm.Name } person
            && person.FirstToken == body.EndToken + 1 && document.TokenText(body.EndToken) is "'s" or "\u2019s"
            ? indices[b + 1]
            : null;
    }

    // "the Skadu Tribal Council and the environmental group Taroko Mountain Watch sued the county": the subject before the
    // verb's, joined to it by "and" (a description may follow it), which opens its clause, acts too. The mention, or null.
    private static int? CoordinatedSubject(KnowledgeDocument document, List<int> indices, int a, int sentenceStart)
    {
        // "Taroko Mountain Watch (TMW) sued": the name before its acronym in parentheses.
        if (a > 0 && Between(document, document.Entities[indices[a - 1]].EndToken, document.Entities[indices[a]].FirstToken) == " ( ")
        {
            a--;
        }

        if (a == 0)
        {
            return null;
        }

        var subject = document.Entities[indices[a]];
        var left = document.Entities[indices[a - 1]];
        if (left.Kind is not (EntityKind.Person or EntityKind.Organization) || subject.Kind is not (EntityKind.Person or EntityKind.Organization)
            || left.EndToken > subject.FirstToken
            || !CoordinatingAnd().IsMatch(Between(document, left.EndToken, subject.FirstToken)))
        {
            return null;
        }

        // What stands before it opens the clause: a conjunction or a comma, or, from the sentence's start, words with no
        // verb among them ("On May 3 the ...", whose "May" a tagger may take for the verb).
        var from = a >= 2 ? document.Entities[indices[a - 2]].EndToken : sentenceStart;
        var opens = from <= left.FirstToken
            && (ClauseOpening().IsMatch(Between(document, from, left.FirstToken))
                || (a == 1 && document.PartsOfSpeech is { } tags && Enumerable.Range(from, left.FirstToken - from).All(t => tags[t] is not ("VERB" or "AUX") || char.IsUpper(document.TokenText(t)[0]))));
        return opens ? indices[a - 1] : null;
    }

    [GeneratedRegex(@"^ (?:, )?and (?:the |an? )?(?:[a-z-]+ ){0,3}$")]
    private static partial Regex CoordinatingAnd();

    [GeneratedRegex(@"(?:^ |[,;:] |\b(?:when|that|after|as|because|since|while|where|then) )(?:the |an? )?$")]
    private static partial Regex ClauseOpening();

    // "Sen. Elena Vasquez, D-N.M., criticized …": an American legislator's party and state, set in commas.
    private static bool IsPartyTag(KnowledgeDocument document, int t) =>
        t + 2 < document.Tokens.Count && document.TokenText(t) is "D" or "R" or "I" && document.TokenText(t + 1) == "-"
        && char.IsUpper(document.TokenText(t + 2)[0]);

    // "who heads the TSB team in Kelowna": what is led is a part of the organisation, which the leader works for; "who
    // leads the People's Congress Movement caucus in the city council": a party's group, whose leader is a member.
    // "Oyo State Governor, Babatunde Adisa Oyelaran" in a story that names "the Oyo State Government": a state's head
    // leads its government, the body the story names, rather than the place. The government's mention, or null.
    private static int? GovernmentOf(KnowledgeDocument document, Mention polity)
    {
        if (polity.Kind == EntityKind.Person)
        {
            return null;
        }

        var name = document.Slice(polity.Span) + " Government";
        var mentions = document.Entities;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind == EntityKind.Organization && document.Slice(mentions[i].Span).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    private static RelationKind? LeadsAPart(KnowledgeDocument document, Mention organization)
    {
        if (organization.Kind != EntityKind.Organization || organization.EndToken >= document.Tokens.Count)
        {
            return null;
        }

        return RelationContext.PartNoun(document, PartAfter(document, organization)) switch
        {
            // A union's or a party's branch is led by one of its members, not by its staff.
            "branch" or "local" or "chapter" when IsMembersBody(document, organization) => RelationKind.MemberOf,
            "team" or "unit" or "division" or "office" or "branch" or "bureau" or "desk" or "delegation" or "section" or "inquiry"
                or "investigation" or "panel" or "taskforce" => RelationKind.WorksFor,
            "caucus" or "faction" or "bloc" or "wing" => RelationKind.MemberOf,
            _ => null,
        };
    }

    // Where a part's noun may stand after a name: right after it, or after its possessive and the part's own capitalised
    // name ("the KMWU's Taegang branch").
    private static int PartAfter(KnowledgeDocument document, Mention name)
    {
        var part = name.EndToken;
        if (part < document.Tokens.Count && document.TokenText(part) is "'s" or "\u2019s")
        {
            part++;
            while (part < document.Tokens.Count && part - name.EndToken <= 3 && char.IsUpper(document.TokenText(part)[0]))
            {
                part++;
            }
        }

        return part;
    }

    // A body whose people are its staff: a company's, a broadcaster's, a newspaper's or a government's name.
    private static bool IsEmployer(KnowledgeDocument document, Mention organization) =>
        LastWordOfName(document, organization) is var last
        && (InstitutionWords.IsCompanyHead(last) || InstitutionWords.NewspaperHeads.Contains(last)
            || last is "Broadcasting" or "System" or "Radio" or "Television" or "TV" or "Network" or "Channel" or "Company" or "Corporation"
                or "Government" or "Ministry" or "Department" or "Agency");

    // A body whose people are its members: a union, a party, an association.
    private static bool IsMembersBody(KnowledgeDocument document, Mention organization) =>
        LastWordOfName(document, organization)
            is "Union" or "Party" or "Association" or "Federation" or "Confederation" or "Society" or "League" or "Guild" or "Congress";

    // The last word of the name of a mention's chain, which an acronym or a short form does not show ("Hanbada
    // Broadcasting System" for "HBS").
    private static string LastWordOfName(KnowledgeDocument document, Mention organization) =>
        (organization.Chain >= 0 ? document.Chains[organization.Chain].CanonicalName : document.Slice(organization.Span)).Split(' ')[^1];

    // An apposition opens with an article or a possessive ("Gurpreet Sandhu, his party's transport critic,"), a relative
    // clause with "which" or "who".
    private static bool OpensAnAside(string word) =>
        word.ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "which" or "who";

    // "Hildur Thordardottir, Thordur's daughter, resigned …": a name, its possessive and a kin's word open an apposition
    // too (the kin's word makes it a person's, however the name was read).
    private static bool OpensAKinAside(KnowledgeDocument document, int token)
    {
        // The possessive comes first: most asides have none, and need no look at the names.
        var possessive = token + 1;
        while (possessive < Math.Min(document.Tokens.Count - 1, token + 5) && document.TokenText(possessive) is not ("'s" or "’s"))
        {
            possessive++;
        }

        return possessive < Math.Min(document.Tokens.Count - 1, token + 5)
            && KinWord().IsMatch(document.TokenText(possessive + 1).ToLowerInvariant())
            && document.Entities.Any(m => m.FirstToken == token && m.EndToken == possessive && m.Form == MentionForm.Name);
    }

    // "Nguyễn Minh Tuấn, chairman of the Long Hòa Commune People's Committee, met …": a role without its article, one to
    // three words in lower case and "of" or "at", opens an apposition too.
    private static bool OpensABareRole(KnowledgeDocument document, int token, int end)
    {
        for (var t = token; t < end && t - token <= 3; t++)
        {
            var word = document.TokenText(t);
            if (t > token && word is "of" or "at")
            {
                return true;
            }

            if (word.Length == 0 || !char.IsLower(word[0]) || !word.All(c => char.IsLetter(c) || c == '-'))
            {
                return false;
            }
        }

        return false;
    }

    // Whether a token is the comma that opens ", 61," after a name: an age set in commas.
    private static bool IsAgeAside(KnowledgeDocument document, int comma) =>
        comma >= 0 && comma + 2 < document.Tokens.Count && document.TokenText(comma) == "," && document.TokenText(comma + 2) == ","
        && document.TokenText(comma + 1) is { Length: >= 1 and <= 3 } age && age.All(char.IsAsciiDigit);

    // Whether a name ends an apposition or a relative clause set in commas after another name of its sentence: the comma
    // that opens it follows a name and comes before an article, a possessive, "which" or "who", within 14 words.
    private static bool ClosesAnAside(KnowledgeDocument document, List<int> indices, Mention mention)
    {
        // A name in parentheses ("(DKP, Democratic Coast Party)") closes the aside its parentheses close: the comma before
        // the parentheses opens it.
        var first = document.Sentences[document.SentenceOf(mention.FirstToken)].FirstToken;
        var from = OpeningParenthesis(document, mention.FirstToken, first) is var open and >= 0 ? open : mention.FirstToken;
        for (var t = from - 1; t > first && mention.FirstToken - t <= 18; t--)
        {
            if (document.TokenText(t) == ",")
            {
                // "El Hadji Mamadou Lamine Diop, 61, director general of SOSEFAH SA": the age before the role is the
                // aside's too.
                var opening = IsAgeAside(document, t - 2) ? t - 2 : t;
                return (OpensAnAside(document.TokenText(t + 1)) || OpensABareRole(document, t + 1, mention.FirstToken))
                    && indices.Any(i => document.Entities[i].EndToken == opening);
            }
        }

        return false;
    }

    // The "(" that a token stands inside, within its sentence, or -1.
    private static int OpeningParenthesis(KnowledgeDocument document, int token, int sentenceStart)
    {
        for (var t = token - 1; t >= sentenceStart && token - t <= 8; t--)
        {
            switch (document.TokenText(t))
            {
                case ")":
                    return -1;
                case "(":
                    return t;
            }
        }

        return -1;
    }

    // "Nadia Rahman, the Labour MP for Leith, has called on Fiona MacLeod to resign": an apposition or a relative clause
    // between the subject and its verb, with the names inside it, is read past, as if the subject stood next to the
    // verb. It starts with an article, a possessive, "which" or "who" and ends at the next comma, within nine words
    // (fourteen for a relative clause).
    private static bool Apposed(KnowledgeDocument document, List<int> indices, int a, int b, out string between, out int resumes)
    {
        between = string.Empty;
        resumes = 0;
        var (first, second) = (document.Entities[indices[a]], document.Entities[indices[b]]);

        // A name's other name in parentheses ends before the apposition: "The Green Delta Action Centre (Trung tâm Hành
        // động vì Đồng bằng Xanh), a non-profit organisation based in Cần Thơ, has thrown its support behind …".
        var t = first.EndToken < second.FirstToken && document.TokenText(first.EndToken) == ")" ? first.EndToken + 1 : first.EndToken;

        // "El Hadji Mamadou Lamine Diop, 61, director general of SOSEFAH SA (…), met Ndeye Fatou Sarr": the age is read
        // past, and the role after it opens the apposition.
        t = IsAgeAside(document, t) && t + 2 < second.FirstToken ? t + 2 : t;
        if (t + 2 >= second.FirstToken
            || document.TokenText(t) != ","
            || !(OpensAnAside(document.TokenText(t + 1)) || IsPartyTag(document, t + 1) || OpensABareRole(document, t + 1, second.FirstToken)
                || OpensAKinAside(document, t + 1)))
        {
            return false;
        }

        // Words in parentheses (an acronym, a translation: "(DKP, Democratic Coast Party)") do not count, nor does a comma
        // inside them or inside a name ("Shwe Hintha Delta Ferry Co., Ltd.") close the aside.
        var close = t + 2;
        var (depth, bracketed) = (0, 0);
        while (close < second.FirstToken && !(document.TokenText(close) == "," && depth == 0 && !InsideAName(document, close)))
        {
            var word = document.TokenText(close);
            depth = Math.Max(0, depth + (word == "(" ? 1 : word == ")" ? -1 : 0));
            bracketed += depth > 0 || word == ")" ? 1 : 0;
            close++;
        }

        // Every name between the two lies inside the apposition or the relative clause, which may run longer; after it
        // only the subject's own pronoun may stand ("voiced her support for").
        var longest = document.TokenText(t + 1).ToLowerInvariant() is "which" or "who" ? 14 : 12;
        if (close >= second.FirstToken || close - (t + 1) - bracketed > longest
            || Enumerable.Range(a + 1, b - a - 1).Any(m => document.Entities[indices[m]].EndToken > close && !SameChain(first, document.Entities[indices[m]])))
        {
            return false;
        }

        resumes = close + 1;
        between = Between(document, resumes, second.FirstToken);
        return between.Length > 1 && second.FirstToken - resumes <= MaxGap;
    }

    private static bool NotContainment(KnowledgeDocument document, List<int> indices, int a, int b, RelationPattern pattern)
    {
        // Two countries never lie in each other, nor do the items of a list of places.
        var (first, second) = (indices[a], indices[b]);
        return RelationContext.CannotContain(document, document.Entities[first], document.Entities[second])
            || (pattern.Name == CityCountryPattern && RelationContext.ListedOrOwned(document, first, second));
    }

    private static void Rivals(KnowledgeDocument document, List<int> indices, int sentence, List<RelationMention> found)
    {
        for (var a = 0; a < indices.Count; a++)
        {
            var mention = document.Entities[indices[a]];
            if (mention.Kind != EntityKind.Person)
            {
                continue;
            }

            var after = Between(document, mention.EndToken, Math.Min(document.Sentences[sentence].EndToken, mention.EndToken + 4));
            if (RivalOfTitle().Match(Between(document, mention.EndToken, Math.Min(document.Sentences[sentence].EndToken, mention.EndToken + 9))) is { Success: true } ofTitle)
            {
                TitledRival(document, indices[a], ofTitle.Groups["title"].Value, sentence, found);
                continue;
            }

            if (!RivalAfter().IsMatch(after))
            {
                PossessedRivalOrKin(document, indices, a, sentence, found);
                continue;
            }

            // "her competitor" points to the nearest other person named before in the sentence.
            for (var p = a - 1; p >= 0; p--)
            {
                var other = document.Entities[indices[p]];
                if (other.Kind == EntityKind.Person && !SameChain(other, mention))
                {
                    found.Add(new RelationMention(
                        indices[a],
                        indices[p],
                        RelationKind.CompetedWith,
                        sentence,
                        0.75,
                        "relation-patterns/1:" + RelationPatterns.RivalPattern));
                    break;
                }
            }
        }
    }

    private static void TitledRival(KnowledgeDocument document, int rival, string title, int sentence, List<RelationMention> found)
    {
        // "Tom Brennan, a longtime rival of the mayor,": the person the article introduced with that title ("Mayor
        // Gregory Halvorsen"), the latest before.
        var mentions = document.Entities;
        for (var j = rival - 1; j >= 0; j--)
        {
            var candidate = mentions[j];
            if (candidate.Kind == EntityKind.Person
                && candidate.Form == MentionForm.Name
                && !SameChain(candidate, mentions[rival])
                && candidate.FirstToken > 0
                && document.TokenText(candidate.FirstToken - 1).TrimEnd('.').Equals(title, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new RelationMention(rival, j, RelationKind.CompetedWith, sentence, 0.75, "relation-patterns/1:" + RelationPatterns.RivalPattern));
                return;
            }
        }
    }

    private static void PossessedRivalOrKin(KnowledgeDocument document, List<int> indices, int a, int sentence, List<RelationMention> found)
    {
        var pronoun = document.Entities[indices[a]];
        if (pronoun.Form != MentionForm.Pronoun || pronoun.Chain < 0 || document.TokenText(pronoun.FirstToken).ToLowerInvariant() is not ("his" or "her" or "their"))
        {
            return;
        }

        for (var b = a + 1; b < indices.Count; b++)
        {
            var rival = document.Entities[indices[b]];
            if (rival.Kind == EntityKind.Person && rival.Form == MentionForm.Name && !SameChain(pronoun, rival))
            {
                var between = rival.FirstToken - pronoun.EndToken <= 12 ? Between(document, pronoun.EndToken, rival.FirstToken) : null;
                if (between is not null && PossessedRivalBefore().IsMatch(between))
                {
                    found.Add(new RelationMention(indices[b], indices[a], RelationKind.CompetedWith, sentence, 0.75, "relation-patterns/1:" + RelationPatterns.RivalPattern));
                }
                else if (between is not null && PossessedKinBefore().IsMatch(between))
                {
                    found.Add(new RelationMention(indices[a], indices[b], RelationKind.RelatedTo, sentence, 0.8, "relation-patterns/1:possessed-family"));
                }

                return;
            }
        }
    }

    private static void Resignations(KnowledgeDocument document, List<int> indices, int sentence, List<RelationMention> found)
    {
        var end = document.Sentences[sentence].EndToken;
        for (var a = 0; a < indices.Count; a++)
        {
            var person = document.Entities[indices[a]];
            if (person.Kind != EntityKind.Person)
            {
                continue;
            }

            var after = Between(document, person.EndToken, Math.Min(end, person.EndToken + 6));
            var before = Between(document, Math.Max(document.Sentences[sentence].FirstToken, person.FirstToken - 4), person.FirstToken);
            var window = Math.Max(document.Sentences[sentence].FirstToken, person.FirstToken - 12);
            if (HasResignationNoun(document, window, person.FirstToken)
                && ResignationOf().Match(Between(document, window, person.FirstToken)) is { Success: true } noun
                && !UnrealStep().IsMatch(noun.Groups["pre"].Value)
                && !RelationContext.Negated(document, person, person))
            {
                // "The resignation of Sibaya Water chief executive Thandiwe Mokoena does not end the matter": the noun
                // states the step, from the body whose title the person holds in the phrase.
                var held = found.Where(r => r.Kind is RelationKind.Leads or RelationKind.WorksFor && r.Source == indices[a]).Select(r => r.Target).FirstOrDefault(-1);
                if (held >= 0 && document.Entities[held].Kind == EntityKind.Organization)
                {
                    found.Add(new RelationMention(indices[a], held, RelationKind.ResignedFrom, sentence, 0.8, "relation-patterns/1:resignation-of"));
                }

                continue;
            }

            // "Ferenc Nagy, 58, head of the water protection department at the … Igazgatóság (KÖTIVIZIG) in Szolnok,
            // stepped down": the verb after the person's apposition, the body inside it.
            var resumes = AsideEnd(document, person, end);
            if (resumes > person.EndToken && !Resigned().IsMatch(after))
            {
                after = Between(document, resumes, Math.Min(end, resumes + 6));
            }
            else
            {
                resumes = person.EndToken;
            }

            if (!Resigned().IsMatch(after) || CalledOn().IsMatch(before) || RelationContext.Negated(document, person, person))
            {
                continue;
            }

            // The body is named after the verb ("resigned from X", "stepped down as chair of X"), or it is the one
            // whose title the person held in this sentence ("X's chairperson Y had to step down").
            // A long title may stand between ("stepped down on Thursday as director-general of marine environment monitoring
            // at the Coastal and Marine Environment Authority").
            var target = indices.Skip(a + 1).FirstOrDefault(
                i => document.Entities[i].Kind is EntityKind.Organization or EntityKind.Event
                    && !IsJoinedModifier(document, document.Entities[i])
                    && (document.Entities[i].FirstToken - person.EndToken <= 10 || document.Entities[i].EndToken < resumes
                        || (document.Entities[i].FirstToken - person.EndToken <= 20
                            && AsTitleAt().IsMatch(Between(document, person.EndToken, document.Entities[i].FirstToken)))),
                -1);
            if (target < 0)
            {
                target = found.Where(r => r.Kind == RelationKind.Leads && r.Source == indices[a]).Select(r => r.Target).FirstOrDefault(-1);
            }

            if (target >= 0 && document.Entities[target].Kind is EntityKind.Organization or EntityKind.Event)
            {
                found.Add(new RelationMention(indices[a], target, RelationKind.ResignedFrom, sentence, 0.8, "relation-patterns/1:resigned"));
            }
        }
    }

    // "resigns as spill lawsuit and EPA inquiry weigh on tanner": a body's name after "and" that qualifies the noun after
    // it names what the sentence goes on about, not what the person left.
    private static bool IsJoinedModifier(KnowledgeDocument document, Mention body)
    {
        var before = body.FirstToken - 1;
        if (before > 0 && document.TokenText(before) is "the" or "The")
        {
            before--;
        }

        return before >= 0 && body.EndToken < document.Tokens.Count && document.TokenText(before) is "and" or "or"
            && document.PartsOfSpeech is { } tags && tags[body.EndToken] == "NOUN";
    }

    // "Oyo State Governor, Babatunde Adisa Oyelaran, has sacked the Commissioner for Works and Transport, Engr. Rasheed
    // Akanbi": a head who sacks someone removes him from the body the sentence says the head leads.
    private static void Dismissals(KnowledgeDocument document, List<int> indices, int sentence, List<RelationMention> found)
    {
        for (var a = 0; a < indices.Count; a++)
        {
            var head = document.Entities[indices[a]];
            if (head.Kind != EntityKind.Person)
            {
                continue;
            }

            // A body, not a place the recogniser read as one ("Oyo State Governor" leads the state, which employs no one).
            var body = found.Where(r => r.Kind == RelationKind.Leads && r.Source == indices[a]).Select(r => r.Target).FirstOrDefault(-1);
            if (body < 0 || document.Entities[body].Kind != EntityKind.Organization || PolityWords.IsPolity(document.Slice(document.Entities[body].Span)))
            {
                continue;
            }

            var person = indices.Skip(a + 1).FirstOrDefault(i => document.Entities[i].Kind == EntityKind.Person && !SameChain(document.Entities[i], head), -1);
            if (person < 0 || document.Entities[person].FirstToken - head.EndToken > 20
                || !Dismissed().IsMatch(Between(document, head.EndToken, document.Entities[person].FirstToken))
                || RelationContext.Negated(document, head, document.Entities[person]))
            {
                continue;
            }

            found.Add(new RelationMention(person, body, RelationKind.ResignedFrom, sentence, 0.75, "relation-patterns/1:dismissed-by-head"));
        }
    }

    // Whether "resignation" stands among the tokens: the phrase's text is built only then, not for every person.
    private static bool HasResignationNoun(KnowledgeDocument document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (document.TokenText(t).Equals("resignation", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void BasedDescriptions(KnowledgeDocument document, List<RelationMention> relations)
    {
        // "Aldous Petroleum spokesman Aaron Pike said ... The Port Calder-based company, led by ...": a description that
        // names where a company is based, with no name after it, is the company the text has just named.
        var mentions = document.Entities;
        for (var p = 0; p < mentions.Count; p++)
        {
            var place = mentions[p];
            if (place.Kind == EntityKind.Location && p > 0
                && mentions[p - 1] is { Form: MentionForm.Nominal, Kind: EntityKind.Organization, Chain: >= 0 } described
                && described.FirstToken == place.FirstToken - 1)
            {
                // Coreference has read the description as a whole ("the Vancouver-based carrier", "the San Francisco
                // artificial intelligence company") and found its body.
                var sentenceOfPlace = document.SentenceOf(place.FirstToken);
                relations.Add(new RelationMention(p - 1, p, RelationKind.BasedIn, sentenceOfPlace, 0.7, "relation-patterns/1:based-description"));
                continue;
            }

            if (place.Kind != EntityKind.Location
                || place.FirstToken == 0
                || !document.TokenText(place.FirstToken - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
                || BasedCompounds.BodyNoun(document.Text, place.Span.End, out var after) is not { } noun
                || (after.Length > 0 && char.IsUpper(after[0])))
            {
                // "-based company Calder Motors" names its company: the patterns read it.
                continue;
            }

            var sentence = document.SentenceOf(place.FirstToken);
            for (var o = p - 1; o >= 0 && sentence - document.SentenceOf(mentions[o].FirstToken) <= 2; o--)
            {
                var candidate = mentions[o];
                var last = document.TokenText(candidate.EndToken - 1);
                if (candidate.Kind == EntityKind.Organization
                    && candidate.Form is MentionForm.Name
                    && ((IsCompany(document, candidate) && noun is not "group") || last.Equals(noun, StringComparison.OrdinalIgnoreCase)))
                {
                    relations.Add(new RelationMention(o, p, RelationKind.BasedIn, sentence, 0.7, "relation-patterns/1:based-description"));
                    break;
                }
            }
        }
    }

    private static void MayorsCouncils(KnowledgeDocument document, List<RelationMention> relations)
    {
        // "Mayor Tania Whitcombe said the council had co-operated fully", in an article that names the Ahuriri District
        // Council: a mayor chairs a district's, a borough's, a region's or a shire's council, where the article names one
        // such council and only one. Not a city council, which in much of the world a mayor does not lead; not a
        // deputy's or a former mayor's; not a mayor of another place ("Hastings Mayor" beside the Ahuriri council).
        var mentions = document.Entities;
        var council = -1;
        for (var o = 0; o < mentions.Count; o++)
        {
            var candidate = mentions[o];
            if (candidate is { Kind: EntityKind.Organization, Form: MentionForm.Name, TokenCount: >= 3 }
                && document.TokenText(candidate.EndToken - 1) == "Council"
                && document.TokenText(candidate.EndToken - 2) is "District" or "Borough" or "Regional" or "Shire")
            {
                if (council >= 0 && mentions[council].Chain != candidate.Chain)
                {
                    return;
                }

                council = council < 0 ? o : council;
            }
        }

        if (council < 0 || mentions[council].Chain < 0)
        {
            return;
        }

        var place = document.TokenText(mentions[council].FirstToken);
        for (var p = 0; p < mentions.Count; p++)
        {
            var mayor = mentions[p];
            var title = mayor.FirstToken - 1;
            if (mayor is not { Kind: EntityKind.Person, Form: MentionForm.Name } || title < 0 || document.TokenText(title) is not ("Mayor" or "mayor"))
            {
                continue;
            }

            var sentence = document.SentenceOf(mayor.FirstToken);
            var before = title - 1 >= document.Sentences[sentence].FirstToken ? document.TokenText(title - 1) : string.Empty;
            var placeBefore = title - 1 > document.Sentences[sentence].FirstToken || mentions.Any(m => m.EndToken == title && m.Kind == EntityKind.Location);
            if (before is "Deputy" or "deputy" or "former" or "Former" or "ex" or "Ex" or "-"
                || (placeBefore && EntityTypeRefiner.IsCapitalized(before) && before != place))
            {
                continue;
            }

            relations.Add(new RelationMention(p, council, RelationKind.Leads, sentence, 0.6, "relation-patterns/1:mayors-council"));
        }
    }

    private static void TeamMembers(KnowledgeDocument document, List<RelationMention> relations)
    {
        // "The 26-year-old Team Borealis rider": the person the description refers to rides for the team it names.
        var mentions = document.Entities;
        for (var d = 0; d < mentions.Count; d++)
        {
            if (mentions[d].Chain < 0 || !CoreferenceResolver.IsTeamMemberDescription(document, mentions[d]))
            {
                continue;
            }

            for (var o = d + 1; o < mentions.Count && mentions[o].FirstToken < mentions[d].EndToken; o++)
            {
                if (mentions[o].Kind == EntityKind.Organization && mentions[o].EndToken == mentions[d].EndToken - 1)
                {
                    var sentence = document.SentenceOf(mentions[d].FirstToken);
                    relations.Add(new RelationMention(d, o, RelationKind.MemberOf, sentence, 0.75, "relation-patterns/1:team-member-description"));
                }
            }
        }
    }

    /// <summary>
    /// "LEBLANC: I do. Marc Thibodeau's plan would balance the budget on the backs of teachers. It's reckless": in a
    /// transcript, a speaker who calls another person's plan (proposal, policy, record …) reckless, dangerous or
    /// insulting in that sentence or the next of the same turn criticises that person.
    /// </summary>
    private static void SpeakersVerdicts(KnowledgeDocument document, List<RelationMention> relations)
    {
        var mentions = document.Entities;
        var labels = Enumerable.Range(0, mentions.Count)
            .Where(i => mentions[i].Kind == EntityKind.Person && SpeakerLabels.Opens(document, mentions[i]))
            .ToList();
        for (var l = 0; l < labels.Count; l++)
        {
            var speaker = mentions[labels[l]];
            var turnEnd = l + 1 < labels.Count ? mentions[labels[l + 1]].FirstToken : document.Tokens.Count;
            for (var o = labels[l] + 1; o < mentions.Count && mentions[o].FirstToken < turnEnd; o++)
            {
                var person = mentions[o];
                if (person.Kind != EntityKind.Person || person.Form != MentionForm.Name || SameChain(speaker, person)
                    || person.EndToken + 1 >= turnEnd
                    || document.TokenText(person.EndToken) is not ("'s" or "’s")
                    || !VerdictObjects.Contains(document.TokenText(person.EndToken + 1).ToLowerInvariant()))
                {
                    continue;
                }

                var sentence = document.SentenceOf(person.FirstToken);
                var end = Math.Min(turnEnd, document.Sentences[Math.Min(sentence + 1, document.Sentences.Count - 1)].EndToken);
                if (HasVerdict(document, person.EndToken + 2, end))
                {
                    relations.Add(new RelationMention(labels[l], o, RelationKind.Criticized, sentence, 0.7, "relation-patterns/1:speakers-verdict"));
                }
            }
        }
    }

    /// <summary>
    /// "“… has our full confidence,” Sayyid Mazin told reporters. The remarks drew sharp criticism from Ahmed al-Sinani":
    /// a sentence that opens with someone's words drawing criticism from a critic (or being condemned by one) states that
    /// the critic criticised whoever the sentence before gave the words to.
    /// </summary>
    private static void RemarksCriticized(KnowledgeDocument document, Dictionary<int, List<int>> bySentence, List<RelationMention> relations)
    {
        var mentions = document.Entities;
        foreach (var (sentence, indices) in bySentence)
        {
            if (sentence < 1 || !bySentence.TryGetValue(sentence - 1, out var before))
            {
                continue;
            }

            var start = document.Sentences[sentence].FirstToken;
            if (start + 2 >= document.Sentences[sentence].EndToken || !RemarkWords.Contains(document.TokenText(start + 1)))
            {
                continue;
            }

            var critic = indices.FirstOrDefault(
                i => mentions[i].Kind is EntityKind.Person or EntityKind.Organization && mentions[i].Form == MentionForm.Name
                    && mentions[i].FirstToken - start <= 12 && RemarksDrewCriticism().IsMatch(Between(document, start, mentions[i].FirstToken)),
                -1);
            if (critic < 0)
            {
                continue;
            }

            // The speaker: the last person the sentence before names as the subject of a verb of saying.
            var speaker = before.LastOrDefault(i => mentions[i].Kind == EntityKind.Person && mentions[i].Form == MentionForm.Name && Speaks(document, i), -1);
            if (speaker >= 0 && !SameChain(mentions[speaker], mentions[critic]))
            {
                relations.Add(new RelationMention(critic, speaker, RelationKind.Criticized, sentence, 0.7, "relation-patterns/1:remarks-criticized"));
            }
        }
    }

    /// <summary>
    /// "“We accuse Eastern Horizon of hiding this leak,” said Pimchanok Saengthong", "PLOY: We accuse Eastern Horizon of
    /// keeping quiet": whoever says "I accuse" or "we accuse" someone accuses them. Words in quotation marks are the
    /// person's whom their sentence, or the sentence before in the same paragraph, says spoke them; a transcript's words
    /// outside quotation marks are the speaker's whose label opened the turn.
    /// </summary>
    private static void SpokenAccusations(KnowledgeDocument document, Dictionary<int, List<int>> bySentence, List<RelationMention> relations)
    {
        var mentions = document.Entities;
        for (var t = 0; t + 2 < document.Tokens.Count; t++)
        {
            if (document.TokenText(t) is not ("I" or "We" or "we"))
            {
                continue;
            }

            var verb = AccusingAdverbs.Contains(document.TokenText(t + 1)) ? t + 2 : t + 1;
            if (verb + 1 >= document.Tokens.Count || document.TokenText(verb) is not ("accuse" or "accused"))
            {
                continue;
            }

            var objectStart = document.TokenText(verb + 1) == "the" ? verb + 2 : verb + 1;
            var accused = FirstNameAt(mentions, objectStart);

            // "We accuse the company, clearly, of polluting our sea": a description the article has resolved to a name.
            accused = accused >= 0 ? accused : ResolvedDescriptionAt(mentions, verb + 1, objectStart);
            var sentence = document.SentenceOf(t);
            if (accused < 0 || sentence < 0)
            {
                continue;
            }

            var speaker = QuotedSpeech.IsOpenAt(document.Text, document.Tokens[t].Span.Start)
                ? QuotationSpeaker(document, bySentence, sentence, t)
                : TurnSpeaker(document, t);
            if (speaker >= 0 && !SameChain(mentions[speaker], mentions[accused]))
            {
                relations.Add(new RelationMention(speaker, accused, RelationKind.Accused, sentence, 0.7, "relation-patterns/1:spoken-accusation"));
            }
        }
    }

    // The description resolved to a person or a body that starts at its determiner or at the word after it.
    private static int ResolvedDescriptionAt(IReadOnlyList<Mention> mentions, int determiner, int word)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is { Form: MentionForm.Nominal, Chain: >= 0, Kind: EntityKind.Person or EntityKind.Organization }
                && (mentions[i].FirstToken == determiner || mentions[i].FirstToken == word))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstNameAt(IReadOnlyList<Mention> mentions, int token)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].FirstToken == token && mentions[i].Form == MentionForm.Name && mentions[i].Kind is EntityKind.Person or EntityKind.Organization)
            {
                return i;
            }
        }

        return -1;
    }

    // The person a quotation's sentence gives the words to ("…,” said Pimchanok Saengthong", "she told reporters"), or
    // failing that the last one the sentence before gives words to, when that sentence opens on the same line.
    private static int QuotationSpeaker(KnowledgeDocument document, Dictionary<int, List<int>> bySentence, int sentence, int token)
    {
        int Attributed(int s) => bySentence.TryGetValue(s, out var indices)
            ? indices.LastOrDefault(i => document.Entities[i].Kind == EntityKind.Person && document.Entities[i].Form is MentionForm.Name or MentionForm.Pronoun
                && !QuotedSpeech.IsOpenAt(document.Text, document.Entities[i].Span.Start) && (SaidBefore(document, i) || Speaks(document, i)), -1)
            : -1;

        var speaker = Attributed(sentence);
        if (speaker >= 0 || sentence < 1)
        {
            return speaker;
        }

        var previousStart = document.Tokens[document.Sentences[sentence - 1].FirstToken].Span.Start;
        return document.Text.IndexOf('\n', previousStart, document.Tokens[token].Span.Start - previousStart) < 0 ? Attributed(sentence - 1) : -1;
    }

    // "…,” said Pimchanok Saengthong": the verb of saying stands right before the name.
    private static bool SaidBefore(KnowledgeDocument document, int person)
    {
        var first = document.Entities[person].FirstToken;
        return first > 0 && document.TokenText(first - 1) is "said" or "says" or "told" or "added" or "insisted" or "wrote";
    }

    // The speaker whose label last opened a line of a transcript, or none in running text.
    private static int TurnSpeaker(KnowledgeDocument document, int token)
    {
        for (var i = document.Entities.Count - 1; i >= 0; i--)
        {
            if (document.Entities[i].FirstToken < token && document.Entities[i].Kind == EntityKind.Person && SpeakerLabels.Opens(document, document.Entities[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Whether a verb of saying follows a person's name within a few words of its sentence (the later person of two is
    // asked first, so a verb after both is the later one's).
    private static bool Speaks(KnowledgeDocument document, int person)
    {
        var mention = document.Entities[person];
        var end = Math.Min(document.Sentences[document.SentenceOf(mention.FirstToken)].EndToken, mention.EndToken + 14);
        for (var t = mention.EndToken; t < end; t++)
        {
            if (document.TokenText(t) is "said" or "says" or "told" or "tells" or "declared" or "declares" or "stated" or "wrote" or "added" or "insisted")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVerdict(KnowledgeDocument document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (DamningWords.Contains(document.TokenText(t).ToLowerInvariant())
                && !Enumerable.Range(Math.Max(from, t - 3), t - Math.Max(from, t - 3)).Any(k => document.TokenText(k) is "not" or "n't" or "never" or "hardly"))
            {
                return true;
            }
        }

        return false;
    }

    // A company's name, or a short name ("Redgum") of a chain that holds one ("Redgum Minerals").
    private static bool IsCompany(KnowledgeDocument document, Mention organization) =>
        InstitutionWords.IsCompanyHead(document.TokenText(organization.EndToken - 1))
        || (organization.Chain >= 0
            && document.Entities.Any(m => m.Chain == organization.Chain && m.Form == MentionForm.Name && InstitutionWords.IsCompanyHead(document.TokenText(m.EndToken - 1))));

    /// <summary>
    /// "Launch director Rune Hovland said telemetry showed a pressure drop": a job inside a company, given without the
    /// company, opening a sentence that names no organisation, is held at the organisation the story is about, the one
    /// its names and descriptions refer to at least twice as often as to any other and that it describes as a body.
    /// </summary>
    private static void BareJobs(KnowledgeDocument document, Dictionary<int, List<int>> bySentence, List<RelationMention> relations)
    {
        var mentions = document.Entities;
        foreach (var (sentence, indices) in bySentence)
        {
            // A description in the sentence ("Chief executive Rodrigo Alvarado said the company had offered …") names
            // no other body.
            if (sentence < 0
                || indices.Any(i => mentions[i].Kind == EntityKind.Organization && mentions[i].Form != MentionForm.Nominal)
                || indices.FirstOrDefault(i => mentions[i].Kind == EntityKind.Person && mentions[i].Form == MentionForm.Name, -1) is not (>= 0 and var person))
            {
                continue;
            }

            // The job opens the sentence ("Launch director Rune Hovland said …"), or the attribution after what was
            // said ("…," chief executive Markus Gerber told a call; "…, chief medical officer Claire Dumont said").
            var opening = Between(document, document.Sentences[sentence].FirstToken, mentions[person].FirstToken);
            var attribution = AttributionJob().Match(opening);
            var job = attribution.Success ? " " + attribution.Groups["job"].Value : opening;
            var kind = HeldRole(job);
            if (kind is { } held && StorysOrganization(document, mentions[person].FirstToken) is >= 0 and var subject)
            {
                relations.Add(new RelationMention(person, subject, held, sentence, 0.6, "relation-patterns/1:bare-job")
                {
                    Evidence = document.Sentences[sentence].Span,
                });
            }
        }
    }

    private static void RosterRoles(KnowledgeDocument document, List<RelationMention> relations)
    {
        // A call transcript's participant lines: "Claire Dumont -- Chief Medical Officer" holds the role at the company
        // the transcript's title names; "Priya Raman -- Kessler & Co. -- Analyst" works for the firm between.
        var mentions = document.Entities;
        var company = TitlesCompany(document);
        for (var i = 0; i < mentions.Count; i++)
        {
            var person = mentions[i];
            if (person.Kind != EntityKind.Person || person.Form != MentionForm.Name || (person.Span.Start > 0 && document.Text[person.Span.Start - 1] != '\n'))
            {
                continue;
            }

            var lineEnd = document.Text.IndexOf('\n', person.Span.End);
            var line = RosterLine().Match(document.Text[person.Span.End..(lineEnd < 0 ? document.Text.Length : lineEnd)]);
            if (!line.Success)
            {
                continue;
            }

            var sentence = document.SentenceOf(person.FirstToken);
            var evidence = new TextSpan(person.Span.Start, person.Span.End + line.Length);
            if (line.Groups["firm"].Success)
            {
                var start = person.Span.End + line.Groups["firm"].Index;
                var firm = Enumerable.Range(0, mentions.Count).FirstOrDefault(m => mentions[m].Kind == EntityKind.Organization && mentions[m].Span.Start == start, -1);
                if (firm >= 0)
                {
                    relations.Add(new RelationMention(i, firm, RelationKind.WorksFor, sentence, 0.8, "relation-patterns/1:roster-firm") { Evidence = evidence });
                }

                continue;
            }

            var role = " " + line.Groups["role"].Value.ToLowerInvariant() + " ";
            var kind = HeldRole(role);
            if (kind is { } held && company >= 0)
            {
                relations.Add(new RelationMention(i, company, held, sentence, 0.7, "relation-patterns/1:roster-role") { Evidence = evidence });
            }
        }
    }

    private static void SignedRoles(KnowledgeDocument document, List<RelationMention> relations)
    {
        // A letter's or a filing's signature: "Rodrigo Alvarado" / "Chief Executive Officer" / "TerminalSur S.A.", each
        // on a line of its own, holds the role at the body on the third line.
        var mentions = document.Entities;
        var text = document.Text;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var person = mentions[i];
            if (person.Kind != EntityKind.Person || person.Form != MentionForm.Name || !IsWholeLine(text, person.Span)
                || NextLine(text, person.Span.End) is not { } role
                || HeldRole(" " + text[role.Start..role.End].ToLowerInvariant() + " ") is not { } held
                || NextLine(text, role.End) is not { } body
                || Enumerable.Range(i + 1, mentions.Count - i - 1)
                    .FirstOrDefault(m => mentions[m].Span == body && mentions[m].Kind == EntityKind.Organization && mentions[m].Form == MentionForm.Name, -1)
                    is not (>= 0 and var organization))
            {
                continue;
            }

            var evidence = new TextSpan(person.Span.Start, body.End);
            relations.Add(new RelationMention(i, organization, held, document.SentenceOf(person.FirstToken), 0.7, "relation-patterns/1:signature")
            {
                Evidence = evidence,
            });
        }
    }

    private static bool IsWholeLine(string text, TextSpan span) =>
        (span.Start == 0 || text[span.Start - 1] == '\n') && (span.End == text.Length || text[span.End] == '\n');

    // The next line after a line that ends at the given index, trimmed, when it directly follows (no blank line).
    private static TextSpan? NextLine(string text, int end)
    {
        if (end >= text.Length || text[end] != '\n' || end + 1 >= text.Length || text[end + 1] == '\n')
        {
            return null;
        }

        var start = end + 1;
        var stop = text.IndexOf('\n', start);
        stop = stop < 0 ? text.Length : stop;
        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        return stop > start ? new TextSpan(start, stop) : null;
    }

    // What a job without its company says of the one who holds it: a company's head leads it, another job works for it.
    private static RelationKind? HeldRole(string job) =>
        BareHeadBefore().IsMatch(job) ? RelationKind.Leads : BareJobBefore().IsMatch(job) ? RelationKind.WorksFor : null;

    // The organisation the document's first line names ("Veltris Therapeutics (VELT) Update on … Call Transcript"), if any.
    private static int TitlesCompany(KnowledgeDocument document)
    {
        var firstLine = document.Text.IndexOf('\n', StringComparison.Ordinal);
        var first = document.Entities.Count > 0 ? document.Entities[0] : null;
        return first is { Kind: EntityKind.Organization, Form: MentionForm.Name } && (firstLine < 0 || first.Span.End <= firstLine) ? 0 : -1;
    }

    // The last mention before a token of the organisation most of the story's organisation mentions refer to, if one
    // has at least twice as many named or described mentions as any other; -1 otherwise.
    private static int StorysOrganization(KnowledgeDocument document, int before)
    {
        var counts = document.Entities
            .Where(m => m.Kind == EntityKind.Organization && m.Chain >= 0 && m.Form is MentionForm.Name or MentionForm.Nominal)
            .GroupBy(m => m.Chain)
            .Select(g => (Chain: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Chain)
            .Take(2)
            .ToList();
        // The story must also call it a body in words ("the company", "the Bremen-based company"), which a name the
        // recogniser mistook for an organisation's seldom is.
        if (counts.Count == 0 || (counts.Count == 2 && counts[0].Count < 2 * counts[1].Count)
            || !document.Entities.Any(m => m.Chain == counts[0].Chain && m.Form == MentionForm.Nominal))
        {
            return -1;
        }

        var last = -1;
        for (var i = 0; i < document.Entities.Count && document.Entities[i].FirstToken < before; i++)
        {
            if (document.Entities[i].Chain == counts[0].Chain && document.Entities[i].Form is MentionForm.Name or MentionForm.Nominal)
            {
                last = i;
            }
        }

        return last;
    }

    private static void WorksAcrossSentences(KnowledgeDocument document, Dictionary<int, List<int>> bySentence, List<RelationMention> relations)
    {
        foreach (var (sentence, indices) in bySentence)
        {
            if (sentence < 0 || !bySentence.TryGetValue(sentence + 1, out var next))
            {
                continue;
            }

            var work = next.FirstOrDefault(
                i => document.Entities[i].Kind == EntityKind.Work && document.Entities[i].FirstToken == document.Sentences[sentence + 1].FirstToken,
                -1);
            var current = document.Sentences[sentence];
            var tail = Between(document, Math.Max(current.FirstToken, current.EndToken - 8), current.EndToken);
            if (work < 0 || !PossessedWorkAtEnd().IsMatch(tail))
            {
                continue;
            }

            // "his documentary" belongs to the sentence's first person, its subject in news prose.
            var author = indices.FirstOrDefault(i => document.Entities[i].Kind == EntityKind.Person, -1);
            if (author >= 0)
            {
                var span = new TextSpan(current.Span.Start, document.Sentences[sentence + 1].Span.End);
                relations.Add(
                    new RelationMention(author, work, RelationKind.Created, sentence, 0.7, "relation-patterns/1:work-named-next") { Evidence = span });
            }
        }
    }

    private static List<RelationMention> Deduplicate(KnowledgeDocument document, List<RelationMention> relations) =>
        [.. relations
            .GroupBy(r => (RelationContext.ChainOf(document, r.Source), RelationContext.ChainOf(document, r.Target), r.Kind, r.Sentence))
            .Select(g => g.MaxBy(r => r.Confidence)!)
            .OrderBy(r => r.Sentence).ThenBy(r => r.Source).ThenBy(r => r.Target)];

    private static bool SameChain(Mention a, Mention b) => a.Chain >= 0 && a.Chain == b.Chain;

    private static string Between(KnowledgeDocument document, int from, int to)
    {
        var builder = new StringBuilder(" ");
        for (var t = from; t < to; t++)
        {
            builder.Append(document.TokenText(t).ToLowerInvariant()).Append(' ');
        }

        return builder.ToString();
    }

    // A job inside a company before a name that opens its sentence: "Launch director", "Spokeswoman", "Plant manager",
    // "Chief technology officer"; not an outsider's ("Analyst", "Lawyer", "Film director") nor a public office's
    // ("Official", "Officer").
    [GeneratedRegex(@"^ (?:(?!film |movie |theatre |theater |stage |documentary |music |casting )[a-z-]+ ){0,2}(?:director|engineer|spokesman|spokeswoman|spokesperson|manager)"
        + @" $|^ chief (?:[a-z-]+ ){1,2}officer $")]
    private static partial Regex BareJobBefore();

    // A company's head before a name with no company given: "Chief executive Markus Gerber"; not a president or a
    // chairman, who may head a country or a committee.
    [GeneratedRegex(@"^ (?:chief executive(?: officer)?|ceo|managing director|co-founder|founder) $")]
    private static partial Regex BareHeadBefore();

    // The rest of a participant line after the name: " -- Chief Medical Officer", " -- Kessler & Co. -- Analyst".
    [GeneratedRegex(@"^ (?:--|—|–) (?:(?<firm>[^\n—–]+?) (?:--|—|–) )?(?<role>\p{Lu}[\p{L} &.'-]{1,60}?)\s*$")]
    private static partial Regex RosterLine();

    // The words between what was said and a name that attributes it: after the comma, or the comma and the closing mark.
    [GeneratedRegex(@" , (?:[""”'’] )?(?<job>(?:[a-z-]+ ){1,4})$")]
    private static partial Regex AttributionJob();

    [GeneratedRegex(@"^ , (?:his|her|their|its) (?:main |chief |closest |nearest )?(?:competitor|rival|opponent|challenger)s? ")]
    private static partial Regex RivalAfter();

    // "Tom Brennan, a longtime rival of the mayor, said": a rival named by the other's title alone.
    [GeneratedRegex(@"^ , (?:a |an |the )?(?:main |chief |closest |nearest |longtime |long-time |fierce |bitter |former )?(?:rival|opponent|challenger) of the (?<title>mayor|governor|president|senator|chancellor|premier|minister|chairman|chairwoman|chair|speaker|leader) ,")]
    private static partial Regex RivalOfTitle();

    // "Her rival in the Democratic primary, state Treasurer Sam Okoye, said": the rival named after a possessive that
    // refers back to someone.
    [GeneratedRegex(@"^ (?:main |chief |closest |nearest |longtime |long-time )?(?:competitor|rival|opponent|challenger) (?:(?:in|for) (?:\S+ ){1,4})?, (?:\S+ ){0,3}$")]
    private static partial Regex PossessedRivalBefore();

    [GeneratedRegex("^" + RelationPatterns.Family + "$")]
    private static partial Regex KinWord();

    // "founded in 1998 by his father, Alemu Tesfaye": the kin named after a possessive that refers back to someone.
    [GeneratedRegex(@"^ (?:late |eldest |youngest |elder |younger |older |only )?" + RelationPatterns.Family + @" ,? ?$")]
    private static partial Regex PossessedKinBefore();

    // "The remarks drew sharp criticism from", "That statement was condemned by": someone's words, and a critic's response.
    [GeneratedRegex(
        @"^ (?:the|his|her|their|those|these|that|this) (?:remarks?|comments?|statements?|words|stance|assurances?|declaration) "
        + @"(?:(?:(?:has|have|had) )?(?:drew|draws|drawn|prompted|sparked|provoked|attracted) (?:sharp |swift |strong |fierce |immediate |angry |harsh )?"
        + @"(?:criticism|condemnation|fire|a rebuke|rebukes|anger|outrage|scorn) from"
        + @"|(?:was|were|has been|have been) (?:swiftly |sharply |roundly |quickly )?(?:condemned|criticized|criticised|attacked|slammed|denounced|derided) by) (?:the )?$")]
    private static partial Regex RemarksDrewCriticism();

    // The verb, when it was taken, and a title at the body: " stepped down on thursday as director-general of marine
    // environment monitoring at the ".
    [GeneratedRegex(@"^ (?:has |had )?(?:resigned|stepped down|quit|stood down)(?: \S+){0,3} as (?:the )?(?:acting |interim )?(?:[a-z-]+ ){1,9}(?:at|of|with) (?:the )?$")]
    private static partial Regex AsTitleAt();

    [GeneratedRegex(
        @"^ (?:, \S+ , )?(?:has |had |have |was forced to |had to |has had to |decided to )?"
        + @"(?:resigned|resigns|resign|stepped down|steps down|step down|quit|quits)\b")]
    private static partial Regex Resigned();

    // The words from a head to the one he sacks: an aside, the verb, and the title before the name.
    [GeneratedRegex(@"^ (?:, [^,]* )?,? ?(?:has |had |have |on \S+ )?(?:sacked|sacks|fired|fires|dismissed|dismisses|axed|relieved) [^,]*(?:, (?:\S+ \. |\S+ )?)?$")]
    private static partial Regex Dismissed();

    // "the resignation of Sibaya Water chief executive", "the sudden resignation of its chairman": the noun, then the
    // body and the title of the person named next, with no comma between (a list or an aside would name someone else).
    [GeneratedRegex(@"(?<pre>(?:^| )(?:\S+ ){0,3})resignation of (?:the |its |his |her |their )?(?:[^ ,;]+ ){0,6}$")]
    private static partial Regex ResignationOf();

    // A resignation someone wants, fears or expects has not happened: "called for the resignation of", "the possible resignation of".
    [GeneratedRegex(@" (?:for|called|calls|call|demanded|demands|demand|sought|seeks|urged|urges|wants|want|wanted|possible|potential|threatened|rumou?red|expected|demanding|seeking) ")]
    private static partial Regex UnrealStep();

    // "called on X to resign", "demanded that X resign": someone else wants the resignation; it has not happened.
    [GeneratedRegex(@" (?:called on|calls on|urged|urges|asked|asks|pressed|presses|told|tells|demanded|demands|wants|want|expects|expect)(?: that)?(?: [a-z.]+)? $")]
    private static partial Regex CalledOn();

    [GeneratedRegex(
        @"(?:his|her|their|its|'s|’s) (?:\S+ ){0,4}"
        + @"(?:documentary|docuseries|film|movie|book|novel|memoir|series|show|programme|program|album) \. $")]
    private static partial Regex PossessedWorkAtEnd();
}
