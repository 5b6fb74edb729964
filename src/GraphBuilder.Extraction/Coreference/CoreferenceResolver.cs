using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Coreference;

/// <summary>
/// Groups a document's entity mentions into chains, one per entity, by rules whose decisions are recorded:
/// the same name up to case, punctuation and titles (<c>Wikileaks</c>/<c>WikiLeaks</c>, <c>Sen. Bernie Sanders</c>);
/// a person's surname or first name alone when exactly one full name in the document has it (<c>Putin</c>); an
/// acronym from a full name's initials or from a <c>Full Name (ACR)</c> pattern (<c>DNC</c>); descriptions; and
/// third-person pronouns, only when exactly one entity of a fitting kind is named in the pronoun's sentence before it
/// or in the sentence before (otherwise the pronoun is left unresolved). A chain's type is the one most of its names
/// carry, and its canonical name is its fullest name.
/// </summary>
public sealed partial class CoreferenceResolver : IExtractionStage
{
    /// <inheritdoc/>
    public string Name => "coreference";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public void Process(KnowledgeDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = WithNominals(document, cancellationToken);
        var count = mentions.Count;
        var links = new MentionLinks(count);
        var texts = mentions.Select(m => NameText(document, m)).ToArray();
        var keys = texts.Select(NormalizedKey).ToArray();
        // The rules that compare mentions with each other grow with the square of a long text's mentions (seconds to
        // minutes at a few MB): each checks the token once per mention, so that a stop request is not kept waiting.
        JoinSameNames(mentions, texts, keys, links);
        JoinSurnameFirstNames(mentions, texts, keys, links);
        JoinPatronymicAddresses(mentions, texts, keys, links);
        JoinCompanyOpenings(mentions, texts, keys, links);
        // Full names by their first and last words, for the rules that look a single name up; the rules before the
        // organisations' retype single names only, so the index holds for both.
        var fullPeople = FullPersonNames(mentions, keys).ToList();
        var personNames = IndexPeople(fullPeople, texts, keys, FirstAndLastWords);
        JoinShorterPersonNames(mentions, texts, keys, fullPeople, personNames, links);
        var givenAndSurnames = IndexPeople(fullPeople, texts, keys, GivenAndSurnames);
        JoinSingleNames(document, mentions, texts, keys, givenAndSurnames, IndexPeople(fullPeople, texts, keys, LastWord), links, cancellationToken);
        JoinSurnamesReadAsPlaces(document, mentions, texts, keys, links, cancellationToken);
        JoinShortOrganizationNames(document, mentions, texts, keys, personNames, links, cancellationToken);
        JoinPolishBodyTails(mentions, texts, keys, links);
        JoinShortPlaceNames(mentions, texts, keys, links, cancellationToken);
        JoinAcronyms(document, mentions, texts, links, cancellationToken);
        JoinStatedAliases(document, mentions, texts, links);
        JoinDefinedTerms(document, mentions, texts, links);
        JoinStockCodes(document, mentions, texts, links);
        SettleKinds(mentions, texts, links);
        var unresolved = new HashSet<int>();
        JoinDescriptions(document, mentions, texts, links, unresolved, cancellationToken);
        JoinPronouns(document, mentions, texts, links, unresolved, cancellationToken);

        var roots = links.Roots();
        var kept = Enumerable.Range(0, count).Where(i => !unresolved.Contains(i)).ToList();
        BuildChains(
            document,
            [.. kept.Select(i => mentions[i])],
            [.. kept.Select(i => roots[i])],
            [.. kept.Select(i => texts[i])],
            links.Reasons.Select(r => (kept.IndexOf(r.Mention), r.Reason)).Where(r => r.Item1 >= 0).ToList(),
            [.. kept.Select(i => roots[i])]);
    }

    /// <summary>
    /// A legal form ("Salar Andino Minerales SpA") or a title's cue ("the Voces del Desierto programme"; not over a
    /// person's name) settles the type of every name joined to it, however often the others were read otherwise ("Salar
    /// Andino said" as a person's), before descriptions and pronouns look for their kind ("She has accused the company"
    /// is no company's) and the chain votes.
    /// </summary>
    private static void SettleKinds(List<Mention> mentions, string[] texts, MentionLinks links)
    {
        Dictionary<int, EntityKind>? settled = null;
        HashSet<int>? people = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form != MentionForm.Name)
            {
                continue;
            }

            // "Groupement d'intérêt économique des Femmes Transformatrices de Kayar": a Romance body's head before its
            // particles names a body, however the recogniser read its other mentions ("the GIE's lawyer").
            if (InstitutionWords.EndsInLegalForm(texts[i]) || RomanceNameHeads.IsBodyName(texts[i]))
            {
                (settled ??= [])[links.Find(i)] = EntityKind.Organization;
            }
            else if (mentions[i].Kind == EntityKind.Work)
            {
                (settled ??= []).TryAdd(links.Find(i), EntityKind.Work);
            }
            else if (mentions[i].Kind == EntityKind.Person)
            {
                (people ??= []).Add(links.Find(i));
            }
        }

        // A title's cue settles a body's or a place's reading, not a person's: "Midlands Radio's Kagiso Molefe" is the host.
        if (settled is not null && people is not null)
        {
            foreach (var root in settled.Where(s => s.Value == EntityKind.Work && people.Contains(s.Key)).Select(s => s.Key).ToList())
            {
                settled.Remove(root);
            }
        }

        for (var i = 0; settled is not null && i < mentions.Count; i++)
        {
            if (mentions[i].Form != MentionForm.Pronoun && settled.TryGetValue(links.Find(i), out var kind))
            {
                mentions[i] = mentions[i] with { Kind = kind };
            }
        }
    }

    /// <summary>Rule 1: the same name, up to case, punctuation and titles; types may disagree (the recogniser's slips).</summary>
    private static void JoinSameNames(List<Mention> mentions, string[] texts, string[] keys, MentionLinks links)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (keys[i].Length == 0 || mentions[i].Form == MentionForm.Pronoun || mentions[i].Form == MentionForm.Nominal && mentions[i].Name is null)
            {
                continue;
            }

            if (byKey.TryGetValue(keys[i], out var first))
            {
                links.Union(first, i, $"'{texts[i]}' is '{texts[first]}' (same name)");
            }
            else
            {
                byKey[keys[i]] = i;
            }
        }
    }

    /// <summary>
    /// Rule 1b: a name a register, a court list or a factbox writes family name first in capitals ("ZHURAVSKYI Oleksandr
    /// Ivanovych", "SARR Ndèye Fatou") is the person the article names in the usual order, whatever the recogniser read it as.
    /// </summary>
    private static void JoinSurnameFirstNames(List<Mention> mentions, string[] texts, string[] keys, MentionLinks links)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form != MentionForm.Name || SurnameFirstKey(texts[i]) is not { } rotated)
            {
                continue;
            }

            var words = Words(rotated);
            JoinOnlyPerson(
                mentions,
                links,
                i,
                j => SurnameFirstKey(texts[j]) is null
                    && (keys[j] == rotated || (Words(keys[j]) is { Length: >= 2 } other && other[^1] == words[^1] && (words.Length == 1 || other[0] == words[0]))),
                person => $"'{texts[i]}' is '{texts[person]}' written family name first");
        }
    }

    /// <summary>
    /// Rule 1c: a given name and a patronymic, as Ukrainians and Russians address each other ("Larysa Volodymyrivna",
    /// "Oleksandr Ivanovych"), is the only person in the article of that given name (and that patronymic, where the full
    /// name writes one), whatever the recogniser read it as.
    /// </summary>
    private static void JoinPatronymicAddresses(List<Mention> mentions, string[] texts, string[] keys, MentionLinks links)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form != MentionForm.Name || Words(keys[i]) is not [var given, var patronymic] || !PersonNames.IsPatronymic(patronymic))
            {
                continue;
            }

            JoinOnlyPerson(
                mentions,
                links,
                i,
                j => Words(keys[j]) is { Length: >= 2 } other && other[0] == given && other[^1] != patronymic
                    && (other.Length == 2 || other[1] == patronymic || !PersonNames.IsPatronymic(other[1])),
                person => $"'{texts[i]}' is the given name and patronymic of '{texts[person]}'");
        }
    }

    // Joins a mention to the one person's chain among the named people that match, as a person's, whatever the
    // recogniser read it as; to none where several chains or none match.
    private static void JoinOnlyPerson(List<Mention> mentions, MentionLinks links, int mention, Func<int, bool> matches, Func<int, string> reason)
    {
        var people = Enumerable.Range(0, mentions.Count)
            .Where(j => j != mention && mentions[j] is { Kind: EntityKind.Person, Form: MentionForm.Name } && matches(j))
            .Select(links.Find)
            .Distinct()
            .ToList();
        if (people is [var person])
        {
            mentions[mention] = mentions[mention] with { Kind = EntityKind.Person };
            links.Union(person, mention, reason(person));
        }
    }

    // The key of a name written family name first in capitals before given names that are not, or the Hungarian way
    // ("Nagy Ferenc", "Kovácsné Szabó Zsuzsanna", "Tóth Gáborné" for Mrs Tóth), in the usual order ("oleksandr ivanovych
    // zhuravskyi", "ferenc nagy", "zsuzsanna kovács", "tóth"), or null for a name of another shape.
    private static string? SurnameFirstKey(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(p => Titles.Contains(p.TrimEnd('.').ToLowerInvariant())).ToArray();
        if (parts.Length is >= 2 and <= 4
            && parts[0].Length > 1 && parts[0].All(c => char.IsLetter(c) && char.IsUpper(c))
            && parts.Skip(1).All(p => char.IsUpper(p[0]) && p.Skip(1).All(c => char.IsLetter(c) && char.IsLower(c))))
        {
            return NormalizedKey(string.Join(' ', parts.Skip(1).Append(parts[0])));
        }

        return HungarianNames.InEnglishOrder(text, Words(NormalizedKey(text))) is { } english ? string.Join(' ', english) : null;
    }

    /// <summary>
    /// Rule 1a: a name of two to four words read as a person's that opens the one name in the article closed by a
    /// company's legal form, which no person's name is, is that company's short form ("Derinsu Kimya has flatly denied"
    /// beside "Derinsu Kimya Sanayi ve Ticaret A.Ş.", "Shwe Hintha Delta Ferry" beside "Shwe Hintha Delta Ferry Co.,
    /// Ltd."). It goes before the person rules, so that no surname joins it as a person's first.
    /// </summary>
    private static void JoinCompanyOpenings(List<Mention> mentions, string[] texts, string[] keys, MentionLinks links)
    {
        Dictionary<string, List<int>>? byStart = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != EntityKind.Person || mentions[i].Form != MentionForm.Name || Words(keys[i]).Length is < 2 or > 4)
            {
                continue;
            }

            byStart ??= IndexNames(
                Enumerable.Range(0, mentions.Count)
                    .Where(j => mentions[j].Kind == EntityKind.Organization && mentions[j].Form == MentionForm.Name && InstitutionWords.EndsInLegalForm(texts[j])),
                keys,
                Starts);
            if (OnlyChain(byStart.GetValueOrDefault(keys[i]) ?? [], links) is var company and >= 0 && links.Find(i) != company)
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Organization };
                links.Union(company, i, $"'{texts[i]}' opens the only company's name in the article, which a legal form closes: '{texts[company]}'");
            }
        }
    }

    /// <summary>
    /// Rule 2 (names of two words or more): a shorter form of the one fuller person's name in the document that starts
    /// with the same given name joins it: the given name and surname without the middle names ("George Bush"), with two
    /// surnames the given names and the father's ("Rodrigo Sepúlveda", "María José Fuentes" of "Rodrigo Andrés Sepúlveda
    /// Núñez" and "María José Fuentes Ibarra"), or the given names alone ("María José" after "Doña"). Longer forms join
    /// first, so that a name's forms that are one another's are one chain before a shorter one looks for the only.
    /// </summary>
    private static void JoinShorterPersonNames(
        List<Mention> mentions, string[] texts, string[] keys, List<int> fullPeople, Dictionary<string, List<int>> fullNames, MentionLinks links)
    {
        var people = fullPeople.OrderByDescending(i => Words(keys[i]).Length).ThenBy(i => i).ToList();
        // Each name's first mention, however the recogniser typed it there (a show's notes may open with the host's
        // name read as a body's).
        var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form == MentionForm.Name)
            {
                firsts.TryAdd(keys[i], i);
            }
        }

        foreach (var i in people)
        {
            // A form that leaves out the last surname joins a fuller name only when the text wrote that name first, as
            // news introduces a person in full: "Andy Warhol" is no short form of "Andy Warhol Photographic" read later.
            // "Kerem Bey" after "Kerem Tarık Soydan": a given name and the Turkish title of address after it.
            var words = Words(keys[i]);
            var address = PersonNames.IsGivenNameAddress(words);
            var fuller = (fullNames.GetValueOrDefault(words[0]) ?? [])
                .Where(j => Words(keys[j]) is var longer && (longer.Length > words.Length || (address && longer.Length == 2))
                    && (PersonNames.EastAsianFamilyIndex(texts[j], longer) is var family and >= 0
                        ? PersonNames.IsEastAsianShortForm(words, longer, family)
                        : PersonNames.IsShorterForm(words, longer) || AreGivenNames(words, longer) || (address && !PersonNames.IsGivenNameAddress(longer)))
                    && (words[^1] == longer[^1] || firsts[keys[j]] < firsts[keys[i]]));
            if (OnlyChain(fuller, links) is var full and >= 0 && links.Find(i) != full)
            {
                links.Union(full, i, $"'{texts[i]}' is a shorter form of the only fuller name in the article it can be: '{texts[full]}'");
            }
        }
    }

    // The full names by their given name's full form, accents folded: "Gosia" finds "Małgorzata Krawiec", "Giorgos"
    // finds "Giórgos Konstantínou", "Yiorgos" finds "Giorgos Konstantinou".
    private static Dictionary<string, List<int>> IndexByFullGivenName(Dictionary<string, List<int>> fullNames, string[] keys) =>
        fullNames.Values.SelectMany(f => f).Distinct()
            .GroupBy(f => FoldedFullGivenName(Words(keys[f])[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private static string FoldedFullGivenName(string given) => LatinFolding.Fold(PersonNames.FullGivenName(given));

    // Surnames under themselves and their deletion variants: a word one letter from a surname shares a key with it.
    private static Dictionary<string, List<string>> IndexSlips(Dictionary<string, List<int>> surnames)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var surname in surnames.Keys.Where(k => k.Length >= PersonNames.TypoMinimumLength - 1))
        {
            foreach (var key in PersonNames.DeletionVariants(surname).Prepend(surname))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(surname);
            }
        }

        return index;
    }

    private static IEnumerable<string> SlippedSurnames(Dictionary<string, List<string>> slips, string word) =>
        PersonNames.DeletionVariants(word).Prepend(word)
            .SelectMany(key => slips.GetValueOrDefault(key) ?? [])
            .Distinct(StringComparer.Ordinal)
            .Where(surname => PersonNames.IsSurnameSlip(word, surname));

    // "maría josé" of "maría josé fuentes ibarra": the first words of a name, all before its father's surname.
    private static bool AreGivenNames(string[] words, string[] full) =>
        words.Length <= PersonNames.PaternalSurname(full) && full.AsSpan(0, words.Length).SequenceEqual(words);

    /// <summary>
    /// Rule 2: a person's single name joins the one full name in the document that ends or starts with it, as a person when
    /// it was read as a miscellaneous name ("the Bush administration"); a storm's given name alone joins the one storm
    /// named so ("Phailin" is "Cyclone Phailin").
    /// </summary>
    private static void JoinSingleNames(
        KnowledgeDocument document, List<Mention> mentions, string[] texts, string[] keys, Dictionary<string, List<int>> fullNames,
        Dictionary<string, List<int>> surnames, MentionLinks links, CancellationToken cancellationToken)
    {
        var count = mentions.Count;
        Dictionary<string, List<string>>? slips = null;
        Dictionary<string, List<int>>? byGivenName = null;

        // Full names are looked up by their first and last words, storms by their last, so that a long text costs its
        // mentions, not their square.
        var storms = IndexNames(
            Enumerable.Range(0, count).Where(i => mentions[i].Kind == EntityKind.Event && mentions[i].Form == MentionForm.Name
                && Words(keys[i]).Length >= 2 && texts[i].Split(' ').Any(StormNames.IsKind)),
            keys,
            LastWord);

        // Family names after a title first: "Legislator Lin" is no third person for a "Lin" alone to be.
        foreach (var i in Enumerable.Range(0, count).OrderBy(i => IsTitledFamilyName(keys[i]) ? 0 : 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // "Legislator Lin": a family name after a title its key keeps, since two people of one name are told apart by it.
            var words = IsTitledFamilyName(keys[i]) ? Words(keys[i])[1..] : Words(keys[i]);
            if (words.Length != 1 || mentions[i].Kind == EntityKind.Location || mentions[i].Form != MentionForm.Name)
            {
                continue;
            }

            // Not its own name: "Legislator Lin" is a full name of two words too. A given name in another form ("Zsuzsi",
            // "Giorgos" without the accents) looks its full form up, folded.
            var namesakes = fullNames.GetValueOrDefault(words[0])
                ?? (byGivenName ??= IndexByFullGivenName(fullNames, keys)).GetValueOrDefault(FoldedFullGivenName(words[0])) ?? [];
            var candidates = namesakes
                .Where(f => keys[f] != keys[i])
                .Select(f => links.Find(f))
                .Distinct()
                .ToList();
            if (candidates.Count == 1)
            {
                // "the Bush administration": the recogniser reads a name before a noun as a miscellaneous name, and a
                // surname alone in a headline or before "said" as a body's ("Keane quits as Rovers manager"); either
                // would outvote the person's own name. A body's only where the recogniser was surer of the full name
                // being a person's (the fast recogniser reads "Ashgrove Rovers" as one, with little confidence, and
                // "Rovers" alone as the club it is).
                if (mentions[i].Kind == EntityKind.Other
                    || (mentions[i].Kind == EntityKind.Organization && namesakes.Any(f => mentions[f].Confidence > mentions[i].Confidence)))
                {
                    mentions[i] = mentions[i] with { Kind = EntityKind.Person };
                }

                links.Union(candidates[0], i, $"'{texts[i]}' is the only full name in the article with that name: '{texts[candidates[0]]}'");
                continue;
            }

            if (candidates.Count >= 2 && EthiopianGivenName(texts, keys, namesakes, links, i) is var given and >= 0)
            {
                links.Union(given, i, $"'{texts[i]}' is the given name of the only Ethiopian name in the article that starts with it: '{texts[given]}'");
                continue;
            }

            if (candidates.Count >= 2 && TitledNamesake(document, mentions, links, candidates, i) is var titled and >= 0)
            {
                links.Union(titled, i, $"'{texts[i]}' is the only person of that name the article gives the same title: '{texts[titled]}'");
                continue;
            }

            if (candidates.Count >= 2 && NotKinNamesake(document, mentions, links, candidates) is var subject and >= 0)
            {
                links.Union(subject, i, $"'{texts[i]}' is the only person of that name the article does not introduce as another's kin: '{texts[subject]}'");
                continue;
            }

            if (candidates.Count >= 2
                && LatestFamilyNamesake(document, mentions, texts, links, namesakes, candidates, i) is var latest and >= 0)
            {
                links.Union(latest, i, $"'{texts[i]}' is the family name of the person of that name the article wrote last: '{texts[latest]}'");
                continue;
            }

            // "Phailin" for "Cyclone Phailin": a storm's given name alone, which the recogniser reads as a person's.
            var storm = OnlyChain(storms.GetValueOrDefault(words[0]) ?? [], links);
            if (candidates.Count == 0 && storm >= 0)
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Event };
                links.Union(storm, i, $"'{texts[i]}' is the given name of the only storm in the article named so: '{texts[storm]}'");
                continue;
            }

            // "Mauer" for "K.C. Maurer": a person's name alone that no full name has, a letter from the surname of one.
            if (candidates.Count == 0 && mentions[i].Kind == EntityKind.Person
                && OnlyChain(SlippedSurnames(slips ??= IndexSlips(surnames), words[0]).SelectMany(s => surnames[s]), links) is var slipped and >= 0)
            {
                links.Union(slipped, i, $"'{texts[i]}' is a letter from the surname of the only full name in the article it can be: '{texts[slipped]}'");
            }
        }

        // "De Smet" for "Jan De Smet", "Lloyd Webber" for "Andrew Lloyd Webber": a surname of two words or more joins the
        // one longer name in the document that ends with it.
        var byTail = IndexNames(FullPersonNames(mentions, keys), keys, Tails);
        for (var i = 0; i < count; i++)
        {
            if (mentions[i].Kind == EntityKind.Person && mentions[i].Form == MentionForm.Name && Words(keys[i]) is { Length: >= 2 } words
                && OnlyChain(byTail.GetValueOrDefault(string.Join(' ', words)) ?? [], links) is var full and >= 0
                && links.Find(i) != full)
            {
                links.Union(full, i, $"'{texts[i]}' is the surname of the only full name in the article that ends with it: '{texts[full]}'");
            }
        }
    }

    /// <summary>
    /// Rule 2a: a one-word place name that is the surname of the one full person name in the document ending with it
    /// joins that person when the text uses it as a person ("Paris claims", "Paris was born") and nowhere as a place ("in
    /// Paris"): the recogniser reads a surname that is also a city's name as the city. Organisations are left alone,
    /// since a company is the subject of a verb as often as a person ("Ford said").
    /// </summary>
    private static void JoinSurnamesReadAsPlaces(
        KnowledgeDocument document, List<Mention> mentions, string[] texts, string[] keys, MentionLinks links, CancellationToken cancellationToken)
    {
        if (document.PartsOfSpeech is not { } tags)
        {
            return;
        }

        var fullNames = IndexPeople([.. FullPersonNames(mentions, keys)], texts, keys, LastWord);
        var surnames = Enumerable.Range(0, mentions.Count)
            .Where(i => mentions[i].Kind == EntityKind.Location && mentions[i].Form == MentionForm.Name && mentions[i].TokenCount == 1
                && Words(keys[i]).Length == 1)
            .GroupBy(i => keys[i], StringComparer.Ordinal);
        foreach (var group in surnames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = OnlyChain(fullNames.GetValueOrDefault(group.Key) ?? [], links);
            if (person < 0
                || group.Any(i => IsPlaceUse(document, tags, mentions[i]))
                || !group.Any(i => IsSubjectUse(document, tags, mentions[i])))
            {
                continue;
            }

            foreach (var i in group)
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Person };
                links.Union(person, i, $"'{texts[i]}' is the surname of the only full name in the article ending with it, '{texts[person]}': the text uses it as a person, never as a place");
            }
        }
    }

    /// <summary>
    /// Korean and Chinese news shares a few family names among many people ("Kim Dong-su" and "Kim Hyun-woo" in one story),
    /// and writes the family name alone for the one of them it has just named: a family name that starts two or more full
    /// names of that shape is the person of the latest mention, of any form, in its sentence or the two before it. Other
    /// names stay apart ("Clinton" after both Clintons), as the text gives no such convention for them.
    /// </summary>
    private static int LatestFamilyNamesake(
        KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links, List<int> fullNames, List<int> candidates, int single)
    {
        var mention = mentions[single];
        var family = texts[single] + " ";
        if (mention.Kind != EntityKind.Person
            || !candidates.All(c => fullNames.Any(f => links.Find(f) == c && texts[f].StartsWith(family, StringComparison.Ordinal)
                && EastAsianNames.IsFullName(texts[f]))))
        {
            return -1;
        }

        var sentence = document.SentenceOf(mention.FirstToken);
        var latest = -1;
        for (var j = 0; j < mentions.Count; j++)
        {
            var other = mentions[j];
            if (other.FirstToken < mention.FirstToken && candidates.Contains(links.Find(j))
                && sentence - document.SentenceOf(other.FirstToken) <= 2 && (latest < 0 || other.FirstToken > mentions[latest].FirstToken))
            {
                latest = j;
            }
        }

        return latest < 0 ? -1 : links.Find(latest);
    }

    // "Alemu" beside "Alemu Tesfaye" and his son "Dawit Alemu": Ethiopians have no family name, and a name alone is the
    // given name of the one person whose name starts with it, not the father's name that ends another's.
    private static int EthiopianGivenName(string[] texts, string[] keys, List<int> fullNames, MentionLinks links, int single)
    {
        var names = fullNames.Where(f => keys[f] != keys[single]).ToList();
        if (!names.All(f => EthiopianNames.IsFullName(texts[f].Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        {
            return -1;
        }

        var given = names.Where(f => Words(keys[f])[0] == Words(keys[single])[0]).Select(links.Find).Distinct().ToList();
        return given.Count == 1 ? given[0] : -1;
    }

    /// <summary>
    /// Two people of one family name ("Lin Mei-hua" and "Legislator Lin Cheng-en") are told apart by the title the story
    /// gives one of them: "Legislator Lin" and "Lin, the legislator," are the person whose other mentions carry that title.
    /// </summary>
    private static int TitledNamesake(KnowledgeDocument document, List<Mention> mentions, MentionLinks links, List<int> candidates, int single)
    {
        if (TitleOf(document, mentions[single]) is not { } title)
        {
            return -1;
        }

        var found = -1;
        for (var j = 0; j < mentions.Count; j++)
        {
            if (j == single || !candidates.Contains(links.Find(j)) || !IsSameTitle(TitleOf(document, mentions[j]), title))
            {
                continue;
            }

            if (found >= 0 && found != links.Find(j))
            {
                return -1;
            }

            found = links.Find(j);
        }

        return found >= 0 || !CourtesyGenders.TryGetValue(title, out var sex) ? found : OnlyNamesakeNotOfTheOtherSex(document, mentions, links, candidates, sex);
    }

    // "Mr Diop" where the story's other Diop is "Mme Khady Diop": the only namesake no courtesy title makes the other sex;
    // "Mr Nowak" where the other Nowak is "Halina Nowak": nor a woman's given name.
    private static int OnlyNamesakeNotOfTheOtherSex(KnowledgeDocument document, List<Mention> mentions, MentionLinks links, List<int> candidates, char sex)
    {
        var left = candidates.Where(c => !Enumerable.Range(0, mentions.Count).Any(j => links.Find(j) == c
            && ((TitleOf(document, mentions[j]) is { } title && CourtesyGenders.TryGetValue(title, out var other) && other != sex)
                || (sex == 'm' && IsWomansFullName(document, mentions[j]))))).ToList();
        return left is [var only] ? only : -1;
    }

    private static bool IsWomansFullName(KnowledgeDocument document, Mention mention) =>
        mention.Kind == EntityKind.Person && mention.Form == MentionForm.Name
        && Words(NormalizedKey(document.Text[mention.Span.Start..mention.Span.End])) is { Length: >= 2 } words && PersonNames.IsFeminineGivenName(words[0]);

    // "Ms Diop" is the Diop the story calls "Mme Khady Diop", not the one it calls "Mr Diop": courtesy titles tell a
    // woman from a man in any language news writes them in; other titles must be the same word.
    private static bool IsSameTitle(string? a, string b) =>
        a == b || (a is not null && CourtesyGenders.TryGetValue(a, out var one) && CourtesyGenders.TryGetValue(b, out var other) && one == other);

    private static bool IsTitledFamilyName(string key) => Words(key) is [var title, _] && NamesakeTitles.Contains(title);

    /// <summary>
    /// A family's members share its name: where all but one of the people a family name may be were introduced only as
    /// another's kin ("Huang succeeded his father, company founder Huang Tien-fu"), the story calls that one by the family
    /// name alone and the kin by the full name.
    /// </summary>
    private static int NotKinNamesake(KnowledgeDocument document, List<Mention> mentions, MentionLinks links, List<int> candidates)
    {
        var kin = candidates.Where(c => Enumerable.Range(0, mentions.Count)
            .Where(j => links.Find(j) == c && mentions[j].Form == MentionForm.Name && mentions[j].TokenCount > 1)
            .All(j => IsIntroducedAsKin(document, mentions[j]))).ToList();
        return kin.Count == candidates.Count - 1 ? candidates.Except(kin).Single() : -1;
    }

    // "his father, company founder Huang Tien-fu", "her husband Huang Tien-fu": a possessive and a kin word, then at most a
    // comma and a few words of description, right before the name.
    private static bool IsIntroducedAsKin(KnowledgeDocument document, Mention mention)
    {
        var sentenceStart = document.Tokens[document.Sentences[document.SentenceOf(mention.FirstToken)].FirstToken].Span.Start;
        var from = Math.Max(sentenceStart, mention.Span.Start - 60);
        return KinBefore().IsMatch(document.Text.AsSpan(from, mention.Span.Start - from));
    }

    // The title written as the name's first word or just before it ("Legislator Lin Cheng-en"), or in an apposition right
    // after it ("Lin, the legislator,"), lower case; or null.
    private static string? TitleOf(KnowledgeDocument document, Mention mention)
    {
        var first = document.TokenText(mention.FirstToken).ToLowerInvariant();
        if (mention.TokenCount > 1 && (NamesakeTitles.Contains(first) || CourtesyGenders.ContainsKey(first)))
        {
            return first;
        }

        if (mention.FirstToken > 0 && document.TokenText(mention.FirstToken - 1) is { Length: > 0 } before && char.IsUpper(before[0])
            && (NamesakeTitles.Contains(before.ToLowerInvariant()) || CourtesyGenders.ContainsKey(before.ToLowerInvariant())))
        {
            return before.ToLowerInvariant();
        }

        var next = mention.EndToken;
        return next + 2 < document.Tokens.Count && document.TokenText(next) == "," && document.TokenText(next + 1) == "the"
            && NamesakeTitles.Contains(document.TokenText(next + 2))
            && (next + 3 == document.Tokens.Count || document.TokenText(next + 3) is "," or "said")
            ? document.TokenText(next + 2)
            : null;
    }

    private static bool IsPlaceUse(KnowledgeDocument document, IReadOnlyList<string> tags, Mention mention)
    {
        // "in Paris", "from Paris": a preposition before the name; "Paris, France": a place after a comma.
        var sentence = document.Sentences[document.SentenceOf(mention.FirstToken)];
        var previous = mention.FirstToken - 1;
        var next = mention.EndToken;
        return (previous >= sentence.FirstToken && tags[previous] == "ADP")
            || (next + 1 < sentence.EndToken && document.TokenText(next) == ","
                && document.Entities.Any(e => e.FirstToken == next + 1 && e.Kind == EntityKind.Location));
    }

    private static bool IsSubjectUse(KnowledgeDocument document, IReadOnlyList<string> tags, Mention mention)
    {
        // "Paris claims", "Paris was born", "Paris also claims": a verb right after the name, or after one adverb.
        var sentence = document.Sentences[document.SentenceOf(mention.FirstToken)];
        var next = mention.EndToken;
        if (next < sentence.EndToken && tags[next] == "ADV")
        {
            next++;
        }

        return next < sentence.EndToken && tags[next] is "VERB" or "AUX";
    }

    /// <summary>
    /// Rule 2b: an organisation's short name joins the one longer name in the document it starts ("Northwind" is
    /// "Northwind Energy"), or, as an event, the one event's name that adds only an event's head to it when the article
    /// named the event first ("Spitfire" after "the Spitfire Tournament"; not "FIFA" after "the FIFA World Cup", nor
    /// "Google headquarters" before "the Google Science Fair").
    /// </summary>
    private static void JoinShortOrganizationNames(
        KnowledgeDocument document,
        List<Mention> mentions,
        string[] texts,
        string[] keys,
        Dictionary<string, List<int>> personNames,
        MentionLinks links,
        CancellationToken cancellationToken)
    {
        JoinIberianBodyCores(mentions, texts, links);
        var organizations = Enumerable.Range(0, mentions.Count)
            .Where(i => mentions[i].Kind == EntityKind.Organization && mentions[i].Form == MentionForm.Name)
            .ToList();

        // Rule 1 has joined every mention of one name, so one mention stands for all of them; the longer names are
        // looked up by the words they start with and by the name after their last "of", so that a long text with many
        // organisations costs the length of its names, not the square of its mentions.
        var byStart = IndexNames(organizations, keys, Starts);
        var byAbridgement = IndexNames(organizations, keys, Abridgements);
        var byNameAfterOf = IndexNames(organizations, keys, NamesAfterOf);
        // "JPL Stardust" is a body's mission, not a body that "Stardust" abridges; "Associated Press, Rick Santorum" is
        // two names read as one.
        var byLastWord = IndexNames(
            organizations.Where(j => !texts[j].Contains(',', StringComparison.Ordinal) && !texts[j].Split(' ')[..^1].Any(IsAcronym)),
            keys,
            DistinctiveLastWord);

        // A name the article also writes for a place is the place, not a short form of a body named after it:
        // "Millbrook's bus drivers" beside the "Millbrook Regional Transit Authority".
        var places = new HashSet<string>(
            Enumerable.Range(0, mentions.Count).Where(j => mentions[j].Kind == EntityKind.Location && mentions[j].Form == MentionForm.Name).Select(j => keys[j]),
            StringComparer.Ordinal);
        // "Xinghai Metals" and "Xinghai" of "Ningbo Xinghai Metals Co., Ltd." where the article names Ningbo as a place: a
        // company named after its city goes by the rest of its name.
        var afterPlace = IndexNames(organizations, keys, full => full.Length >= 3 && places.Contains(full[0]) ? StartsAfterPlace(full) : []);
        foreach (var i in organizations)
        {
            if (afterPlace.GetValueOrDefault(keys[i]) is { } named && OnlyChain(named, links) is var company and >= 0 && links.Find(i) != company)
            {
                links.Union(company, i, $"'{texts[i]}' is the name after the place that opens the only longer name it can be: '{texts[company]}'");
            }
        }

        var eventsByName = IndexNames(
            Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Kind == EntityKind.Event && mentions[i].Form == MentionForm.Name),
            keys,
            NameBeforeEventHead);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shortEventNames = new HashSet<string>(StringComparer.Ordinal);
        var qualifiers = QualifyingNames(document, mentions, keys);
        Dictionary<string, List<int>>? byHead = null;
        HashSet<string>? located = null;

        // Longer names first, so that "Tengecha Logistics" has joined "Tengecha Logistics Limited" before "Tengecha" looks
        // for the one longer name it starts (the order is stable, so a name's first mention stays first).
        foreach (var i in organizations.OrderByDescending(i => Words(keys[i]).Length))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = Words(keys[i]);
            if (words.Length == 0)
            {
                continue;
            }

            var name = string.Join(' ', words);
            var first = seen.Add(name);
            if (shortEventNames.Contains(name))
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Event };
                continue;
            }

            var starting = byStart.GetValueOrDefault(name) ?? [];
            // A one-word name the article uses only to qualify a noun ("the Kericho producer's teas") is not the short
            // form of an association, a union or a society named after a place ("the Kericho Smallholder Tea Farmers'
            // Association"), though "the Freedom article" is Freedom Magazine's.
            if (!places.Contains(keys[i]) && OnlyChain(starting, links) is var longer and >= 0 && !IsBodyWithin(texts[i], texts[longer])
                && !PossessesTheRest(words.Length, texts[longer])
                && !(words.Length == 1 && OnlyQualifiesANoun(qualifiers, keys[i], texts[longer])))
            {
                if (IsPlaceOfDivision(texts[i], texts[longer]) || IsPolityBeforeItsBody(texts[i], texts[longer]) || IsWaterBeforeItsBody(texts[i], texts[longer]))
                {
                    // "in Napier" beside the "Napier District Court": the name before a division's body is the place's, as
                    // "the Breiddalsa" beside the "Breiddalsa River Owners' Association" is the river's.
                    mentions[i] = mentions[i] with { Kind = EntityKind.Location };
                    continue;
                }

                links.Union(longer, i, $"'{texts[i]}' is the short form of the only longer name that starts with it: '{texts[longer]}'");
                continue;
            }

            // "Millbrook Transit" in a headline for the "Millbrook Regional Transit Authority": the only longer name that
            // starts with the same word and holds the others in order.
            var abridged = byAbridgement.GetValueOrDefault(name) ?? [];
            if (starting.Count == 0 && words.Length >= 2 && OnlyChain(abridged, links) is var full and >= 0 && !IsBodyWithin(texts[i], texts[full]))
            {
                links.Union(full, i, $"'{texts[i]}' is the short form of the only longer name that starts with its first word and holds the others in order: '{texts[full]}'");
                continue;
            }

            // "Rovers" for "Ashgrove Rovers", "Reuters" for "Thomson Reuters": the one longer name that ends in a word
            // of its own, which a body's head ("Council", "Party") or a party's plural ("Democrats") is not; nor a name
            // the article writes where only a place stands ("twice, in Socaire, and" beside the "Lickanantay Indigenous
            // Association of Socaire"), the place the body is named after.
            if (starting.Count == 0 && words.Length == 1 && !places.Contains(keys[i])
                && OnlyChain(byLastWord.GetValueOrDefault(name) ?? [], links) is var ending and >= 0 && links.Find(i) != ending
                && !(located ??= LocatedNames(document, mentions, keys)).Contains(keys[i]))
            {
                links.Union(ending, i, $"'{texts[i]}' is the short form of the only longer name that ends with it: '{texts[ending]}'");
                continue;
            }

            // "Federation president Suresh Bansal" after "the All India Kirana Traders Federation": a body's capitalised
            // head alone is the one body named before it whose name ends with it.
            if (starting.Count == 0 && words.Length == 1 && InstitutionWords.IsBodyHead(texts[i])
                && (byHead ??= IndexNames(organizations.Where(j => Words(keys[j]).Length > 1), keys, LastWord)).GetValueOrDefault(name) is { } headed
                && headed.All(j => j < i)
                && OnlyChain(headed, links) is var headedBody and >= 0 && links.Find(i) != headedBody)
            {
                links.Union(headedBody, i, $"'{texts[i]}' is the head of the only body named before it whose name ends with it: '{texts[headedBody]}'");
                continue;
            }

            // The event index holds each event's first mention; the name's first mention must come after it, since a
            // name written before the event is the body behind it, not the event's short form.
            var events = eventsByName.GetValueOrDefault(name) ?? [];
            if (first && starting.Count == 0 && OnlyChain(events, links) is var named and >= 0 && events.All(e => e < i))
            {
                shortEventNames.Add(name);
                mentions[i] = mentions[i] with { Kind = EntityKind.Event };
                links.Union(named, i, $"'{texts[i]}' is the short form of '{texts[named]}', the only event named before it that adds just what kind of event it is");
                continue;
            }

            // "Scientology" for "the Church of Scientology": the name after "of" that ends one organisation's name, unless
            // the article writes it where only a place stands (above), or the body is the place's own government ("the
            // Lefkada prosecutor" is no "Municipality of Lefkada").
            var body = OnlyChain(byNameAfterOf.GetValueOrDefault(name) ?? [], links);
            if (body >= 0 && starting.Count == 0 && !IsPlacesGovernment(texts[body]) && !(located ??= LocatedNames(document, mentions, keys)).Contains(keys[i]))
            {
                links.Union(body, i, $"'{texts[i]}' is the name the only organisation '... of {texts[i]}' is named after: '{texts[body]}'");
            }
        }

        // "Meridian" read as a miscellaneous name in an article that names "Meridian Sports Capital": the short form of
        // the one organisation whose name starts with it, and so the organisation. One word only, since a longer one is
        // a work's title as often ("Doctor Who" beside the "Doctor Who Society of Canada"); not a nationality ("Swedish"
        // before "Swedish Football Association"), nor a person's name, which rule 2 has given its person or the
        // recogniser read as one ("Savage"), nor a word the tagger reads as no proper noun ("a Paralympic medalist"
        // beside the "Paralympic Committee").
        var personKeys = Enumerable.Range(0, mentions.Count)
            .Where(j => mentions[j].Kind == EntityKind.Person && mentions[j].Form == MentionForm.Name)
            .Select(j => keys[j])
            .ToHashSet(StringComparer.Ordinal);
        // A one-word name read as a person's joins too when the organisation it starts is a company's name ("Halvard
        // said" beside "Halvard Aerospace", "Kabilin offered" beside "Kabilin Water Resources"; Halvard is a given name as
        // well) and no full person name in the article has it.
        var tags = document.PartsOfSpeech;
        for (var i = 0; i < mentions.Count; i++)
        {
            var readAsPerson = mentions[i].Kind == EntityKind.Person;
            if ((mentions[i].Kind != EntityKind.Other && !readAsPerson) || mentions[i].Form != MentionForm.Name || places.Contains(keys[i])
                || (tags is not null && tags[mentions[i].FirstToken] != "PROPN")
                || Demonyms.TryGetPlace(texts[i], out _) || Words(keys[i]) is not [var word] || personNames.ContainsKey(word)
                || (!readAsPerson && personKeys.Contains(word)))
            {
                continue;
            }

            var starting = byStart.GetValueOrDefault(word) ?? [];
            if (OnlyChain(starting, links) is var longer and >= 0
                && (!readAsPerson || starting.All(j => texts[j].Split(' ') is [_, .., var head] && InstitutionWords.IsCompanyHead(head)))
                && !OnlyQualifiesANoun(qualifiers, keys[i], texts[longer]))
            {
                // Every mention of the name takes the type, the first of them joining the chain for all.
                mentions[i] = mentions[i] with { Kind = EntityKind.Organization };
                if (links.Find(i) != longer)
                {
                    links.Union(longer, i, $"'{texts[i]}' is the short form of the only organisation's name that starts with it: '{texts[longer]}'");
                }
            }
        }

        JoinLeadingWordsOfABody(document, mentions, texts, keys, byStart, links);
    }

    // "… the Kipsigis Highlands Tea Growers' Co-operative Society … Kipsigis Highlands, which is based in Kericho": a name
    // read as a place's or a person's that starts the one organisation's name that adds two words or more to it (of one
    // word, a company's: "the Cebu City-based Kabilin" beside "Kabilin Water Resources") is that organisation's short
    // form where the article writes it as only a body is written ("paid by", "the general manager of", ", which is based
    // in"), and nowhere as a place is ("in", "at", "the port of", "San Antonio-based", a dateline, "the San Antonio
    // terminal"); never a country's name.
    private static void JoinLeadingWordsOfABody(
        KnowledgeDocument document, List<Mention> mentions, string[] texts, string[] keys, Dictionary<string, List<int>> byStart, MentionLinks links)
    {
        // One mention stands for all mentions of its name, which rule 1 has joined.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind is not (EntityKind.Location or EntityKind.Person) || mentions[i].Form != MentionForm.Name
                || Words(keys[i]) is not { Length: >= 1 } words || CountryNames.IsCountry(texts[i]) || !seen.Add(keys[i])
                || OnlyChain(byStart.GetValueOrDefault(string.Join(' ', words)) ?? [], links) is not (>= 0 and var longer)
                || Words(keys[longer]).Length < words.Length + 2
                || (words.Length == 1 && !InstitutionWords.IsCompanyHead(texts[longer].Split(' ')[^1])))
            {
                continue;
            }

            // A company's one-word name (the longer name ends in a company's word, above) is given things and goes to
            // places as a body does ("the award to Kabilin"), has staff ("Taegang spokesman Jang Min-ho", "Taegang chief
            // executive Choi Jae-won", "worked for Taegang") and is worked at ("the KMWU branch at Taegang", "the Taegang
            // shipyard"): only "in" and its like make it a place.
            var same = Enumerable.Range(0, mentions.Count).Where(j => keys[j] == keys[i] && mentions[j].Form == MentionForm.Name).ToList();
            var company = words.Length == 1;
            if (!same.Any(j => ActsAsABody(document, mentions[j]) || (company && HasStaff(document, mentions[j])))
                || same.Any(j => (company ? InAPlace(document, mentions[j].FirstToken) : AfterLocative(document, mentions[j].FirstToken))
                    || (!company && QualifiesANoun(document, mentions[j]))
                    || BasedCompounds.Follows(document.Text, mentions[j].Span.End)
                    || OpensADateline(document, mentions[j])))
            {
                continue;
            }

            foreach (var j in same)
            {
                mentions[j] = mentions[j] with { Kind = EntityKind.Organization };
            }

            if (links.Find(i) != links.Find(longer))
            {
                links.Union(longer, i, $"'{texts[i]}' is the short form of the only organisation's name that starts with it and adds two words or more: '{texts[longer]}'");
            }
        }
    }

    // "New People Party" and "New People Party's Regina Ip": a longer name that goes on with the shorter one's possessive
    // names something the short one has, not the short one.
    private static bool PossessesTheRest(int words, string longer) =>
        longer.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var all && all.Length > words
        && (all[words - 1].EndsWith("'s", StringComparison.Ordinal) || all[words - 1].EndsWith("\u2019s", StringComparison.Ordinal));

    // "San Antonio, March 9, 2027": a name that opens a line and a date after its comma ("Taegang, founded in 1978,
    // employs" opens a sentence).
    private static bool OpensADateline(KnowledgeDocument document, Mention mention) =>
        (mention.Span.Start == 0 || document.Text[mention.Span.Start - 1] == '\n')
        && mention.EndToken + 1 < document.Tokens.Count && document.TokenText(mention.EndToken) == ","
        && !char.IsLower(document.TokenText(mention.EndToken + 1)[0])
        && Enumerable.Range(mention.EndToken + 1, Math.Min(4, document.Tokens.Count - mention.EndToken - 1))
            .Any(t => document.TokenText(t).Any(char.IsDigit));

    // Where only a body stands: "paid by Kipsigis Highlands", "the general manager of Kipsigis Highlands", "Kipsigis
    // Highlands, which is based in Kericho", "the Cebu City-based Kabilin", "Kabilin's president".
    private static bool ActsAsABody(KnowledgeDocument document, Mention mention)
    {
        var (first, end) = (mention.FirstToken, mention.EndToken);
        var before = first > 0 ? document.TokenText(first - 1) : string.Empty;
        return before == "by"
            || document.Text.AsSpan(0, mention.Span.Start).TrimEnd().EndsWith("-based", StringComparison.Ordinal)
            || (end + 1 < document.Tokens.Count && document.TokenText(end) is "'s" or "\u2019s"
                && (RoleWords.LeaderTitles.Contains(document.TokenText(end + 1)) || RoleWords.Jobs.Contains(document.TokenText(end + 1))))
            || (before == "of" && first > 1 && (RoleWords.LeaderTitles.Contains(document.TokenText(first - 2)) || RoleWords.Jobs.Contains(document.TokenText(first - 2))))
            || (end + 3 < document.Tokens.Count && document.TokenText(end) == "," && document.TokenText(end + 1) == "which"
                && document.TokenText(end + 2) == "is" && document.TokenText(end + 3) == "based");
    }

    // Whether the article uses a name only to qualify nouns, and the longer name is an association's, a union's or a
    // society's: "its Kericho office" beside "the Kericho Smallholder Tea Farmers' Association".
    private static bool OnlyQualifiesANoun(HashSet<string> qualifiers, string key, string longer) =>
        qualifiers.Contains(key) && InstitutionWords.IsBodyHead(DescriptionHeads.HeadOf(longer.Split(' ')));

    // Whether a name's letters are Latin ones (accented or not, Vietnamese ones too), not Greek, Cyrillic or another
    // alphabet's.
    private static bool IsLatin(string name) => name.Where(char.IsLetter).All(c => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF');

    // "Municipality of Lefkada", "Region of the Ionian Islands": a body named as the government of the place after "of".
    private static bool IsPlacesGovernment(string name) =>
        name.StartsWith("Municipality of ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Region of ", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Prefecture of ", StringComparison.OrdinalIgnoreCase);

    // The names the article writes at least once as a place phrase's end: "in Socaire,", "at Kericho." (not "within
    // Scientology called").
    private static HashSet<string> LocatedNames(KnowledgeDocument document, List<Mention> mentions, string[] keys) =>
        Enumerable.Range(0, mentions.Count)
            .Where(j => mentions[j].Form == MentionForm.Name && AtAPlace(document, mentions[j].FirstToken)
                && mentions[j].EndToken < document.Tokens.Count && document.TokenText(mentions[j].EndToken) is "," or "." or ";" or "—")
            .Select(j => keys[j])
            .ToHashSet(StringComparer.Ordinal);

    // The names every mention of which qualifies a noun, found in one pass over the mentions.
    private static HashSet<string> QualifyingNames(KnowledgeDocument document, List<Mention> mentions, string[] keys)
    {
        var qualifying = new HashSet<string>(StringComparer.Ordinal);
        var not = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < mentions.Count; j++)
        {
            if (mentions[j].Form == MentionForm.Name)
            {
                (QualifiesANoun(document, mentions[j]) ? qualifying : not).Add(keys[j]);
            }
        }

        qualifying.ExceptWith(not);
        return qualifying;
    }

    // "TerminalSur's San Antonio terminal", "its Kericho office": a name between a determiner (or a possessive) and a
    // common noun qualifies the noun, as a place's name does.
    private static bool QualifiesANoun(KnowledgeDocument document, Mention mention) =>
        mention.FirstToken > 0 && mention.EndToken < document.Tokens.Count
        && document.TokenText(mention.FirstToken - 1) is "the" or "its" or "their" or "his" or "her" or "a" or "an" or "'s" or "\u2019s"
        && document.TokenText(mention.EndToken) is { Length: > 1 } next && next.All(char.IsLower);

    // "Taegang spokesman Jang Min-ho", "worked for Taegang": a body's staff, named by their job after its name or by
    // working for it.
    private static bool HasStaff(KnowledgeDocument document, Mention mention) =>
        (mention.EndToken < document.Tokens.Count
            && (RoleWords.Jobs.Contains(document.TokenText(mention.EndToken)) || RoleWords.LeaderTitles.Contains(document.TokenText(mention.EndToken))))
        || (mention.FirstToken > 1 && document.TokenText(mention.FirstToken - 1) == "for"
            && document.TokenText(mention.FirstToken - 2) is "worked" or "works" or "work" or "working");

    // "in Cebu", "near San Antonio": where a place stands, and a company does not.
    private static bool InAPlace(KnowledgeDocument document, int first) =>
        first > 0 && document.TokenText(first - 1) is "in" or "near" or "across" or "around" or "throughout" or "within" or "outside";

    // "in Cebu", "at Kericho", "near San Antonio": where only a place stands.
    private static bool AtAPlace(KnowledgeDocument document, int first) =>
        first > 0 && document.TokenText(first - 1) is "in" or "at" or "near" or "across" or "around" or "throughout" or "within" or "outside" or "through" or "via";

    // "in Kericho", "through San Antonio", "the Chilean port of San Antonio".
    private static bool AfterLocative(KnowledgeDocument document, int first)
    {
        var before = first - 1;
        if (before > 0 && document.TokenText(before).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        return before >= 0
            && (LocativeWords.Contains(document.TokenText(before).ToLowerInvariant())
                || (before > 0 && document.TokenText(before) == "of" && PlaceNouns.Contains(document.TokenText(before - 1))));
    }

    private static Dictionary<string, List<int>> IndexNames(IEnumerable<int> names, string[] keys, Func<string[], IEnumerable<string>> under)
    {
        // Each name under the runs of words it is looked up by, one mention standing for all mentions of a name.
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var j in names)
        {
            var full = Words(keys[j]);
            if (!seen.Add(string.Join(' ', full)))
            {
                continue;
            }

            foreach (var words in under(full))
            {
                Index(index, words, j);
            }
        }

        return index;
    }

    // People's full names under the words a single name looks them up by; a Chinese or Korean name written family name
    // first under its family name and English given name only ("Wang Yu-chen" is no "Chen").
    private static Dictionary<string, List<int>> IndexPeople(List<int> people, string[] texts, string[] keys, Func<string[], IEnumerable<string>> under)
    {
        var eastAsian = people.Where(j => PersonNames.EastAsianFamilyIndex(texts[j], Words(keys[j])) >= 0).ToList();
        var index = IndexNames(people.Except(eastAsian), keys, under);
        foreach (var (key, names) in IndexNames(eastAsian, keys, FamilyAndEnglishNames))
        {
            foreach (var j in names)
            {
                Index(index, key, j);
            }
        }

        return index;
    }

    // "huang" and "vincent" of "vincent huang kuo liang", "wang" of "wang yu chen".
    private static IEnumerable<string> FamilyAndEnglishNames(string[] full) => full.Length == 4 ? [full[1], full[0]] : [full[0]];

    private static IEnumerable<int> FullPersonNames(List<Mention> mentions, string[] keys) =>
        Enumerable.Range(0, mentions.Count)
            .Where(i => mentions[i].Kind == EntityKind.Person && mentions[i].Form == MentionForm.Name && Words(keys[i]).Length >= 2);

    private static IEnumerable<string> FirstAndLastWords(string[] full) => full[0] == full[^1] ? [full[0]] : [full[^1], full[0]];

    private static IEnumerable<string> LastWord(string[] full) => [full[^1]];

    // "bustamante" for "claudia bustamante oyarzún": with two surnames, news writes the father's alone.
    private static IEnumerable<string> GivenAndSurnames(string[] full) =>
        PersonNames.PaternalSurname(full) is var paternal and > 0 && full[paternal] != full[0]
            ? FirstAndLastWords(full).Append(full[paternal])
            : FirstAndLastWords(full);

    // "de smet" for "jan de smet": the runs of two words or more a longer name ends with.
    private static IEnumerable<string> Tails(string[] full)
    {
        for (var n = 2; n < full.Length; n++)
        {
            yield return string.Join(' ', full, full.Length - n, n);
        }
    }

    // "tana" for "lake tana", "kenya" for "mount kenya" (which a country's name never joins).
    private static IEnumerable<string> FeatureNames(string[] full) =>
        full.Length >= 2 && full[0] is "lake" or "mount" or "mt" ? [string.Join(' ', full.Skip(1))] : [];

    // "northwind" and "northwind energy" for "northwind energy group": the runs of words a longer name starts with.
    private static IEnumerable<string> Starts(string[] full)
    {
        for (var n = 1; n < full.Length; n++)
        {
            yield return string.Join(' ', full, 0, n);
        }

        foreach (var start in StartsAfterLegalForm(full))
        {
            yield return start;
        }
    }

    // "xinghai" and "xinghai metals" of "ningbo xinghai metals co ltd": the leading words after the first, one of them only
    // when it is no company's or institution's head.
    private static IEnumerable<string> StartsAfterPlace(string[] full)
    {
        for (var n = 2; n < full.Length; n++)
        {
            if (n > 2 || !IsHeadWord(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(full[1])))
            {
                yield return string.Join(' ', full, 1, n - 1);
            }
        }
    }

    private static bool IsHeadWord(string word) => InstitutionWords.IsCompanyHead(word) || InstitutionWords.IsBodyHead(word);

    // "halmahera sinar" of "pt halmahera sinar nikel tbk": the leading words of a company's name after the legal form
    // that opens it, two or more of them.
    private static IEnumerable<string> StartsAfterLegalForm(string[] full)
    {
        if (!CompanyForms.HasLeadingForm(full))
        {
            yield break;
        }

        for (var n = 3; n < full.Length; n++)
        {
            yield return string.Join(' ', full, 1, n - 1);
        }
    }

    private static IEnumerable<string> Abridgements(string[] full)
    {
        // The first word and some of the others, in order, leaving out at least one before the last one kept; prefixes
        // are the Starts. Names of up to six words, so a name has at most 31 of them.
        if (full.Length is < 3 or > 6)
        {
            yield break;
        }

        var rest = full.Length - 1;
        for (var mask = 1; mask < (1 << rest) - 1; mask++)
        {
            var kept = Enumerable.Range(1, rest).Where(w => (mask & (1 << (w - 1))) != 0).ToList();
            var isPrefix = kept.Count == kept[^1];
            if (isPrefix || full[kept[^1]] is "of" or "the" or "and" or "for" or "at" or "in")
            {
                continue;
            }

            yield return full[0] + " " + string.Join(' ', kept.Select(w => full[w]));
        }
    }

    // "University of Texas Arlington" and "University of Texas Arlington Muslim Student Association": an institution's
    // full name, and a body within it whose name adds another institution's head (a company's legal suffix is none).
    // "Napier" and the "Napier District Court", "Ahuriri" and the "Ahuriri District Council": a one-word name followed in
    // the longer one by a division's word and a body's head names the place the body serves.
    // "Breiddalsa" beside the "Breiddalsa River Owners' Association": one word before "River" or "Lake" and a body's name
    // is the water's.
    private static bool IsWaterBeforeItsBody(string shorter, string longer)
    {
        var words = longer.Split(' ');
        return shorter.Split(' ').Length == 1 && words.Length >= 3 && words[1] is "River" or "Lake";
    }

    private static bool IsPlaceOfDivision(string shorter, string longer)
    {
        var words = longer.Split(' ');
        return shorter.Split(' ').Length == 1
            && words.Length == 3
            && words[1] is "District" or "City" or "County" or "Borough" or "Regional" or "Shire" or "Municipal" or "Provincial"
            && words[2] is "Court" or "Council" or "Hospital" or "Police";
    }

    // "Oyo State Governor, ..." beside the "Oyo State House of Assembly", the "Ayeyarwady Region" of the "Ayeyarwady Region
    // Hluttaw": a state, province or county named before one of its government's bodies or its chamber is the place
    // ("Ohio State University" is no government's body).
    private static bool IsPolityBeforeItsBody(string shorter, string longer)
    {
        var words = shorter.Split(' ');
        var rest = longer.Split(' ');
        return words.Length >= 2
            && PolityWords.IsDivisionWord(words[^1])
            && rest.Length > words.Length
            && (rest[words.Length] is "Government" or "House" or "Governor" or "High" or "Ministry" or "Executive" or "Police" || Legislatures.IsChamber(rest[words.Length]));
    }

    private static bool IsBodyWithin(string shorter, string longer)
    {
        static int Heads(string name) => name.Split(' ').Count(w => InstitutionWords.IsInstitutionHead(w) && w is not ("Company" or "Corporation"));

        var heads = Heads(shorter);
        return heads > 0 && Heads(longer) > heads;
    }

    // "rovers" for "ashgrove rovers": the last word of a longer name, unless it is a body's head or a party's plural,
    // which many names end in and which alone name another body as often as this one.
    private static IEnumerable<string> DistinctiveLastWord(string[] full) =>
        full.Length > 1 && !IsGenericLastWord(full[^1]) ? [full[^1]] : [];

    private static bool IsGenericLastWord(string word)
    {
        var title = char.ToUpperInvariant(word[0]) + word[1..];
        return InstitutionWords.IsInstitutionHead(title) || InstitutionWords.IsCompanyHead(title) || InstitutionWords.NewspaperHeads.Contains(title)
            || PartyPlurals.IsPartyPlural(title);
    }

    // "spitfire" for "spitfire tournament": the name before the one head word that ends an event's name.
    private static IEnumerable<string> NameBeforeEventHead(string[] full) =>
        full.Length > 1 && EventHeads.IsHead(full[^1]) ? [string.Join(' ', full, 0, full.Length - 1)] : [];

    // "scientology" for "church of scientology": the name after an "of" that ends a longer name.
    private static IEnumerable<string> NamesAfterOf(string[] full)
    {
        for (var n = 1; n + 1 < full.Length; n++)
        {
            if (full[^(n + 1)] == "of")
            {
                yield return string.Join(' ', full, full.Length - n, n);
            }
        }
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int mention)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(mention);
    }

    /// <summary>
    /// Rule 2c: a place's short name joins the one longer place name in the document that adds only what kind of place
    /// it is ("Taipei" is "Taipei City", "Washington" is "Washington D.C.") unless the short name is a country or a state
    /// of its own ("Mexico" is not "Mexico City"); a compass word joins the one place it starts ("the North" is "North
    /// Korea").
    /// </summary>
    private static void JoinShortPlaceNames(
        List<Mention> mentions, string[] texts, string[] keys, MentionLinks links, CancellationToken cancellationToken)
    {
        var places = Enumerable.Range(0, mentions.Count)
            .Where(i => mentions[i].Kind == EntityKind.Location && mentions[i].Form == MentionForm.Name);
        var byStart = IndexNames(places, keys, Starts);
        var byFeature = IndexNames(places, keys, FeatureNames);
        for (var i = 0; i < mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = Words(keys[i]);
            var compass = words is ["north" or "south" or "east" or "west"];
            if (words.Length == 0 || mentions[i].Form != MentionForm.Name)
            {
                continue;
            }

            // "on Tana" read as a person's name that no person's full name in the article holds: the lake's.
            if (words.Length == 1 && mentions[i].Kind == EntityKind.Person && !CountryNames.IsCountryOrState(texts[i])
                && OnlyChain(byFeature.GetValueOrDefault(words[0]) ?? [], links) is var lake and >= 0
                && !Enumerable.Range(0, mentions.Count).Any(j => links.Find(j) == links.Find(i) && Words(keys[j]).Length > 1))
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Location };
                links.Union(lake, i, $"'{texts[i]}' is the name alone of the only lake or mountain in the article called so: '{texts[lake]}'");
                continue;
            }

            // "the Oder" read as a body's name where the article names the Oder River: the river.
            if (words.Length == 1 && mentions[i].Kind != EntityKind.Location
                && OnlyChain((byStart.GetValueOrDefault(words[0]) ?? []).Where(j => Words(keys[j]) is [_, "river"]), links) is var river and >= 0
                && !Enumerable.Range(0, mentions.Count).Any(j => links.Find(j) == links.Find(i) && Words(keys[j]).Length > 1))
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Location };
                links.Union(river, i, $"'{texts[i]}' is the name alone of the only river in the article called so: '{texts[river]}'");
                continue;
            }

            if (!(mentions[i].Kind == EntityKind.Location || (compass && mentions[i].Kind != EntityKind.Person)))
            {
                continue;
            }

            var longer = OnlyChain(
                (byStart.GetValueOrDefault(string.Join(' ', words)) ?? [])
                    .Where(j => compass || IsPlaceDesignator(Words(keys[j]).Skip(words.Length), CountryNames.IsCountryOrState(texts[i]))),
                links);
            if (longer >= 0 && links.Find(i) != longer)
            {
                links.Union(longer, i, $"'{texts[i]}' is the short form of the only longer place name that starts with it: '{texts[longer]}'");
                continue;
            }

            // "on Tana" where the article names Lake Tana: a lake or a mountain called by its name alone, unless that
            // name is a country's or a state's ("Michigan" is no "Lake Michigan").
            var feature = compass || CountryNames.IsCountryOrState(texts[i]) ? -1 : OnlyChain(byFeature.GetValueOrDefault(string.Join(' ', words)) ?? [], links);
            if (feature >= 0 && links.Find(i) != feature)
            {
                links.Union(feature, i, $"'{texts[i]}' is the name alone of the only lake or mountain in the article called so: '{texts[feature]}'");
            }
        }
    }

    // "Wody Polskie" for "Państwowe Gospodarstwo Wodne Wody Polskie": a Polish body's name ends with the proper name it
    // goes by, after what kind of body it is.
    private static void JoinPolishBodyTails(List<Mention> mentions, string[] texts, string[] keys, MentionLinks links)
    {
        var polish = Enumerable.Range(0, mentions.Count)
            .Where(j => mentions[j].Kind == EntityKind.Organization && mentions[j].Form == MentionForm.Name
                && BodyTranslations.IsPolish([.. Words(keys[j]).Select(LatinFolding.Fold)]))
            .ToList();
        if (polish.Count == 0)
        {
            return;
        }

        var byTail = IndexNames(polish, keys, Tails);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind == EntityKind.Organization && mentions[i].Form == MentionForm.Name && Words(keys[i]).Length >= 2
                && OnlyChain(byTail.GetValueOrDefault(keys[i]) ?? [], links) is var full and >= 0 && links.Find(i) != full)
            {
                links.Union(full, i, $"'{texts[i]}' is the proper name that ends the Polish body's name '{texts[full]}'");
            }
        }
    }

    // "Rios Vivos backs community" in a release from the "Instituto Rios Vivos da Amazônia": the proper name between a
    // Spanish or Portuguese body's head and its first particle is the body's short form, whatever it was read as.
    private static void JoinIberianBodyCores(List<Mention> mentions, string[] texts, MentionLinks links)
    {
        Dictionary<string, List<int>>? cores = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form != MentionForm.Name || mentions[i].Kind is EntityKind.Work or EntityKind.Event || IsAcronym(texts[i]))
            {
                continue;
            }

            if (cores is null)
            {
                cores = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
                for (var j = 0; j < mentions.Count; j++)
                {
                    if (mentions[j] is { Kind: EntityKind.Organization, Form: MentionForm.Name } && IberianBodyCore(texts[j]) is { } core)
                    {
                        (cores.TryGetValue(core, out var bodies) ? bodies : cores[core] = []).Add(j);
                    }
                }
            }

            if (cores.TryGetValue(texts[i], out var named) && OnlyChain(named, links) is var body and >= 0 && links.Find(i) != body)
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Organization };
                links.Union(body, i, $"'{texts[i]}' is the proper name inside the only Spanish or Portuguese body's name that holds it: '{texts[body]}'");
            }
        }
    }

    // The capitalised words after a Spanish or Portuguese body's head, up to its first particle: "Rios Vivos" of
    // "Instituto Rios Vivos da Amazônia"; null where a particle or nothing follows the head.
    private static string? IberianBodyCore(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 3 || !RomanceNameHeads.IsBodyHead(words[0]))
        {
            return null;
        }

        var end = 1;
        while (end < words.Length && !RomanceNameHeads.IsParticle(words[end]))
        {
            end++;
        }

        return end > 1 && end < words.Length ? string.Join(' ', words[1..end]) : null;
    }

    private static int OnlyChain(IEnumerable<int> candidates, MentionLinks links)
    {
        // The chain all the candidates belong to, or -1 when they belong to none or to several: a rule joins only when
        // the article leaves one choice.
        var only = -1;
        foreach (var candidate in candidates)
        {
            var root = links.Find(candidate);
            if (only >= 0 && root != only)
            {
                return -1;
            }

            only = root;
        }

        return only;
    }

    private static bool IsPlaceDesignator(IEnumerable<string> rest, bool regionOfItsOwn)
    {
        // "Taipei City", "Washington D.C.", "Oder River": words that say what kind of place the name is, not another
        // place named after it ("Chiang Kai Shek Memorial Hall Station", "Ross Sea"); a country's or a state's name keeps
        // only D.C. ("Mississippi" is no "Mississippi River").
        var words = rest.ToList();
        return words is ["dc"] || (!regionOfItsOwn && words is ["city" or "province" or "county" or "prefecture" or "municipality" or "district" or "river"]);
    }

    /// <summary>Rule 3: acronyms, from initials or from "Full Name (ACR)".</summary>
    private static void JoinAcronyms(
        KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links, CancellationToken cancellationToken)
    {
        var count = mentions.Count;

        // The names an acronym can stand for, under their initials and under their capitals; one mention stands for all
        // mentions of a name (rule 1 joined them), so a long text costs its mentions, not their square.
        var byLetters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < count; j++)
        {
            // A description has no initials ("the U.S.-based carrier" is no second "US").
            if (IsAcronym(texts[j])
                || mentions[j].Kind == EntityKind.Person
                || mentions[j].Form is MentionForm.Pronoun or MentionForm.Nominal
                || (mentions[j].Form == MentionForm.Name && !seen.Add(texts[j])))
            {
                continue;
            }

            var initials = NameKeys.CapitalInitials(texts[j]);
            var capitals = Capitals(texts[j]);
            Index(byLetters, initials, j);
            if (capitals != initials)
            {
                Index(byLetters, capitals, j);
            }
        }

        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsAcronym(texts[i]) || mentions[i].Form == MentionForm.Pronoun)
            {
                continue;
            }

            var acronym = new string([.. texts[i].Where(char.IsLetter)]);
            var candidates = (byLetters.GetValueOrDefault(acronym.ToUpperInvariant()) ?? [])
                .Select(links.Find)
                .Distinct()
                .ToList();
            if (candidates.Count == 1)
            {
                links.Union(candidates[0], i, $"'{texts[i]}' is the initials of '{texts[candidates[0]]}'");
            }
            else if (i > 1 && FollowsInParentheses(document, mentions[i - 1], mentions[i]) && IsBodysPlace(document, mentions[i - 2], mentions[i - 1]))
            {
                // "the Regional Directorate for Environmental Protection in Opole (RDOS)": the body's acronym, not the city's.
                links.Union(i - 2, i, $"'{texts[i]}' follows '{texts[i - 2]} in {texts[i - 1]}' in parentheses");
            }
            else if (i > 0 && FollowsInParentheses(document, mentions[i - 1], mentions[i]))
            {
                links.Union(i - 1, i, $"'{texts[i]}' follows '{texts[i - 1]}' in parentheses");
            }
            else if (AcronymCueBefore(document, mentions, i) is var named and >= 0)
            {
                // "The Ukrainian Sea Ports Authority, known by its Ukrainian acronym AMPU": an acronym of the name in
                // another language, whose letters are not the English name's.
                links.Union(named, i, $"'{texts[i]}' is the acronym the text gives '{texts[named]}'");
            }
        }

        JoinWordAcronyms(document, mentions, texts, links);
    }

    // The body's name right before "known by its Ukrainian acronym" and the acronym, passing over the language's name in
    // the cue, which the recogniser may read as a name of its own; or -1.
    private static int AcronymCueBefore(KnowledgeDocument document, List<Mention> mentions, int acronym)
    {
        for (var j = acronym - 1; j >= Math.Max(0, acronym - 2); j--)
        {
            if (mentions[j] is { Form: MentionForm.Name, Kind: not EntityKind.Person } named && named.Span.End <= mentions[acronym].Span.Start
                && KnownByAcronym().IsMatch(WordsBetween(document, named, mentions[acronym])))
            {
                return j;
            }
        }

        return -1;
    }

    // The text between two mentions with its runs of spaces made one, as the cues are written.
    // Mentions that overlap or stand in the other order have no words between them.
    private static string WordsBetween(KnowledgeDocument document, Mention first, Mention second) =>
        first.Span.End >= second.Span.Start
            ? string.Empty
            : string.Join(' ', document.Text[first.Span.End..second.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // "Secretaria de Estado de Meio Ambiente e Sustentabilidade (Semas)": an acronym written as a word, in parentheses
    // right after the name whose capitalised words it spells, is the name's, whatever the recogniser read it as.
    private static void JoinWordAcronyms(KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var (full, word) = (mentions[i - 1], mentions[i]);
            if (word.Form != MentionForm.Name || word.TokenCount != 1 || texts[i].Length < 3 || IsAcronym(texts[i]) || !texts[i].All(char.IsLetter)
                || full.Form != MentionForm.Name || full.Kind is EntityKind.Person or EntityKind.Location
                || !FollowsInParentheses(document, full, word)
                || !NameKeys.CapitalInitials(texts[i - 1]).Equals(texts[i], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Every mention of the word is the body's: the recogniser that read one as a place read them all so.
            for (var j = 0; j < mentions.Count; j++)
            {
                if (texts[j] == texts[i] && mentions[j].Form == MentionForm.Name)
                {
                    mentions[j] = mentions[j] with { Kind = full.Kind };
                }
            }

            links.Union(i - 1, i, $"'{texts[i]}' follows '{texts[i - 1]}' in parentheses and spells its initials");
        }
    }

    /// <summary>
    /// Rule 3b: a name the text gives as another name of the one before it joins it: "X, also known as Y", "X, better
    /// known as Y", or a name in parentheses right after a name of the same type, alone or before an acronym ("the Masjid
    /// Al-Haram (Grand Mosque)", "the Environment Superintendency (Superintendencia del Medio Ambiente, SMA)").
    /// A place in parentheses joins only when it names a building or a site, or follows a building's name and shares its
    /// proper word (its name in another language), since a place after a place is mostly where it lies ("Kowloon (Hong
    /// Kong)").
    /// </summary>
    private static void JoinStatedAliases(KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            // The name before, passing over pronouns ("its" of "better known by its acronym") and the place of a "-based"
            // ("Lapta, the Ternate-based Coastal and Mining Advocacy Institute").
            var b = i - 1;
            while (b > 0 && (mentions[b].Form == MentionForm.Pronoun
                || (mentions[b].Kind == EntityKind.Location && document.Text.AsSpan(mentions[b].Span.End).StartsWith("-based", StringComparison.Ordinal))))
            {
                b--;
            }

            var (before, alias) = (mentions[b], mentions[i]);
            if (before.Kind == EntityKind.Work && alias.Kind != EntityKind.Person && alias.Form == MentionForm.Name
                && document.Text[before.Span.End..alias.Span.Start].Trim(' ', '*', '_') == "("
                && GlossEnd().IsMatch(document.Text.AsSpan(alias.Span.End).TrimStart("*_")))
            {
                // "The Blue Majlis (Al-Majlis al-Azraq)": a title's other name in parentheses is the work's, whatever it
                // was read as.
                mentions[i] = alias with { Kind = EntityKind.Work };
                links.Union(b, i, $"'{texts[i]}' follows the title '{texts[b]}' in parentheses as its other name");
                continue;
            }

            if (alias.Form == MentionForm.Name && alias.Kind == EntityKind.Organization && before.Kind == EntityKind.Organization
                && IsAcronym(texts[b]) && document.Text[..before.Span.Start].TrimEnd().EndsWith('(')
                && document.Text[before.Span.End..alias.Span.Start].Trim() == "," && document.Text.AsSpan(alias.Span.End).TrimStart().StartsWith(")"))
            {
                // "Demokratik Kıyı Partisi (DKP, Democratic Coast Party)": the name after the acronym in the parentheses is
                // the body's other name, in translation.
                links.Union(b, i, $"'{texts[i]}' follows the acronym '{texts[b]}' in parentheses as another name of what it stands for");
                continue;
            }

            if (IsPlacesOwnName(document, mentions, i))
            {
                // "Semas, Pará state's Environment and Sustainability Secretariat": a body's name set beside another's
                // after the place whose body it is, is its other name.
                links.Union(i - 2, i, $"'{texts[i]}' is the name the text sets beside '{texts[i - 2]}' after '{texts[i - 1]}'");
                continue;
            }

            if (before.Form == MentionForm.Name && alias.Form == MentionForm.Name
                && document.Text[before.Span.End..alias.Span.Start].Trim(' ', '*', '_') == "("
                && GlossEnd().IsMatch(document.Text.AsSpan(alias.Span.End).TrimStart("*_"))
                && IsLatin(texts[b]) != IsLatin(texts[i]))
            {
                // "Panayiotis Vlachopoulos (Παναγιώτης Βλαχόπουλος)": the same name in another alphabet, whatever the
                // recogniser read it as.
                mentions[i] = alias with { Kind = before.Kind };
                links.Union(b, i, $"'{texts[i]}' follows '{texts[b]}' in parentheses as its name in another alphabet");
                continue;
            }

            if (IsVietnameseGloss(document, before, alias))
            {
                // "Green Delta Action Centre (Trung tâm Hành động vì Đồng bằng Xanh)", "HTX Tôm Sú Long Hòa (the Long Hòa
                // Tiger Shrimp Cooperative)": a Vietnamese body's name and its translation, either way round, are one
                // body, whatever the recogniser read the English one as.
                mentions[b] = before with { Kind = EntityKind.Organization };
                mentions[i] = alias with { Kind = EntityKind.Organization };
                links.Union(b, i, $"'{texts[i]}' follows '{texts[b]}' in parentheses as its name in the other language");
                continue;
            }

            if (before.Form != MentionForm.Name
                || alias.Form != MentionForm.Name
                || IsAcronym(texts[i])
                || document.SentenceOf(before.FirstToken) != document.SentenceOf(alias.FirstToken))
            {
                continue;
            }

            // "Glanmor General Hospital (Ysbyty Cyffredinol Glanmor)": a hospital is kept with the bodies, and its name in
            // another language may still be read as a place's.
            var siteBody = before.Kind == EntityKind.Organization && alias.Kind == EntityKind.Location
                && IsSiteName(texts[b]) && SharesAName(texts[b], texts[i]);
            if (!(siteBody || before.Kind == alias.Kind || before.Kind == EntityKind.Other || alias.Kind == EntityKind.Other))
            {
                continue;
            }

            var between = WordsBetween(document, before, alias);
            if (between is ", also known as" or ", better known as" or ", known as" or "also known as" or "known as" or ", aka"
                    or ", formerly" or "), formerly" or ", formerly known as" or "), formerly known as"
                || KnownByAcronym().IsMatch(between)
                || (before.Kind != EntityKind.Person && TradesAs().IsMatch(between)))
            {
                links.Union(b, i, $"'{texts[i]}' is the other name the text gives '{texts[b]}' ({between.TrimStart(',', ' ')})");
            }
            else if (before.Kind == EntityKind.Organization && alias.Kind == EntityKind.Organization
                && BodyApposition().IsMatch(between) && ClosesApposition().IsMatch(document.Text.AsSpan(AppositionEnd(document, mentions, i))))
            {
                // "Lapta, the Ternate-based Coastal and Mining Advocacy Institute, released": a body's name set beside
                // another's after "the" is its other name (a list goes on with "and"); "Natturustofa Austurlands, the East
                // Iceland Natural History Institute in Neskaupstadur.": where it is may close the apposition.
                links.Union(b, i, $"'{texts[i]}' is the name the text sets beside '{texts[b]}'");
            }
            else if (between == "("
                && GlossEnd().IsMatch(document.Text.AsSpan(alias.Span.End))
                && alias.Kind != EntityKind.Person
                && (alias.Kind != EntityKind.Location || IsSiteName(texts[i]) || (IsSiteName(texts[b]) && SharesAName(texts[b], texts[i]))
                    || (TurkishNames.IsPlaceHead(texts[i].Split(' ')[^1]) && SharesAName(texts[b], texts[i]))))
            {
                // A place in parentheses is the other name of a site's only ("Glanmor General Hospital (Ysbyty Cyffredinol
                // Glanmor)"), or a Turkish place's name that shares a word with the one before ("the Gulf of İzmit (İzmit
                // Körfezi)"): elsewhere it is where the one before lies.
                if (siteBody)
                {
                    mentions[i] = alias with { Kind = EntityKind.Organization };
                }

                links.Union(b, i, $"'{texts[i]}' follows '{texts[b]}' in parentheses as its other name");
            }
        }

        JoinNicknames(document, mentions, texts, links);
    }

    /// <summary>
    /// A nickname the text gives the name just before its cue, whatever the recogniser typed it: "Anyaoha, known in Ibadan
    /// business circles as "Odogwu"", "Adeoti, who is known across the town's markets as Mama Oja", "the governor,
    /// popularly called BAO by his supporters", "Chief Chukwuemeka Anyaoha — "Odogwu" to his many friends —".
    /// </summary>
    private static void JoinNicknames(KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var alias = mentions[i];
            if (alias.Form != MentionForm.Name)
            {
                continue;
            }

            // The cue stands within the sentence, in the words just before the nickname and its title of address, if any
            // ("better known by his nickname, Bung Ucup").
            var sentenceStart = document.Tokens[document.Sentences[document.SentenceOf(alias.FirstToken)].FirstToken].Span.Start;
            var aliasStart = alias.FirstToken > 0 && Honorifics.Contains(document.TokenText(alias.FirstToken - 1))
                ? document.Tokens[alias.FirstToken - 1].Span.Start
                : alias.Span.Start;
            var from = Math.Max(sentenceStart, aliasStart - NicknameCueReach);
            var before = document.Text[from..aliasStart];
            if (alias.Kind == EntityKind.Person && OtherNameCue().Match(before) is { Success: true } otherName)
            {
                JoinOtherName(mentions, texts, links, i, sentenceStart, from + otherName.Index);
                continue;
            }

            var cue = NicknameCue().Match(before);
            var opensWithMark = !cue.Success || cue.Groups["comma"].Success;
            if (!cue.Success)
            {
                cue = DashedNickname().Match(before);
                if (!cue.Success || !NicknameTail().IsMatch(document.Text.AsSpan(alias.Span.End)))
                {
                    continue;
                }
            }

            // The name or description the cue follows, ending just before it (names inside the cue are passed over).
            var cueStart = from + cue.Index;
            for (var j = i - 1; j >= 0 && mentions[j].Span.Start >= sentenceStart; j--)
            {
                if (mentions[j].Span.End > cueStart)
                {
                    continue;
                }

                // Right before a cue that opens with a comma or a dash; or before an apposition the cue ends ("Carrasco,
                // a former schoolteacher widely known as "Pepe"", "Yusuf Mahendrata, a House member for North Maluku
                // better known by his nickname, Bung Ucup", passing over the names inside the apposition).
                var between = document.Text[mentions[j].Span.End..cueStart];
                if (mentions[j].Form != MentionForm.Pronoun
                    && (opensWithMark ? between.Trim(' ', '*', '_').Length == 0 : Apposition().IsMatch(between)))
                {
                    // "Maria das Graças Ferreira da Silva, president of the AMPT, known to everyone on the river as Dona
                    // Graça": a person's nickname after the body that ends the person's post is the person's.
                    var named = alias.Kind == EntityKind.Person && mentions[j].Kind != EntityKind.Person ? HolderBefore(document, mentions, j, cueStart) : j;
                    links.Union(named, i, $"'{texts[i]}' is the nickname the text gives '{texts[named]}'");
                    break;
                }

                if (opensWithMark || between.Contains(',', StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
    }

    // "Yudaw Pisaw, the tribal council's chairman, whose Chinese name is Wang Yu-chen", "Yudaw Pisaw (Chinese name: Wang
    // Yu-chen)": a person's name in another language is the person's named last before its cue, over the apposition
    // between.
    private static void JoinOtherName(List<Mention> mentions, string[] texts, MentionLinks links, int alias, int sentenceStart, int cueStart)
    {
        for (var j = alias - 1; j >= 0 && mentions[j].Span.Start >= sentenceStart; j--)
        {
            if (mentions[j].Span.End <= cueStart && mentions[j].Kind == EntityKind.Person && mentions[j].Form == MentionForm.Name)
            {
                links.Union(j, alias, $"'{texts[alias]}' is the other name the text gives '{texts[j]}'");
                return;
            }
        }
    }

    // A body's name at i after a place's possessive ("Brazil's", "Pará state's"), the two right after another body's name
    // and its comma, closing the apposition.
    private static bool IsPlacesOwnName(KnowledgeDocument document, List<Mention> mentions, int i)
    {
        if (i < 2 || mentions[i] is not { Kind: EntityKind.Organization, Form: MentionForm.Name } alias
            || mentions[i - 1] is not { Kind: EntityKind.Location, Form: MentionForm.Name } place
            || mentions[i - 2] is not { Kind: EntityKind.Organization, Form: MentionForm.Name } body
            || IsAcronym(document.Slice(alias.Span)))
        {
            return false;
        }

        var text = document.Text;
        return text[body.Span.End..place.Span.Start] is ", " or ",\n"
            && PlacesPossessive().IsMatch(text.AsSpan(place.Span.End, alias.Span.Start - place.Span.End))
            && (ClosesApposition().IsMatch(text.AsSpan(alias.Span.End)) || ClosesBeforeVerb().IsMatch(text.AsSpan(alias.Span.End)));
    }

    // The person whose post, set beside the name after a comma, ends in the body at j ("Maria das Graças Ferreira da
    // Silva, 61, president of the AMPT"), or j itself where no person stands there.
    private static int HolderBefore(KnowledgeDocument document, List<Mention> mentions, int j, int cueStart)
    {
        var sentence = document.SentenceOf(mentions[j].FirstToken);
        for (var k = j - 1; k >= 0 && document.SentenceOf(mentions[k].FirstToken) == sentence; k--)
        {
            if (mentions[k].Kind == EntityKind.Person && mentions[k].Form == MentionForm.Name)
            {
                return PostApposition().IsMatch(document.Text.AsSpan(mentions[k].Span.End, cueStart - mentions[k].Span.End)) ? k : j;
            }
        }

        return j;
    }

    /// <summary>
    /// A stock code after an exchange's name and a colon ("PT Halmahera Sinar Nikel Tbk ("HSN"; IDX: HSNI)", "… | IDX:
    /// HSNI" under a letterhead) or after "the ticker" is the listed company's: the one the text named last before it by a
    /// name that says it is a company.
    /// </summary>
    private static void JoinStockCodes(KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var code = mentions[i];
            if (code.Form != MentionForm.Name || code.Kind == EntityKind.Person || code.FirstToken < 2
                || !((document.TokenText(code.FirstToken - 1) == ":" && StockExchanges.Contains(document.TokenText(code.FirstToken - 2)))
                    || (document.TokenText(code.FirstToken - 1) is "ticker" or "symbol" && document.TokenText(code.FirstToken - 2) == "the"
                        && IsAcronym(texts[i]))))
            {
                continue;
            }

            var company = i - 1;
            while (company >= 0 && !(mentions[company].Kind == EntityKind.Organization && mentions[company].Form == MentionForm.Name
                && DescriptionHeads.SaysCompany(texts[company].Split(' '))))
            {
                company--;
            }

            if (company >= 0 && links.Find(company) != links.Find(i))
            {
                mentions[i] = code with { Kind = EntityKind.Organization };
                links.Union(company, i, $"'{texts[i]}' is the stock code the text gives '{texts[company]}'");
            }
        }
    }

    /// <summary>
    /// Rule 3c: a filing's defined term ("the Kipsigis Highlands Tea Growers' Co-operative Society Ltd ("the Society")"):
    /// the capitalised word the parentheses after a body's name define, wherever the text writes it as a name, is the body;
    /// so is "the Board" where the text has named the board of a body ("The Board of Directors of the … Society").
    /// </summary>
    private static void JoinDefinedTerms(KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links)
    {
        Dictionary<string, int>? defined = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind == EntityKind.Organization && mentions[i].Form == MentionForm.Name
                && DefinedTerm().Match(document.Text, mentions[i].Span.End) is { Success: true } term)
            {
                foreach (Capture capture in term.Groups["term"].Captures)
                {
                    (defined ??= new(StringComparer.Ordinal)).TryAdd(capture.Value, i);
                }
            }
        }

        // "The Board of Directors of the Kipsigis Highlands … Society Ltd … The Board thanks Mr Rotich": that board,
        // named alone, is the body it is the board of.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind == EntityKind.Organization && mentions[i].Form == MentionForm.Name
                && BoardOf().IsMatch(document.Text.AsSpan(Math.Max(0, mentions[i].Span.Start - 48), Math.Min(48, mentions[i].Span.Start))))
            {
                (defined ??= new(StringComparer.Ordinal)).TryAdd("Board", i);
                defined.TryAdd("BOARD", i);
                break;
            }
        }

        if (defined is null)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Form == MentionForm.Name && mentions[i].Kind != EntityKind.Person
                && defined.TryGetValue(texts[i], out var body) && body != i && links.Find(body) != links.Find(i))
            {
                links.Union(body, i, $"'{texts[i]}' is the term the text defines for '{texts[body]}'");
            }
        }
    }

    // "Board of Directors of the " (or "Board of Trustees of") right before a name, read in the few characters before it.
    // ", known in Ibadan business circles as "", ", who is known across the town's markets as ", ", popularly called ".
    // ", a former schoolteacher", ", a House member for North Maluku" between a name and a nickname's cue: a description;
    // ", who has fished out of Ras al-Hadd for four decades and is" (known locally as): a clause about the name.
    [GeneratedRegex(@"^,\s+(?:(?:a|an)\s+\p{L}[\p{L}\s'’-]{0,60}|who\s+[^,;.()]{1,80}\sand\s+(?:is|was))$")]
    private static partial Regex Apposition();

    // ", and orders TGL": a comma, "and" and a word in lower case close an apposition, where a list would go on to a name.
    [GeneratedRegex(@"^,\s+and\s+\p{Ll}")]
    private static partial Regex ClosesBeforeVerb();

    // "'s " or " state's " between a place and the name of its body.
    [GeneratedRegex(@"^(?: state| province)?['’]s $")]
    private static partial Regex PlacesPossessive();

    // ", 61, president of the AMPT", ", the chairman of Halvorsen": a post in lower case, after an age, that ends in a body.
    [GeneratedRegex(@"^,\s+(?:\d{1,3},\s+)?(?:the\s+)?\p{Ll}[\p{L}\s'’-]{0,40}\s(?:of|at)\s[^,;.()]{1,60}$")]
    private static partial Regex PostApposition();

    // ")" or ", SMA)" after a name in parentheses: the name is alone there, or before an acronym.
    [GeneratedRegex(@"^\s*(?:,\s*[""“]?\p{Lu}[\p{L}.&-]{1,9}[""”]?\s*)?\)")]
    private static partial Regex GlossEnd();

    // ", better known by its Indonesian acronym", ", known by its initials" between a name and its other name.
    [GeneratedRegex(@"^,? ?(?:also |better |widely )?known by (?:its|their|the) (?:[\p{L}-]+ ){0,2}(?:acronym|initials|abbreviation)$")]
    private static partial Regex KnownByAcronym();

    // "TOV Dunaiskyi Zernovyi Terminal, the limited liability company that trades as Danube Grain Terminal LLC", "…,
    // trading as …", "… d/b/a …": the name a company trades under; "Alkyoni Lines, registered in Greek as Alkyoni
    // Naftiliaki A.E.": the name it is registered under.
    [GeneratedRegex(@"^,? ?(?:(?:(?:the|a|an) [\p{L}' -]{1,60} )?(?:that|which) (?:trades|traded|does business|did business) as|trading as|doing business as|d/b/a|(?:which is |that is )?registered (?:in \p{Lu}\p{L}+ )?as)$")]
    private static partial Regex TradesAs();

    // ", the " or "), the Ternate-based " between two bodies' names.
    [GeneratedRegex(@"^\)? ?, the(?: [\p{L}-]+-based)?$")]
    private static partial Regex BodyApposition();

    // What closes an apposition: a comma not followed by "and" or "or", a full stop, or the line's end.
    [GeneratedRegex(@"^(?:\s*,(?!\s*(?:and|or)\b)|\s*\.|[ \t]*(?:\r?\n|$))")]
    private static partial Regex ClosesApposition();

    [GeneratedRegex(@"(?:(?<comma>[,(—–])\s*|\s)(?:(?:who|which) (?:is|was|are) )?(?:(?:popularly|widely|fondly|affectionately|also|better) )?(?:(?:known|nicknamed|dubbed|called)(?: (?:locally|simply|widely|universally))?(?: (?:in|across|among|to|by)(?: [\w'’-]+){1,5})? as|(?:known|called)(?: (?:in|across|among|to)(?: [\w'’-]+){1,5})? by (?:his|her|their) (?:nickname|moniker),?|called|nicknamed|dubbed)\s*[""“]?$")]
    private static partial Regex NicknameCue();

    [GeneratedRegex(@"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+)?(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|nephew|niece|grandfather|grandmother),?(?:\s+[\p{L}-]+){0,3}\s+$")]
    private static partial Regex KinBefore();

    // "whose Chinese name is", "who also uses the Chinese name", "who also goes by his Chinese name,", "(Chinese name:": a
    // language's name, so that "a man whose name is" names no one before it.
    [GeneratedRegex(@"(?:[,(—–]\s*|\s)(?:who\s+(?:also\s+)?(?:uses|goes\s+by)\s+(?:the|his|her|their)\s+\p{Lu}\p{Ll}+\s+name,?|whose\s+\p{Lu}\p{Ll}+\s+name\s+is|\p{Lu}\p{Ll}+\s+name:)\s*$")]
    private static partial Regex OtherNameCue();

    // "— "Odogwu" to his many friends": a quoted name set off by a dash, then "to" and whom it is said by.
    [GeneratedRegex(@"\s[—–]\s*[""“]$")]
    private static partial Regex DashedNickname();

    [GeneratedRegex(@"^[""”]\s+to\s+(?:his|her|their|the)\b")]
    private static partial Regex NicknameTail();

    [GeneratedRegex(@"\bBoard of (?:Directors|Trustees|Governors|Management) of (?:the )?$")]
    private static partial Regex BoardOf();

    // ' ("the Society")', ' (the "Company")', ' (“the Bank”)' right after a name, and a press release's terms for itself, one
    // or more: ' ("Derinsu Kimya" or "DSK")'.
    [GeneratedRegex(@"\G ?\((?:the )?[""\u201C](?:the )?(?<term>\p{Lu}[\p{L}\p{N}&-]*(?: \p{Lu}[\p{L}\p{N}&-]*){0,3})[""\u201D](?:(?:,| or| and) (?:the )?[""\u201C](?:the )?(?<term>\p{Lu}[\p{L}\p{N}&-]*(?: \p{Lu}[\p{L}\p{N}&-]*){0,3})[""\u201D]){0,3}\)")]
    private static partial Regex DefinedTerm();

    // A name, then in parentheses (after "the", if any) another, one of them a Vietnamese body's, neither a person's.
    private static bool IsVietnameseGloss(KnowledgeDocument document, Mention before, Mention alias) =>
        before.Form == MentionForm.Name && alias.Form == MentionForm.Name
        && before.Kind != EntityKind.Person && alias.Kind != EntityKind.Person
        && (before.Extractor == MissedNames.VietnameseBody || alias.Extractor == MissedNames.VietnameseBody)
        && document.Text[before.Span.End..alias.Span.Start].Trim(' ', '*', '_') is "(" or "(the"
        && document.Text.AsSpan(alias.Span.End).TrimStart("*_").StartsWith(")", StringComparison.Ordinal);

    // Where the apposition a name stands in ends: after the name, or after "in" and the place that follows it.
    private static int AppositionEnd(KnowledgeDocument document, List<Mention> mentions, int alias)
    {
        var end = mentions[alias].Span.End;
        return alias + 1 < mentions.Count && mentions[alias + 1] is { Kind: EntityKind.Location } place
            && document.Text.AsSpan(end, place.Span.Start - end) is " in "
            ? place.Span.End
            : end;
    }

    private static bool IsSiteName(string name) => SiteWords.IsSiteHead(name.Split(' ')[^1]);

    // "Glanmor General Hospital (Ysbyty Cyffredinol Glanmor)": a building's name in another language keeps its proper
    // word, where the head that would say it is a site comes first.
    private static bool SharesAName(string name, string other)
    {
        var words = other.Split(' ');
        return name.Split(' ').Any(w => w.Length > 2 && char.IsUpper(w[0]) && !SiteWords.IsSiteHead(w) && words.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>
    /// Rule 4: descriptions (the committee, the Russian president) join the most recent fitting name before them,
    /// within two sentences; one that fits nothing is dropped rather than becoming an entity of its own.
    /// </summary>
    private static void JoinDescriptions(
        KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links, HashSet<int> unresolved, CancellationToken cancellationToken)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mentions[i].Form != MentionForm.Nominal || mentions[i].Name is not null)
            {
                continue;
            }

            var antecedent = NominalAntecedent(document, mentions, i, unresolved, links);
            if (antecedent < 0)
            {
                antecedent = BodyLedBySubject(document, mentions, i, links);
            }

            if (antecedent < 0)
            {
                unresolved.Add(i);
            }
            else
            {
                links.Union(antecedent, i, $"'{texts[i]}' refers back to '{texts[antecedent]}'");
            }
        }
    }

    // "UCI president Hélène Rocher told … Rocher, who has led the Aigle-based federation since 2025, praised …": a body's
    // description that a person is said to lead is the body the article introduced that person as the head of, by a
    // leader's title between the body's name and the person's. Returns that body's mention, or -1.
    private static int BodyLedBySubject(KnowledgeDocument document, List<Mention> mentions, int description, MentionLinks links)
    {
        var mention = mentions[description];
        var verb = mention.FirstToken - 1;
        if (mention.Kind != EntityKind.Organization || verb < 1 || !LeadingVerbs.Contains(document.TokenText(verb)))
        {
            return -1;
        }

        // The leader: the person named last before the verb in its sentence ("Rocher, who has led", "Rocher leads").
        var start = document.Sentences[document.SentenceOf(verb)].FirstToken;
        var leader = mentions.FindLastIndex(description, m => m.Kind == EntityKind.Person && m.Form == MentionForm.Name && m.FirstToken >= start && m.EndToken <= verb);
        if (leader < 0)
        {
            return -1;
        }

        var person = links.Find(leader);
        var body = -1;
        for (var j = 0; j < mentions.Count; j++)
        {
            var named = mentions[j];
            if (named.Kind != EntityKind.Person || named.Form != MentionForm.Name || links.Find(j) != person || named.FirstToken < 2
                || !RoleWords.LeaderTitles.Contains(document.TokenText(named.FirstToken - 1).ToLowerInvariant()))
            {
                continue;
            }

            var headed = mentions.FindIndex(m => m.Kind == EntityKind.Organization && m.Form is MentionForm.Name or MentionForm.Acronym && m.EndToken == named.FirstToken - 1);
            if (headed >= 0 && body >= 0 && links.Find(headed) != links.Find(body))
            {
                return -1;
            }

            body = headed >= 0 ? headed : body;
        }

        return body;
    }

    /// <summary>
    /// Rule 5: a pronoun joins the one entity of a fitting kind named before it in its sentence or in the one before;
    /// with none or several it stays unresolved and is dropped.
    /// </summary>
    private static void JoinPronouns(
        KnowledgeDocument document, List<Mention> mentions, string[] texts, MentionLinks links, HashSet<int> unresolved, CancellationToken cancellationToken)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mentions[i].Form != MentionForm.Pronoun)
            {
                continue;
            }

            var first = IsFirstPerson(document.TokenText(mentions[i].FirstToken));
            var antecedent = first ? SpeakerOf(document, mentions, i) : PronounAntecedent(document, mentions, i, links.Find);
            if (antecedent < 0)
            {
                unresolved.Add(i);
            }
            else
            {
                links.Union(
                    antecedent,
                    i,
                    $"'{texts[i]}' (sentence {document.SentenceOf(mentions[i].FirstToken) + 1}) refers to '{texts[antecedent]}', "
                    + (first ? "the speaker whose label opens the turn" : "the only fitting entity named just before it"));
            }
        }
    }

    private static List<Mention> WithNominals(KnowledgeDocument document, CancellationToken cancellationToken)
    {
        var mentions = document.Entities.Select(m => AsTitleDescription(document, m)).ToList();
        var covered = new bool[document.Tokens.Count];
        foreach (var mention in mentions)
        {
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
            {
                covered[t] = true;
            }
        }

        AddMissedNames(document, mentions, covered, cancellationToken);
        AddDescriptions(document, mentions, covered);
        AddPronouns(document, mentions, covered);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>
    /// One name, one entity per article: a capitalised occurrence of a recognised name that the recogniser missed
    /// (often a case variant, "Wikileaks" after "WikiLeaks") is a mention too.
    /// </summary>
    private static void AddMissedNames(KnowledgeDocument document, List<Mention> mentions, bool[] covered, CancellationToken cancellationToken)
    {
        var names = mentions
            .Where(m => m.Form == MentionForm.Name && m.Kind != EntityKind.Other)
            .Select(m => (Tokens: Enumerable.Range(m.FirstToken, m.TokenCount).Select(document.TokenText).ToArray(), m.Kind))
            .Where(n => n.Tokens.Sum(t => t.Length) >= 4)
            .DistinctBy(n => string.Join(' ', n.Tokens).ToLowerInvariant())
            .ToList();
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (covered[i] || !char.IsUpper(document.TokenText(i)[0]))
            {
                continue;
            }

            foreach (var (tokens, kind) in names)
            {
                if (i + tokens.Length <= document.Tokens.Count
                    && Enumerable.Range(0, tokens.Length)
                        .All(k => !covered[i + k] && document.TokenText(i + k).Equals(tokens[k], StringComparison.OrdinalIgnoreCase))
                    && document.SentenceOf(i) == document.SentenceOf(i + tokens.Length - 1))
                {
                    var span = new TextSpan(document.Tokens[i].Span.Start, document.Tokens[i + tokens.Length - 1].Span.End);
                    mentions.Add(new Mention(span, i, tokens.Length, kind, 0.6, "coreference/1"));
                    for (var k = 0; k < tokens.Length; k++)
                    {
                        covered[i + k] = true;
                    }

                    break;
                }
            }
        }
    }

    private static bool EndsAnOrganisationsName(KnowledgeDocument document, List<Mention> mentions, string? modifier, string head)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == EntityKind.Organization && mention.Form == MentionForm.Name && mention.TokenCount >= 3
                && document.TokenText(mention.EndToken - 1).Equals(head, StringComparison.OrdinalIgnoreCase)
                && (modifier is null || document.TokenText(mention.EndToken - 2).Equals(modifier, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the descriptions "the committee" (an organisation's head noun) and "the Russian president".</summary>
    private static void AddDescriptions(KnowledgeDocument document, List<Mention> mentions, bool[] covered)
    {
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            {
                if (document.TokenText(i) is "a" or "A" or "an" or "An" && !covered[i]
                    && document.SentenceOf(i) < LedeSentences && LedeDescription(document, covered, i, sentence.EndToken) is { } role)
                {
                    mentions.Add(Nominal(document, i, role - i, EntityKind.Person));
                    continue;
                }

                // "BAHIR DAR — An association representing thousands of fishing households … sued": a lede that names
                // the body in the next sentence.
                if (document.TokenText(i) is "A" or "An" && !covered[i] && !covered[i + 1] && document.SentenceOf(i) < LedeSentences
                    && (i == sentence.FirstToken || document.TokenText(i - 1) is "—" or "–" or "--")
                    && RoleWords.OrganizationHeads.Contains(document.TokenText(i + 1)))
                {
                    mentions.Add(Nominal(document, i, 2, EntityKind.Organization));
                    continue;
                }

                if (!document.TokenText(i).Equals("the", StringComparison.OrdinalIgnoreCase) || covered[i])
                {
                    continue;
                }

                if (i == sentence.FirstToken && document.SentenceOf(i) < LedeSentences && HeadOfDescription(document, covered, i, sentence.EndToken))
                {
                    mentions.Add(Nominal(document, i, 2, EntityKind.Person));
                    continue;
                }

                if (TeamMemberDescription(document, mentions, covered, i, sentence.EndToken) is { } member)
                {
                    mentions.Add(Nominal(document, i, member - i, EntityKind.Person));
                    continue;
                }

                if (i == sentence.FirstToken && RoleDescription(document, mentions, covered, i, sentence.EndToken) is { } described)
                {
                    mentions.Add(Nominal(document, i, described - i, EntityKind.Person));
                    continue;
                }

                if (OfficeDescription(document, covered, i, sentence.EndToken) is { } office)
                {
                    mentions.Add(Nominal(document, i, office - i, EntityKind.Person));
                    continue;
                }

                if (covered[i + 1])
                {
                    if (BasedDescription(document, mentions, i, sentence.EndToken) is { } end)
                    {
                        mentions.Add(Nominal(document, i, end - i, EntityKind.Organization));
                    }

                    continue;
                }

                var next = document.TokenText(i + 1);
                var afterNext = i + 2 < sentence.EndToken ? document.TokenText(i + 2) : string.Empty;

                // A filing's or a contract's defined term: "TerminalSur S.A. (the "Company")" and then "the Company".
                if (next is "Company" && !(afterNext.Length > 0 && char.IsUpper(afterNext[0])) && afterNext is not ("'s" or "’s"))
                {
                    mentions.Add(Nominal(document, i, 2, EntityKind.Organization));
                    continue;
                }

                // "voiced his support for the strikers": the striking workers are the union on strike, when the article
                // names one union (resolved by kind below).
                if (next is "strikers" or "farmers" or "growers" or "fishermen" && afterNext is not ("'" or "’"))
                {
                    mentions.Add(Nominal(document, i, 2, EntityKind.Organization));
                    continue;
                }

                // "the union of workers" names another union, "accused the airline of missing" and "criticised the company
                // for waiting" are the airline and the company.
                var ofAnother = afterNext is "for" or "of" && !(i + 3 < sentence.EndToken && document.TokenText(i + 3).EndsWith("ing", StringComparison.Ordinal));
                // "the district" is a place, but the body's where the article names a water or a school district.
                // "accused the contractor": a company the story hired for the work.
                var bodysHead = RoleWords.OrganizationHeads.Contains(next) || next == "contractor"
                    || (next == "district" && EndsAnOrganisationsName(document, mentions, null, "district"));
                if (bodysHead && !(afterNext.Length > 0 && char.IsUpper(afterNext[0])) && !ofAnother)
                {
                    mentions.Add(Nominal(document, i, 2, EntityKind.Organization));
                }
                else if (i + 2 < sentence.EndToken
                    && !covered[i + 2]
                    && next.Length > 0 && char.IsLower(next[0])
                    && (RoleWords.OrganizationHeads.Contains(afterNext) || afterNext == "district")
                    && !(i + 3 < sentence.EndToken && document.TokenText(i + 3) is "of" or "for")
                    && EndsAnOrganisationsName(document, mentions, next, afterNext))
                {
                    // "the health board" where the article names "Teifi Valley Health Board": the last words of a body's
                    // name in lower case describe it.
                    mentions.Add(Nominal(document, i, 3, EntityKind.Organization));
                }
                else if (Demonyms.TryGetPlace(next, out _)
                    && i + 2 < sentence.EndToken
                    && RoleWords.LeaderTitles.Contains(afterNext.ToLowerInvariant())
                    && !covered[i + 2])
                {
                    mentions.Add(Nominal(document, i, 3, EntityKind.Person));
                }
            }
        }
    }

    // "… and a German lawmaker criticised the company's handling of the failure": a story's opening sentences may describe
    // a person whom the next sentence names ("Petra Lange, a Greens member of the Bundestag, said …"). An article, at
    // most one word (a nationality, "federal", "senior"), and a public role. Returns the token just past it.
    private static int? LedeDescription(KnowledgeDocument document, bool[] covered, int article, int end)
    {
        var role = article + 1;
        if (role + 1 < end && !covered[role] && !LedeRoles.Contains(document.TokenText(role))
            && (document.TokenText(role).All(char.IsLower) || Demonyms.TryGetPlace(document.TokenText(role), out _)))
        {
            role++;
        }

        return role < end && !covered[role] && LedeRoles.Contains(document.TokenText(role)) ? role + 1 : null;
    }

    // "The head of Kabilin Water Resources, Inc. (KWRI) on Tuesday criticized …": a story's opening sentence may describe
    // its subject as the head of a body it names, and name him in the next ("Raymond Escario, Kabilin's president and
    // chief executive officer, told …").
    private static bool HeadOfDescription(KnowledgeDocument document, bool[] covered, int the, int end) =>
        document.TokenText(the) == "The" && the + 3 < end && !covered[the + 1]
        && RoleWords.LeaderTitles.Contains(document.TokenText(the + 1)) && document.TokenText(the + 2) == "of"
        && (covered[the + 3] || (document.TokenText(the + 3) == "the" && the + 4 < end && covered[the + 4]));

    // Whether a person's description is a lede's "The head of …" (<see cref="HeadOfDescription"/>).
    private static bool IsHeadOfDescription(KnowledgeDocument document, Mention description) =>
        description is { Form: MentionForm.Nominal, Kind: EntityKind.Person, TokenCount: 2 }
        && document.TokenText(description.FirstToken) == "The"
        && description.EndToken < document.Tokens.Count && document.TokenText(description.EndToken) == "of";

    // "A German lawmaker …. Petra Lange, a Greens member of the Bundestag, said": the person the next sentence opens
    // with, named in full and described in an apposition, is the one the opening sentence described; the apposition
    // may open with a body's possessive ("Raymond Escario, Kabilin's president").
    private static int NamedNext(KnowledgeDocument document, List<Mention> mentions, int description)
    {
        var next = document.SentenceOf(mentions[description].FirstToken) + 1;
        if (next >= document.Sentences.Count)
        {
            return -1;
        }

        var opening = document.Sentences[next].FirstToken;
        if (mentions[description].Kind == EntityKind.Organization)
        {
            // "An association … sued …. The Association of Lake Tana Fishers … filed its case": the body's name opens the
            // next sentence and holds the description's head.
            var head = document.TokenText(mentions[description].EndToken - 1);
            return mentions.FindIndex(m => m.FirstToken - opening is 0 or 1 && m.Form == MentionForm.Name && m.Kind == EntityKind.Organization
                && Enumerable.Range(m.FirstToken, m.TokenCount).Any(t => document.TokenText(t).Equals(head, StringComparison.OrdinalIgnoreCase)));
        }

        var named = mentions.FindIndex(m => m.FirstToken == opening && m.Form == MentionForm.Name && m.Kind == EntityKind.Person && m.TokenCount >= 2);
        if (named < 0)
        {
            return -1;
        }

        var comma = mentions[named].EndToken;
        return comma + 2 < document.Sentences[next].EndToken
            && document.TokenText(comma) == ","
            && (document.TokenText(comma + 1).ToLowerInvariant() is "a" or "an" or "the"
                || (EntityTypeRefiner.IsCapitalized(document.TokenText(comma + 1))
                    && Enumerable.Range(comma + 2, Math.Min(4, document.Sentences[next].EndToken - comma - 2)).Any(t => document.TokenText(t) is "'s" or "\u2019s")))
            ? named
            : -1;
    }

    // "The 26-year-old Team Borealis rider": a description of a team's member by an age, the team's name and a place in
    // it. Returns the token just past it.
    private static int? TeamMemberDescription(KnowledgeDocument document, List<Mention> mentions, bool[] covered, int the, int end)
    {
        var t = the + 1;
        while (t < end && (document.TokenText(t) is "-" or "year" or "years" or "old" || document.TokenText(t).All(char.IsAsciiDigit)))
        {
            t++;
        }

        // Only a name can start there; most "the"s are followed by none.
        if (t >= end || !covered[t])
        {
            return null;
        }

        var team = mentions.FindIndex(m => m.FirstToken == t && m.Kind == EntityKind.Organization && m.Form == MentionForm.Name);
        var place = team < 0 ? end : mentions[team].EndToken;
        return place < end && RoleWords.TeamPlaces.Contains(document.TokenText(place)) ? place + 1 : null;
    }

    // "Colleen MacIsaac is the new leader of the party. The Cape Breton MLA defeated …", "The 58-year-old former premier
    // said": a sentence that opens with "The", at most an age, a place's name and two lower-case words, and a public role
    // or an occupation, and goes on with a verb, describes its subject by what the story said of a person just before.
    // Returns the token just past the role.
    private static int? RoleDescription(KnowledgeDocument document, List<Mention> mentions, bool[] covered, int the, int end)
    {
        if (document.TokenText(the) != "The")
        {
            return null;
        }

        var t = the + 1;
        while (t < end && !covered[t] && (document.TokenText(t) is "-" or "year" or "years" or "old" || document.TokenText(t).All(char.IsAsciiDigit)))
        {
            t++;
        }

        var place = mentions.FindIndex(m => m.FirstToken == t && m.Kind == EntityKind.Location && m.Form == MentionForm.Name);
        if (place >= 0)
        {
            t = mentions[place].EndToken;
        }

        for (var k = 0; k < 2 && t < end && !covered[t] && !IsDescribingRole(document.TokenText(t)) && document.TokenText(t).All(char.IsLower); k++)
        {
            t++;
        }

        var tags = document.PartsOfSpeech;
        return t + 1 < end && t > the + 1 && !covered[t] && IsDescribingRole(document.TokenText(t))
            && document.TokenText(t + 1) is [var next, ..] && char.IsLower(next) && tags?[t + 1] is "VERB" or "AUX"
            ? t + 1
            : null;
    }

    // "criticised the governor", "the former commissioner said": a public office in lower case after "the", at most one
    // word between, which the article gave someone as a title before his name. Not "the governor of ...", which may be
    // another's. Returns the token just past it.
    private static int? OfficeDescription(KnowledgeDocument document, bool[] covered, int the, int end)
    {
        var office = the + 1;
        if (office + 1 < end && document.TokenText(office) is "former" or "state" or "then" or "provincial" or "regional" or "county" or "district")
        {
            office++;
        }

        if (office >= end || covered[office] || !OfficeTitles.Contains(document.TokenText(office)))
        {
            return null;
        }

        var next = office + 1 < end ? document.TokenText(office + 1) : string.Empty;
        return next == "of" || (next.Length > 0 && char.IsUpper(next[0])) ? null : office + 1;
    }

    // Whether the article wrote an office as a title before the name: "Governor Babatunde Oyelaran", "Oyo State
    // Governor, Babatunde Adisa Oyelaran", "the Commissioner for Works and Transport, Engr. Rasheed Akanbi".
    // A qualifier the description gives ("the provincial chairman") rules out a title qualified otherwise ("commune
    // chairman Nguyễn Minh Tuấn").
    private static bool IntroducedAs(KnowledgeDocument document, Mention name, string office, string? qualifier = null)
    {
        var start = Math.Max(document.Sentences[document.SentenceOf(name.FirstToken)].FirstToken, name.FirstToken - 7);
        for (var t = name.FirstToken - 1; t >= start; t--)
        {
            var word = document.TokenText(t);
            if (word.Equals(office, StringComparison.OrdinalIgnoreCase))
            {
                return qualifier is null || t == 0 || document.TokenText(t - 1) is not { Length: > 0 } before
                    || !char.IsLower(before[0]) || before is "the" or "a" or "an" or "former" or "and" or "of" or "for"
                    || before.Equals(qualifier, StringComparison.Ordinal);
            }

            if (word.Length > 0 && char.IsLower(word[0]) && word is not ("for" or "of" or "and"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsDescribingRole(string word) =>
        MemberTitles.Contains(word) || RoleWords.Occupations.Contains(word) || RoleWords.LeaderTitles.Contains(word)
        || word is "minister" or "premier" or "restaurateur" or "nurse" or "teacher" or "candidate" or "challenger" or "incumbent";

    /// <summary>Tells whether a person's description opens its sentence with a role (<see cref="RoleDescription"/>).</summary>
    /// <param name="document">The document.</param>
    /// <param name="description">The description.</param>
    /// <returns><see langword="true"/> for "The Cape Breton MLA" opening a sentence.</returns>
    internal static bool IsRoleDescription(KnowledgeDocument document, Mention description) =>
        description is { Form: MentionForm.Nominal, Kind: EntityKind.Person, TokenCount: >= 2 }
        && document.TokenText(description.FirstToken) == "The"
        && document.Sentences[document.SentenceOf(description.FirstToken)].FirstToken == description.FirstToken
        && IsDescribingRole(document.TokenText(description.EndToken - 1));

    /// <summary>Tells whether a person's description names a team's member ("the 26-year-old Team Borealis rider").</summary>
    /// <param name="document">The document.</param>
    /// <param name="description">The description.</param>
    /// <returns><see langword="true"/> when it ends in a place in a team.</returns>
    internal static bool IsTeamMemberDescription(KnowledgeDocument document, Mention description) =>
        description is { Form: MentionForm.Nominal, Kind: EntityKind.Person, TokenCount: >= 3 }
        && RoleWords.TeamPlaces.Contains(document.TokenText(description.EndToken - 1));

    // "the Vancouver-based carrier", "the Aigle-based federation": a description round the place where the body is
    // based, which the place's mention inside it does not stop. Returns the token just past it.
    private static int? BasedDescription(KnowledgeDocument document, List<Mention> mentions, int the, int end)
    {
        var place = mentions.FindIndex(m => m.FirstToken == the + 1 && m.Kind == EntityKind.Location);
        if (place < 0)
        {
            return null;
        }

        if (BasedCompounds.BodyNoun(document.Text, mentions[place].Span.End, out var after, out var words) is { } noun)
        {
            var head = mentions[place].EndToken + 1 + words;
            return !(after.Length > 0 && char.IsUpper(after[0])) && head < end && document.TokenText(head) == noun ? head + 1 : null;
        }

        // "the San Francisco artificial intelligence company": the place, up to three lowercase modifiers and a body's
        // or a business's noun, with nothing after it that would make it a modifier too ("the Seattle company
        // director").
        var tags = document.PartsOfSpeech;
        for (var t = mentions[place].EndToken; t < Math.Min(end, mentions[place].EndToken + 4); t++)
        {
            var word = document.TokenText(t);
            if (BasedCompounds.IsBodyNoun(word))
            {
                return t + 1 >= end || !(char.IsLetter(document.TokenText(t + 1)[0]) && tags?[t + 1] is "NOUN" or "PROPN") ? t + 1 : null;
            }

            if (word.Length == 0 || !char.IsLower(word[0]) || tags?[t] is not ("ADJ" or "NOUN"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the third-person pronouns no mention covers, and in a transcript (speakers' labels open its lines) the
    /// speaker's "I", "me" and "my".
    /// </summary>
    private static void AddPronouns(KnowledgeDocument document, List<Mention> mentions, bool[] covered)
    {
        var transcript = mentions.Any(m => m.Kind == EntityKind.Person && SpeakerLabels.Opens(document, m));
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            if (!covered[i] && Pronouns.TryGet(document.TokenText(i), out var referent))
            {
                var kind = referent is PronounReferent.Masculine or PronounReferent.Feminine ? EntityKind.Person : EntityKind.Organization;
                mentions.Add(new Mention(document.Tokens[i].Span, i, 1, kind, 0.6, "coreference/1") { Form = MentionForm.Pronoun });
            }
            else if (transcript && !covered[i] && IsFirstPerson(document.TokenText(i)) && !QuotedSpeech.IsOpenAt(document.Text, document.Tokens[i].Span.Start))
            {
                mentions.Add(new Mention(document.Tokens[i].Span, i, 1, EntityKind.Person, 0.6, "coreference/1") { Form = MentionForm.Pronoun });
            }
        }
    }

    private static bool IsFirstPerson(string token) => token is "I" or "me" or "my" or "My";

    // "CHEPKOECH: … I accuse Daniel Rotich of giving the contract …": the speaker is the one whose label last opened a line.
    private static int SpeakerOf(KnowledgeDocument document, List<Mention> mentions, int pronoun)
    {
        for (var j = pronoun - 1; j >= 0; j--)
        {
            if (mentions[j].Kind == EntityKind.Person && SpeakerLabels.Opens(document, mentions[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static Mention AsTitleDescription(KnowledgeDocument document, Mention mention)
    {
        // "the Senator's", "Mayor" alone: a title is no name; it refers back to the person it was the title of, or to
        // no one. Titles that are also names ("Prince", "Queen", "General") are left to the recogniser.
        if (mention.Form != MentionForm.Name || mention.TokenCount > 2)
        {
            return mention;
        }

        var words = NameText(document, mention).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.').ToLowerInvariant())
            .ToList();
        return words.Count > 0 && words.All(PersonTitles.Contains)
            ? mention with { Kind = EntityKind.Person, Form = MentionForm.Nominal, Name = null }
            : mention;
    }

    private static Mention Nominal(KnowledgeDocument document, int first, int count, EntityKind kind) =>
        new(new TextSpan(document.Tokens[first].Span.Start, document.Tokens[first + count - 1].Span.End), first, count, kind, 0.6, "coreference/1")
        {
            Form = MentionForm.Nominal,
        };

    // "Austurlax is 58 percent owned by Havbruk Vest ASA … The mayor defended the company": of the names in an earlier
    // sentence that a body's description fits, the one the sentence is about, its first, is the one referred back to (in
    // the description's own sentence its subject is someone else: "Greyhawk, which backs Lumenstack, stood by the company").
    private static int SentencesFirstFitting(KnowledgeDocument document, List<Mention> mentions, int fitting, string head)
    {
        var sentence = document.SentenceOf(mentions[fitting].FirstToken);
        var first = fitting;
        for (var k = fitting - 1; k >= 0 && document.SentenceOf(mentions[k].FirstToken) == sentence; k--)
        {
            if (mentions[k].Form == MentionForm.Name && mentions[k].Kind == EntityKind.Organization
                && DescriptionHeads.Fits(head, document.Slice(mentions[k].Span).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                first = k;
            }
        }

        return first;
    }

    private static int NominalAntecedent(KnowledgeDocument document, List<Mention> mentions, int nominal, HashSet<int> unresolved, MentionLinks links)
    {
        var mention = mentions[nominal];
        var sentence = document.SentenceOf(mention.FirstToken);
        var words = document.Slice(mention.Span).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0].ToLowerInvariant() is "a" or "an" || IsHeadOfDescription(document, mention))
        {
            return NamedNext(document, mentions, nominal);
        }

        for (var j = nominal - 1; j >= 0; j--)
        {
            var candidate = mentions[j];

            // An organisation's description that an earlier one of the same head resolved carries the name on ("the
            // Ashgrove Supporters Trust ... The trust ... the trust's call"), so that the window runs from the last of them.
            var describedBefore = candidate.Form == MentionForm.Nominal && candidate.Name is null
                && mention.Kind == EntityKind.Organization && !unresolved.Contains(j);
            if (candidate.Form == MentionForm.Nominal && candidate.Name is null && !describedBefore || candidate.Kind != mention.Kind
                || candidate.Form == MentionForm.Pronoun)
            {
                continue;
            }

            // A description of an organisation points to one named within two sentences; a person's title
            // ("the Russian president") stays theirs through the article.
            if (mention.Kind == EntityKind.Organization && sentence - document.SentenceOf(candidate.FirstToken) > 2)
            {
                break;
            }

            // "… Lucas Verhoeven has been suspended … The 26-year-old Team Borealis rider won": a team member's
            // description is the person named last, in its sentence or the one before.
            if (IsRoleDescription(document, mention))
            {
                return OnlyPersonBefore(document, mentions, nominal);
            }

            if (IsTeamMemberDescription(document, mention))
            {
                if (sentence - document.SentenceOf(candidate.FirstToken) > 1)
                {
                    break;
                }

                if (candidate.Form == MentionForm.Name)
                {
                    return j;
                }

                continue;
            }

            if (mention.Kind == EntityKind.Organization)
            {
                // "the committee" fits a name whose last word is "Committee", "the airline" one whose last word is "Air".
                var name = document.Slice(candidate.Span).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (DescriptionHeads.Fits(words[^1], name))
                {
                    return candidate.Form == MentionForm.Name && document.SentenceOf(candidate.FirstToken) < sentence
                        ? SentencesFirstFitting(document, mentions, j, words[^1])
                        : j;
                }
            }
            else if (words.Length >= 2 && words[0] is "the" or "The" && OfficeTitles.Contains(words[^1]))
            {
                // "the governor" is the person the article last gave that title before his name.
                if (candidate.Form == MentionForm.Name && IntroducedAs(document, candidate, words[^1], words.Length == 3 ? words[1] : null))
                {
                    return j;
                }
            }
            else if (words.Length == 1 || mention.TokenCount == words.Length && PersonTitles.Contains(words[0].TrimEnd('.').ToLowerInvariant()))
            {
                // A title alone ("the Senator's") fits the person the article introduced with it ("Senator Rick Santorum").
                var title = NameText(document, mention).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('.');
                if (candidate.FirstToken >= 1
                    && candidate.Form == MentionForm.Name
                    && document.TokenText(candidate.FirstToken - 1).TrimEnd('.').Equals(title, StringComparison.OrdinalIgnoreCase))
                {
                    return j;
                }
            }
            else if (candidate.FirstToken >= 2)
            {
                // "the Russian president" fits the person introduced as "Russian President ...".
                var title = document.TokenText(candidate.FirstToken - 1);
                var place = document.TokenText(candidate.FirstToken - 2);
                if (title.Equals(words[^1], StringComparison.OrdinalIgnoreCase) && place.Equals(words[1], StringComparison.OrdinalIgnoreCase))
                {
                    return j;
                }
            }
        }

        var head = words[^1].ToLowerInvariant();
        if (mention.Kind == EntityKind.Organization
            && head is "airline" or "carrier" or "utility" or "company" or "firm" or "contractor" or "board" or "strikers" or "farmers" or "growers" or "fishermen"
            && OnlyOfItsKind(document, mentions, nominal, head) is >= 0 and var ofItsKind)
        {
            return ofItsKind;
        }

        if (mention.Kind == EntityKind.Organization && head == "company" && MainCompany(document, mentions, nominal, links) is >= 0 and var main)
        {
            return main;
        }

        if (mention.Kind == EntityKind.Organization && OnlyNamedWithHead(document, mentions, nominal, head) is >= 0 and var headed)
        {
            return headed;
        }

        return mention.Kind == EntityKind.Organization ? PreviousSubject(document, mentions, nominal) : -1;
    }

    // "The society's chairman, Joseph Ngetich," five sentences after "the Kipsigis Highlands Tea Growers' Co-operative
    // Society": beyond the nearby names, a description is the one body named before it whose name has its head.
    private static int OnlyNamedWithHead(KnowledgeDocument document, List<Mention> mentions, int nominal, string head) =>
        OnlyNamedBefore(
            document,
            mentions,
            nominal,
            words => words.Length >= 2 && (head.Equals(DescriptionHeads.HeadOf(words), StringComparison.OrdinalIgnoreCase) || HungarianBodyNames.Means(words[^1], head))).Mention;

    // "Pacífico Terminals said on Monday that … TerminalSur's … The Valparaíso-based operator, which competes with
    // TerminalSur, …": a body's description that opens a sentence, and fits no name by its head, is the body the sentence
    // before opens with, its subject.
    private static int PreviousSubject(KnowledgeDocument document, List<Mention> mentions, int nominal)
    {
        var mention = mentions[nominal];
        var sentence = document.SentenceOf(mention.FirstToken);
        if (sentence == 0 || document.Sentences[sentence].FirstToken != mention.FirstToken || document.TokenText(mention.FirstToken) != "The")
        {
            return -1;
        }

        var opening = document.Sentences[sentence - 1].FirstToken;
        return mentions.FindIndex(m => m.FirstToken == opening && m.Kind == EntityKind.Organization && m.Form == MentionForm.Name);
    }

    // "… is the new leader. The Cape Breton MLA defeated …": the person the sentence before names, when it names only one
    // (by however many of their names); with two or more the description is left unresolved.
    private static int OnlyPersonBefore(KnowledgeDocument document, List<Mention> mentions, int nominal)
    {
        var before = document.SentenceOf(mentions[nominal].FirstToken) - 1;
        var found = -1;
        string? surname = null;
        for (var j = nominal - 1; j >= 0 && document.SentenceOf(mentions[j].FirstToken) >= before; j--)
        {
            var candidate = mentions[j];
            if (candidate.Kind != EntityKind.Person || candidate.Form != MentionForm.Name || document.SentenceOf(candidate.FirstToken) != before)
            {
                continue;
            }

            var last = document.TokenText(candidate.EndToken - 1);
            if (surname is not null && !last.Equals(surname, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            (found, surname) = (found < 0 ? j : found, last);
        }

        return found;
    }

    // "the Vancouver-based carrier" five sentences after "Cascadia Air": an airline's (a utility's, a company's)
    // description fits the one airline (utility, company) the article has named before it, however far back.
    private static int OnlyOfItsKind(KnowledgeDocument document, List<Mention> mentions, int nominal, string head)
    {
        // "the company's president director" after "PT Halmahera Sinar Nikel Tbk", "Lapta" and "Halmahera Sinar said": a
        // name that says it is a company's outweighs a one-word name that may be one, when the body named last is that
        // company by a shorter form of its name ("the company" after "Meridian Geodata" is Meridian, not the "Halvard
        // Aerospace" named before it). Not "firm": "the Nairobi firm" after "Baraka Assurance" is that audit firm. A chamber
        // or a body named last ("In the Ayeyarwady Region Hluttaw, … attack both the company") is no company.
        if (head == "company"
            && OnlyNamedBefore(document, mentions, nominal, DescriptionHeads.SaysCompany) is { Mention: >= 0 and var company, Name: { } companyName }
            && mentions.FindLastIndex(nominal - 1, m => m.Kind == EntityKind.Organization && m.Form == MentionForm.Name && !IsChamberOrBody(document, m)) is >= 0 and var last
            && (last == company || $" {companyName} ".Contains($" {document.Slice(mentions[last].Span)} ", StringComparison.Ordinal)))
        {
            return company;
        }

        var (found, text) = OnlyNamedBefore(document, mentions, nominal, words => DescriptionHeads.FitsByKind(head, words));

        // "the company" reaches that far only for a name that says it is a company ("Veltris Therapeutics"): a one-word
        // name is as often a website's or a broadcaster's ("Wikinews").
        return head is "company" or "firm" or "contractor" && text is not null && !DescriptionHeads.SaysCompany(text.Split(' ')) ? -1 : found;
    }

    // A name that ends in a chamber's or a public body's head ("Hluttaw", "Ministry", "Association"), which no company's does.
    private static bool IsChamberOrBody(KnowledgeDocument document, Mention mention)
    {
        var last = document.TokenText(mention.EndToken - 1);
        return Legislatures.IsChamber(last) || InstitutionWords.IsBodyHead(last);
    }

    // "sued the company" three sentences after a fish farm's "Tiszavári Halgazdaság Kft.", in a story about a sugar
    // company: where no one company is near or alone, "the company" is the one the article is about, when the article
    // names it before the description, at least three times, and twice as often as any other company it names. Returns
    // its last name before the description, or -1.
    private static int MainCompany(KnowledgeDocument document, List<Mention> mentions, int nominal, MentionLinks links)
    {
        var companies = new HashSet<int>();
        var counts = new Dictionary<int, int>();
        var lastBefore = new Dictionary<int, int>();
        for (var j = 0; j < mentions.Count; j++)
        {
            if (mentions[j] is not { Kind: EntityKind.Organization, Form: MentionForm.Name })
            {
                continue;
            }

            var root = links.Find(j);
            counts[root] = counts.GetValueOrDefault(root) + 1;
            lastBefore[root] = j < nominal ? j : lastBefore.GetValueOrDefault(root, -1);
            if (DescriptionHeads.SaysCompany(document.Slice(mentions[j].Span).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                companies.Add(root);
            }
        }

        var ranked = companies.Where(c => lastBefore[c] >= 0).OrderByDescending(c => counts[c]).ThenBy(c => c).ToList();
        var others = companies.Where(c => ranked.Count == 0 || c != ranked[0]).Select(c => counts[c]).DefaultIfEmpty(0).Max();
        return ranked.Count > 0 && counts[ranked[0]] >= 3 && counts[ranked[0]] >= 2 * others && others > 0 ? lastBefore[ranked[0]] : -1;
    }

    // The last organisation's name before a description that fits it, when every fitting name before it is that same
    // name; (-1, null) when none fits or two different ones do.
    private static (int Mention, string? Name) OnlyNamedBefore(KnowledgeDocument document, List<Mention> mentions, int nominal, Func<string[], bool> fits)
    {
        var found = -1;
        string? text = null;
        for (var j = nominal - 1; j >= 0; j--)
        {
            var candidate = mentions[j];
            if (candidate.Kind != EntityKind.Organization || candidate.Form != MentionForm.Name)
            {
                continue;
            }

            var name = document.Slice(candidate.Span);
            if (!fits(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                continue;
            }

            if (text is not null && !name.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return (-1, null);
            }

            (found, text) = (found < 0 ? j : found, name);
        }

        return (found, text);
    }

    private static bool AfterUnnamedTitledSpeaker(KnowledgeDocument document, List<Mention> mentions, Mention pronoun)
    {
        var verb = pronoun.FirstToken - 1;
        if (verb < 1 || document.TokenText(verb) is not ("says" or "said" or "insists" or "insisted" or "claims" or "claimed"))
        {
            return false;
        }

        // Back over the title's capitalised words to its "the", none of them part of a name.
        var t = verb - 1;
        while (t >= 0 && document.SentenceOf(t) == document.SentenceOf(verb) && document.TokenText(t) is [var first, ..] && char.IsUpper(first)
            && document.TokenText(t) is not ("The" or "the") && !mentions.Any(m => m.Form == MentionForm.Name && m.FirstToken <= t && t < m.EndToken))
        {
            t--;
        }

        return t >= 0 && t < verb - 1 && document.TokenText(t) is "The" or "the";
    }

    private static int PronounAntecedent(KnowledgeDocument document, List<Mention> mentions, int pronoun, Func<int, int> find)
    {
        var mention = mentions[pronoun];
        Pronouns.TryGet(document.TokenText(mention.FirstToken), out var referent);
        var sentence = document.SentenceOf(mention.FirstToken);
        var people = new Dictionary<int, int>();
        var resolvedPeople = new Dictionary<int, int>();
        var organizations = new Dictionary<int, int>();
        var places = new Dictionary<int, int>();
        Dictionary<int, char>? sexes = null;
        var quoted = QuotationBefore(document, mention.FirstToken);
        for (var j = pronoun - 1; j >= 0; j--)
        {
            var candidate = mentions[j];
            if (sentence - document.SentenceOf(candidate.FirstToken) > 1)
            {
                break;
            }

            // "“Declan Moriarty has treated us with contempt,” she told the meeting": whom a quotation names is not who
            // speaks it.
            // Nor is a dateline's place or agency what a pronoun of the story refers to ("WASHINGTON — … refusing to say
            // which images it used").
            // Nor is a transcript's speaker, named by the label that opens the line, whom "she" in the speech refers to
            // ("Dafydd Morgan MS: The Cabinet Secretary says she has full confidence ...").
            if ((candidate.FirstToken >= quoted.Start && candidate.EndToken <= quoted.End)
                || InDateline(document, candidate.Span)
                || SpeakerLabels.Opens(document, candidate))
            {
                continue;
            }

            if (candidate.Form == MentionForm.Pronoun || (candidate.Form == MentionForm.Nominal && candidate.Name is null))
            {
                // A pronoun or a description already resolved to a person named before stands for that person where no
                // name is in reach ("'...,' he said. He denied claims by ...", "'...,' the former commissioner said. He
                // declined to comment").
                if (candidate.Kind == EntityKind.Person && find(j) < j && mentions[find(j)].Form == MentionForm.Name)
                {
                    resolvedPeople.TryAdd(find(j), j);
                }

                continue;
            }

            // A surname the recogniser took for a body's ("Okafor said") counts as the person whose name it joined.
            var kind = candidate.Kind == EntityKind.Organization && candidate.Form == MentionForm.Name && NamesAPerson(mentions, find(j), find)
                ? EntityKind.Person
                : candidate.Kind;
            var target = kind switch
            {
                EntityKind.Person => people,
                EntityKind.Organization => organizations,
                EntityKind.Location when candidate.Form != MentionForm.Nominal => places,
                _ => null,
            };
            target?.TryAdd(find(j), j);
            if (kind == EntityKind.Person && TitleOf(document, candidate) is { } title && CourtesyGenders.TryGetValue(title, out var sex))
            {
                (sexes ??= []).TryAdd(find(j), sex);
            }
        }

        // "Larysa Melnyk said that Mr Melnyk's resignation answers one question. She repeated …": a courtesy title in
        // reach tells which of two people "she" is not.
        if (sexes is not null && people.Count > 1 && referent is PronounReferent.Masculine or PronounReferent.Feminine)
        {
            var other = referent == PronounReferent.Masculine ? 'f' : 'm';
            foreach (var root in people.Keys.Where(r => sexes.GetValueOrDefault(r) == other).ToList())
            {
                people.Remove(root);
            }
        }

        // Gender is not known from names, so "he" and "she" need a single person in reach, or, opening a sentence, the
        // person who opened the one before when the text has already called that person so ("Halvorsen said he had
        // spoken with Leclerc and O'Connell. He thanked ...");
        // "it" and "they" a single organisation ("it" falls back to a single place when no organisation is in reach:
        // "Russia said it ...").
        // "The Cabinet Secretary says she has full confidence": a titled subject the text does not name is whom the
        // pronoun after its verb refers to, so it is no one named.
        if (referent is PronounReferent.Masculine or PronounReferent.Feminine && AfterUnnamedTitledSpeaker(document, mentions, mention))
        {
            return -1;
        }

        return referent switch
        {
            PronounReferent.Masculine or PronounReferent.Feminine => people.Count == 1
                ? people.Values.Single()
                : people.Count == 0 && resolvedPeople.Count == 1
                ? resolvedPeople.Values.Single()
                : ReportingSubject(document, mentions, pronoun, EntityKind.Person, find) is var speaker and >= 0
                    ? speaker
                    : PreviousSubject(document, mentions, pronoun, referent, EntityKind.Person, find),
            PronounReferent.Neuter when organizations.Count == 1 => organizations.Values.Single(),
            // "Heliox, the maker that sponsors Team Borealis, said it was reviewing its contract. Its chief executive ...".
            PronounReferent.Neuter when organizations.Count > 1 => ReportingSubject(document, mentions, pronoun, EntityKind.Organization, find) is var body and >= 0
                ? body
                : PreviousSubject(document, mentions, pronoun, referent, EntityKind.Organization, find),
            PronounReferent.Neuter when organizations.Count == 0 && places.Count == 1 => places.Values.Single(),
            PronounReferent.Plural when organizations.Count == 1 && people.Count == 0 => organizations.Values.Single(),
            _ => -1,
        };
    }

    private static bool NamesAPerson(List<Mention> mentions, int root, Func<int, int> find)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Kind == EntityKind.Person && mentions[k].Form == MentionForm.Name && find(k) == root)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) QuotationBefore(KnowledgeDocument document, int token)
    {
        // The tokens of the quotation that closes right before a pronoun, within its sentence; none when no quotation
        // closes there.
        if (token == 0 || document.TokenText(token - 1) is not ("\u201D" or "\"" or "\u2019" or "'"))
        {
            return (0, 0);
        }

        var first = document.Sentences[document.SentenceOf(token)].FirstToken;
        var opening = token - 2;
        while (opening > first && document.TokenText(opening) is not ("\u201C" or "\"" or "\u2018" or "'"))
        {
            opening--;
        }

        return (opening, token - 1);
    }

    private static int ReportingSubject(KnowledgeDocument document, List<Mention> mentions, int pronoun, EntityKind kind, Func<int, int> find)
    {
        // "Conor Brady, who attended the meeting, said he backed the call": "he" opening the clause a reporting verb
        // reports is the verb's subject, whoever else the sentence names before it. The parse finds the subject where
        // the profile parses; elsewhere the words do, for a name right before the verb or before an aside in commas.
        var token = mentions[pronoun].FirstToken;
        var first = document.Sentences[document.SentenceOf(token)].FirstToken;
        int subject;
        if (document.Dependencies is { } arcs)
        {
            var clause = arcs[token].Head;
            var verb = clause >= 0 ? arcs[clause].Head : -1;
            if (arcs[token].Label != "nsubj" || clause < 0 || arcs[clause].Label != "ccomp" || verb < 0 || verb > token || !ReportingVerbs.Contains(document.TokenText(verb)))
            {
                return -1;
            }

            subject = Enumerable.Range(first, verb - first).LastOrDefault(t => arcs[t].Head == verb && arcs[t].Label == "nsubj", -1);
        }
        else
        {
            var verb = token - (token >= 2 && document.TokenText(token - 1) == "that" ? 2 : 1);
            if (verb <= first || !ReportingVerbs.Contains(document.TokenText(verb)))
            {
                return -1;
            }

            subject = verb - 1;
            if (document.TokenText(subject) == ",")
            {
                var opening = subject - 1;
                while (opening > first && document.TokenText(opening) != ",")
                {
                    opening--;
                }

                subject = opening - 1;
            }
        }

        for (var j = pronoun - 1; subject >= first && j >= 0 && mentions[j].FirstToken >= first; j--)
        {
            var candidate = mentions[j];
            if (candidate.FirstToken <= subject && subject < candidate.EndToken)
            {
                return IsOfKind(mentions, j, kind, find) && candidate.Form == MentionForm.Name ? j : -1;
            }
        }

        return -1;
    }

    // A surname the recogniser took for a body's counts as the person whose name it joined, and only then.
    private static bool IsOfKind(List<Mention> mentions, int j, EntityKind kind, Func<int, int> find)
    {
        var namesAPerson = mentions[j].Kind == EntityKind.Organization && NamesAPerson(mentions, find(j), find);
        return kind == EntityKind.Person ? mentions[j].Kind == EntityKind.Person || namesAPerson : mentions[j].Kind == kind && !namesAPerson;
    }

    private static int PreviousSubject(
        KnowledgeDocument document, List<Mention> mentions, int pronoun, PronounReferent referent, EntityKind kind, Func<int, int> find)
    {
        var mention = mentions[pronoun];
        var sentence = document.SentenceOf(mention.FirstToken);
        if (sentence < 1 || document.Sentences[sentence].FirstToken != mention.FirstToken)
        {
            return -1;
        }

        var previous = document.Sentences[sentence - 1];
        for (var j = pronoun - 1; j >= 0 && mentions[j].FirstToken >= previous.FirstToken; j--)
        {
            if (j == 0 || mentions[j - 1].FirstToken < previous.FirstToken)
            {
                // The previous sentence's first mention: its subject when it is a person's name within its first words
                // (after a title: "Mayor Gregory Halvorsen said").
                var first = mentions[j];
                return IsOfKind(mentions, j, kind, find)
                    && first.Form == MentionForm.Name
                    && first.FirstToken - previous.FirstToken <= 2
                    && CalledSo(document, mentions, pronoun, referent, find(j), find)
                        ? j
                        : -1;
            }
        }

        return -1;
    }

    // Whether a pronoun of the same gender before this one already refers to the person.
    private static bool CalledSo(KnowledgeDocument document, List<Mention> mentions, int pronoun, PronounReferent referent, int person, Func<int, int> find)
    {
        for (var k = pronoun - 1; k >= 0; k--)
        {
            if (mentions[k].Form == MentionForm.Pronoun
                && Pronouns.TryGet(document.TokenText(mentions[k].FirstToken), out var other)
                && other == referent
                && find(k) == person)
            {
                return true;
            }
        }

        return false;
    }

    private static void BuildChains(
        KnowledgeDocument document,
        Mention[] mentions,
        int[] root,
        string[] texts,
        List<(int Mention, string Reason)> reasons,
        int[] reasonRoots)
    {
        var groups = Enumerable.Range(0, mentions.Length).GroupBy(i => root[i]).OrderBy(g => g.Min()).ToList();
        var chains = new List<EntityChain>(groups.Count);
        foreach (var group in groups)
        {
            var members = group.Order().ToList();

            // The type most of the chain's names carry; ties go to the fullest name's type.
            var kind = members
                .Where(i => mentions[i].Form != MentionForm.Pronoun)
                .DefaultIfEmpty(members[0])
                .GroupBy(i => mentions[i].Kind)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(i => texts[i].Length))
                .First().Key;
            // The fullest name, preferring the case the text uses in running prose over a shouted dateline; a title is no
            // part of it ("Lin Cheng-en" over "Legislator Lin"), and a given name and patronymic is a form of address
            // ("Larysa Melnyk" over "Larysa Volodymyrivna").
            var canonical = members
                .Where(i => !IsAcronym(texts[i])
                    && mentions[i].Form != MentionForm.Pronoun
                    && (mentions[i].Form != MentionForm.Nominal || mentions[i].Name is not null))
                .Select(i => texts[i])
                .OrderByDescending(t => t.Any(char.IsLower))
                .ThenBy(t => kind == EntityKind.Person && PersonNames.IsPatronymicAddress(Words(NormalizedKey(t))))
                .ThenByDescending(t => NameKeys.DisplayName(t, kind).Length)
                .ThenByDescending(t => t.Length)
                .FirstOrDefault() ?? texts[members[0]];
            var aliases = members
                .Where(i => mentions[i].Form is not (MentionForm.Nominal or MentionForm.Pronoun))
                .Select(i => texts[i])
                .Where(t => t != canonical)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var (weights, forms) = Votes(mentions, texts, members);
            foreach (var i in members)
            {
                mentions[i] = mentions[i] with
                {
                    Chain = chains.Count,
                    Kind = kind,
                    Form = mentions[i].Form != MentionForm.Pronoun && IsAcronym(texts[i]) ? MentionForm.Acronym : mentions[i].Form,
                };
            }

            var chainReasons = reasons.Where(r => reasonRoots[r.Mention] == group.Key).Select(r => r.Reason).ToList();
            chains.Add(new EntityChain(chains.Count, kind, canonical, members, aliases) { Reasons = chainReasons, KindWeights = weights, Forms = forms });
        }

        var relations = document.Relations;
        document.SetChains(mentions, chains);
        document.SetRelations(relations);
    }

    private static (Dictionary<EntityKind, long> Weights, Dictionary<string, int> Forms) Votes(Mention[] mentions, string[] texts, List<int> members)
    {
        // Read before the chain's kind overwrites the mentions' own: each name votes with the recogniser's confidence.
        var weights = new Dictionary<EntityKind, long>();
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in members)
        {
            var mention = mentions[i];
            if (mention.Form == MentionForm.Pronoun || mention.Form == MentionForm.Nominal && mention.Name is null)
            {
                continue;
            }

            weights[mention.Kind] = weights.GetValueOrDefault(mention.Kind) + (long)Math.Round(Math.Clamp(mention.Confidence, 0, 1) * 1000);
            forms[texts[i]] = forms.GetValueOrDefault(texts[i]) + 1;
        }

        return (weights, forms);
    }

    private static string NameText(KnowledgeDocument document, Mention mention)
    {
        var text = mention.Name ?? document.Slice(mention.Span);
        return text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2] : text;
    }

    private static string NormalizedKey(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        var parts = name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries);

        // "New People's Party" is written "New People Party" too: a possessive inside a name is no part of its key.
        var words = parts
            .Select((w, i) => i < parts.Length - 1 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)) ? w[..^2] : w)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .SkipWhile(w => Titles.Contains(w))
            .ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    // The opening sentences of a story, where a description may come before the name of whom it describes.
    private const int LedeSentences = 3;

    // Words before a place's name ("in Kericho", "outside the Kericho Highlands").
    private static readonly FrozenSet<string> LocativeWords = FrozenSet.ToFrozenSet(
        [
            "in", "at", "near", "from", "to", "into", "outside", "across", "around", "throughout", "within", "towards", "toward",
            "through", "via",
        ],
        StringComparer.Ordinal);

    // Kinds of place that "of" and a place's name follow ("the port of San Antonio").
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        [
            "port", "city", "town", "village", "region", "province", "state", "county", "district", "capital", "island", "suburb",
            "municipality", "area", "outskirts", "centre", "center",
        ],
        StringComparer.Ordinal);

    // Public roles by which a story's opening describes a person it names next.
    private static readonly FrozenSet<string> LedeRoles = FrozenSet.ToFrozenSet(
        ["lawmaker", "legislator", "senator", "congressman", "congresswoman", "MP", "MEP", "judge", "minister", "politician", "prosecutor", "diplomat", "mayor"],
        StringComparer.Ordinal);

    // Verbs that report what their subject says; "told" is not one, since "Ryan told Lee he" may mean either.
    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.ToFrozenSet(
        [
            "said", "says", "added", "adds", "insisted", "insists", "argued", "argues", "claimed", "claims", "stated", "states",
            "explained", "warned", "warns", "admitted", "admits", "acknowledged", "maintained", "noted", "recalled", "announced",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "president", "prime", "minister", "gen",
            "general", "pope", "king", "queen", "prince", "mayor", "khun", "mme", "mlle", "maître", "maitre", "kyria", "kyrios",
        ],
        StringComparer.Ordinal);

    // The titles a name key drops but for those that are names too ("Prince", "Queen", "General"), with two more;
    // declared after Titles, since static fields start in text order.
    private static readonly FrozenSet<string> PersonTitles = Titles
        .Except(["gen", "general", "king", "queen", "prince"])
        .Union(["representative", "chancellor"])
        .ToFrozenSet(StringComparer.Ordinal);

    // How far before a nickname its cue may start, in characters: "known in Ibadan business circles as" and the like.
    private const int NicknameCueReach = 120;

    // The names of stock exchanges that news writes before a company's code and a colon ("NYSE: F", "IDX: HSNI").
    private static readonly FrozenSet<string> StockExchanges = FrozenSet.ToFrozenSet(
        [
            "IDX", "NYSE", "NASDAQ", "Nasdaq", "LSE", "ASX", "TSX", "SGX", "HKEX", "KRX", "JSE", "NSE", "BSE", "SIX", "TSE", "TYO", "MSX",
            "ADX", "DFM", "QSE", "BHB",
        ],
        StringComparer.Ordinal);

    // Verbs that say a person leads the body after them ("has led the federation", "who heads the company").
    private static readonly FrozenSet<string> LeadingVerbs = FrozenSet.ToFrozenSet(
        ["led", "leads", "lead", "leading", "heads", "headed", "head", "heading", "chairs", "chaired", "chairing", "runs", "ran", "running"],
        StringComparer.Ordinal);

    // Courtesy titles and the sex they give: 'f' for a woman, 'm' for a man.
    private static readonly FrozenDictionary<string, char> CourtesyGenders = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["ms"] = 'f', ["mrs"] = 'f', ["miss"] = 'f', ["mme"] = 'f', ["mlle"] = 'f', ["madame"] = 'f', ["mr"] = 'm', ["monsieur"] = 'm',
        ["kyria"] = 'f', ["kyrios"] = 'm',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Titles a story writes before a person's name or in an apposition after it ("Legislator Lin", "Lin, the legislator,"),
    // by which it tells apart two people of one family name.
    private static readonly FrozenSet<string> NamesakeTitles = FrozenSet.ToFrozenSet(
        [
            "legislator", "lawmaker", "magistrate", "governor", "commissioner", "minister", "mayor", "senator", "premier", "councillor",
            "councilor", "president", "chairman", "chairwoman", "judge", "director", "secretary", "speaker", "brother", "sister",
            "comrade",
        ],
        StringComparer.Ordinal);

    // Public offices one person holds at a time in a story's world, which "the" and the office name alone.
    private static readonly FrozenSet<string> OfficeTitles = FrozenSet.ToFrozenSet(
        ["governor", "commissioner", "minister", "mayor", "senator", "premier", "chancellor", "councillor", "councilor", "president", "chairman", "chairwoman"],
        StringComparer.Ordinal);

    private static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsAcronym(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (c == ' ' || (char.IsLetter(c) && !char.IsUpper(c)))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters is >= 2 and <= 8;
    }

    // "LV" for "LibriVox": the capitals of a name written in camel case.
    private static string Capitals(string name) => new([.. name.Where(char.IsUpper)]);

    private static bool FollowsInParentheses(KnowledgeDocument document, Mention full, Mention acronym)
    {
        // "SAN FRANCISCO (AP) —": a dateline's agency in parentheses is the story's source, not the place's other name.
        var between = document.Text.AsSpan(full.Span.End, Math.Max(0, acronym.Span.Start - full.Span.End)).Trim();
        return between.SequenceEqual("(") && !InDateline(document, acronym.Span);
    }

    // "Regional Directorate for Environmental Protection in Opole": a body's name, "in" and a place's.
    private static bool IsBodysPlace(KnowledgeDocument document, Mention body, Mention place) =>
        body.Kind == EntityKind.Organization && body.Form == MentionForm.Name
        && (place.Kind == EntityKind.Location || (place.Kind == EntityKind.Organization && place.TokenCount == 1))
        && place.FirstToken == body.FirstToken + body.TokenCount + 1 && document.TokenText(place.FirstToken - 1) is "in" or "w";

    private static bool InDateline(KnowledgeDocument document, TextSpan span) =>
        document.Annotated.Layout.Any(l => l.Kind == LayoutKind.Dateline && l.Span.Contains(span));

    /// <summary>
    /// The union-find over a document's mentions: a set's root is its first mention, finds halve their paths, and each
    /// union that joins two sets records why, under the mention that joined.
    /// </summary>
    private sealed class MentionLinks
    {
        private readonly int[] _parent;

        public MentionLinks(int count) => _parent = Enumerable.Range(0, count).ToArray();

        public List<(int Mention, string Reason)> Reasons { get; } = [];

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int a, int b, string reason)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                Reasons.Add((b, reason));
            }
        }

        /// <summary>Returns each mention's root.</summary>
        public int[] Roots() => _parent.Select((_, i) => Find(i)).ToArray();
    }
}
