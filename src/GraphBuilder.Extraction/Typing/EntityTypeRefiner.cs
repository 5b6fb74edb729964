using System.Collections.Frozen;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Refines the recogniser's types beyond CoNLL's four: titles of films, books and programmes become
/// <see cref="EntityKind.Work"/>, named elections, summits, conventions and scandals become
/// <see cref="EntityKind.Event"/>, and nationality adjectives (<c>Russian</c>) stop being entities of their own.
/// </summary>
public sealed partial class EntityTypeRefiner : IExtractionStage
{
    private static readonly FrozenSet<string> WorkNouns = FrozenSet.ToFrozenSet(
        [
            "documentary", "film", "movie", "book", "novel", "memoir", "series", "show", "programme", "program", "album",
            "play", "song", "opera", "musical", "docuseries", "miniseries", "podcast", "report",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Prefixes that English writes before a hyphen: "Pan-democrat", "Anti-Brexit", "Post-war".
    private static readonly FrozenSet<string> WordPrefixes = FrozenSet.ToFrozenSet(
        [
            "Pan", "Anti", "Pro", "Neo", "Non", "Ex", "Post", "Pre", "Mid", "Trans", "Pseudo", "Quasi", "Semi", "Sub",
            "Ultra", "Counter", "Multi", "Inter", "Proto", "Para", "Co",
        ],
        StringComparer.Ordinal);

    // Nouns whose "of" names a work: "the author of Alice in Wonderland", "the composer of "Night Harbour"".
    private static readonly FrozenSet<string> AuthorNouns = FrozenSet.ToFrozenSet(
        ["author", "authors", "co-author", "writer", "writers", "composer", "lyricist", "screenwriter", "playwright"],
        StringComparer.OrdinalIgnoreCase);

    // The nouns after a broadcast's title: "the Straight Talk programme on Irawo FM".
    private static readonly FrozenSet<string> BroadcastNouns = FrozenSet.ToFrozenSet(
        ["show", "programme", "program", "podcast", "series", "documentary"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> WorkVerbs = FrozenSet.ToFrozenSet(
        ["premiered", "premieres", "premiere", "aired", "airs", "debuted", "debuts", "streams", "streamed", "screened"],
        StringComparer.OrdinalIgnoreCase);

    // Capitalised heads that make the name before them an organisation's or a newspaper's ("The Canadian Press").
    private static readonly FrozenSet<string> OrganizationHeads = InstitutionWords.BodyHeads
        .Concat(InstitutionWords.NewspaperHeads)
        .ToFrozenSet(StringComparer.Ordinal);

    // Nouns before a vessel's name ("the ferry Mya Nandar").
    private static readonly FrozenSet<string> VesselWords = FrozenSet.ToFrozenSet(
        ["ferry", "vessel", "ship", "boat", "steamer", "tanker", "barge", "freighter", "trawler", "tug", "dredger", "yacht"], StringComparer.Ordinal);

    // Titles only a person is addressed by ("Dr" also opens brands: "Dr Martens").
    private static readonly FrozenSet<string> CourtesyTitles = FrozenSet.ToFrozenSet(["Mr", "Mrs", "Ms", "Miss", "Mx", "Mme", "Mlle", "Me", "Maître"], StringComparer.Ordinal);

    // Capitalised words before a surname that are not given names: titles, ranks, days and months.
    private static readonly FrozenSet<string> NotGivenNames = FrozenSet.ToFrozenSet(
        [
            "President", "Senator", "Sen", "Rep", "Gov", "Governor", "Mayor", "Minister", "Prime", "Chancellor", "Pope",
            "King", "Queen", "Prince", "Princess", "General", "Gen", "Dr", "Mr", "Mrs", "Ms", "Judge", "Justice", "Coach",
            "Officer", "Detective", "Professor", "Prof", "Captain", "Capt", "Lt", "Sgt", "Col", "Chairman", "Chairwoman",
            "Secretary", "Director", "Chief", "Saint", "St", "Sir", "Dame", "Lord", "Lady", "Rev", "Father", "Sister",
            "Brother", "Bishop", "Cardinal", "Archbishop", "Rabbi", "Imam", "Sheikh", "Emperor", "Ambassador", "Speaker",
            "Commissioner", "Inspector", "Deputy", "Leader", "Premier", "Councillor", "Councilman", "Councilwoman", "Ombudsman",
            "Mme", "Mlle", "Maître", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "June", "July", "August", "September", "October", "November", "December",
        ],
        StringComparer.Ordinal);

    // Capitalised titles that end a role before a person's name ("Foreign Minister", "Shadow Home Secretary").
    private static readonly FrozenSet<string> LeadingRoles = FrozenSet.ToFrozenSet(
        [
            "Secretary", "Minister", "President", "Chancellor", "Governor", "Mayor", "Senator", "Chairman", "Chairwoman",
            "Director", "Commissioner", "Ambassador", "Speaker", "Premier", "Spokesman", "Spokeswoman", "Councillor",
            "Treasurer", "Comptroller", "Auditor", "Sheriff", "Prosecutor", "Ombudsman",
        ],
        StringComparer.Ordinal);

    // Time zones that news writes after a time ("2:00 p.m. CET").
    private static readonly FrozenSet<string> TimeZones = FrozenSet.ToFrozenSet(
        ["CET", "CEST", "GMT", "UTC", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AEST", "AEDT", "IST", "JST", "EET", "EEST", "SAST"],
        StringComparer.Ordinal);

    // Months and their abbreviations, which a day's number after them makes a date.
    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        ],
        StringComparer.Ordinal);

    // Acronyms of common nouns, which news writes in capitals without naming anything.
    private static readonly FrozenSet<string> CommonNounAcronyms = FrozenSet.ToFrozenSet(
        ["AI", "GDP", "IPO", "DNA", "VAT", "ETF", "LLM", "CEO", "CFO", "COO", "CTO", "TV"],
        StringComparer.Ordinal);

    // Departments that a company's officers head ("Director of Communications"), capitalised in job titles.
    private static readonly FrozenSet<string> Departments = FrozenSet.ToFrozenSet(
        [
            "Communications", "Marketing", "Sales", "Finance", "Operations", "Engineering", "Research", "Legal", "Policy",
            "Strategy", "Procurement", "Human", "Public", "Media", "Investor", "Corporate", "Product", "Technology", "Security",
            "Relations", "Affairs", "Resources", "Development",
        ],
        StringComparer.Ordinal);

    internal static readonly FrozenSet<string> TitleConnectors = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "in", "on", "a", "an", "for", "to", "&"],
        StringComparer.Ordinal);

    // Portfolios that news writes before "Minister" or "Secretary" ("Labour Minister Javiera Contreras", "Finance
    // Secretary"): a ministry's field, not a body (before "MP" the same word is a party's, "Labour MP").
    private static readonly FrozenSet<string> Portfolios = FrozenSet.ToFrozenSet(
        [
            "Labour", "Labor", "Finance", "Health", "Foreign", "Defence", "Defense", "Interior", "Education", "Justice", "Transport",
            "Environment", "Energy", "Trade", "Economy", "Agriculture", "Home", "Housing", "Culture", "Treasury", "Commerce",
            "Industry", "Employment", "Immigration", "Tourism", "Fisheries", "Mining", "Infrastructure",
        ],
        StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Name => "entity-typing";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public void Process(KnowledgeDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<Mention>(document.Entities.Count);
        var standalone = new Lazy<Dictionary<string, List<int>>>(() => StandaloneWords(document));
        var personStarts = new Lazy<HashSet<int>>(() => [.. document.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.FirstToken)]);
        var pluralSubjects = new Lazy<HashSet<string>>(() => PluralSubjects(document));
        var eponyms = new Lazy<HashSet<string>>(() => Eponyms(document));
        var casings = new Lazy<WordCasings>(() => WordCasings.Of(document));
        var personEnds = new Lazy<HashSet<int>>(() => [.. document.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.EndToken)]);
        var repaired = document.Entities
            .SelectMany(m => SplitAtLowercase(document, m))
            .SelectMany(m => SplitPossessingPlace(document, m))
            .SelectMany(m => TrimConnectors(document, m))
            .SelectMany(m => SplitAtInstitutions(document, m))
            .SelectMany(m => SplitTrailingCountry(document, m))
            .SelectMany(m => SplitAtMemberTitle(document, m))
            .SelectMany(m => WithoutLeadingMemberLetters(document, m))
            .SelectMany(m => SplitPersonTail(document, m, standalone))
            .SelectMany(m => SplitCountryTail(document, m))
            .SelectMany(m => WithoutHonorific(document, m))
            .Select(m => WithoutLeadingRole(document, m))
            .Select(m => WithoutTrailingRole(document, m))
            .SelectMany(m => WithoutModelCode(document, m))
            .Select(m => WithoutLeadingMemberTitle(document, m))
            .Select(m => WithLeadingParticles(document, m))
            .Select(m => WithoutLeadingInterjection(document, m))
            .Select(m => WithOrganizationHead(document, m))
            .Select(m => WithGivenName(document, m))
            .Select(m => AsNamedStorm(document, m))
            .Select(m => AsEastAsianPerson(document, m))
            .Select(m => AsHungarianPerson(document, m))
            .Select(m => AsBurmeseOrEthiopianPerson(document, m))
            .Select(m => AsLakeOrMountain(document, m))
            .Select(m => AsPolishBody(document, m))
            .Select(m => AsNameByItsWords(document, m))
            .Select(m => AsDivision(document, m))
            .Select(m => AsVessel(document, m))
            .Select(m => AsSonsName(document, m))
            .Select(m => AsBody(document, m))
            .Select(m => AsPartyBeforeMember(document, m))
            .Select(m => AsOppositionParty(document, m))
            .Select(m => AsTeam(document, m))
            .Select(m => AsBodyOfPluralVerb(document, m, pluralSubjects))
            .Select(m => AsBrand(document, m))
            .Select(m => AsAddressedPerson(document, m))
            .Select(m => AsHolderOfABodysPost(document, m))
            .Select(m => AsCompanyWithOfficers(document, m))
            .Select(m => AsShareOwned(document, m))
            .Select(m => DescribedPlaces.AsPlace(document, m))
            .ToList();
        DescribedPlaces.SpreadDescribed(document, repaired);
        AsIcelandicGivenNames(document, repaired);

        // The head a name took in ("Board" of "Teifi Valley Health Board", read on its own) is no mention of its own.
        repaired.RemoveAll(m => m.TokenCount == 1
            && OrganizationHeads.Contains(document.TokenText(m.FirstToken))
            && repaired.Any(o => o.TokenCount > 1 && o.EndToken == m.EndToken && o.FirstToken < m.FirstToken));
        MissedNames.CutAtSemicolons(document, repaired);
        MissedNames.CutBeforeSurnamesPossessive(document, repaired);
        MissedNames.DropFrequencyBands(document, repaired);
        MissedNames.AddCreditedPeople(document, repaired);
        MissedNames.CompleteEastAsianNames(document, repaired);
        MissedNames.CompleteYuans(document, repaired);
        MissedNames.CompleteBroadcasters(document, repaired);
        MissedNames.JoinOverInnerNicknames(document, repaired);
        MissedNames.JoinSplit(document, repaired);
        MissedNames.ExtendToWholeNames(document, repaired);
        MissedNames.ExtendOverTrailingHead(document, repaired);
        MissedNames.ExtendOverCapitalizedWord(document, repaired);
        MissedNames.ExtendOverShoutedSurname(document, repaired);
        MissedNames.JoinOverConjunction(document, repaired);
        MissedNames.JoinListedMembers(document, repaired);
        MissedNames.JoinTurkishNames(document, repaired);
        MissedNames.JoinHungarianBodies(document, repaired);
        MissedNames.JoinPolishBodyPlaces(document, repaired);
        MissedNames.ExtendOverMembersOf(document, repaired);
        MissedNames.ExtendOverField(document, repaired);
        MissedNames.JoinVietnameseNames(document, repaired);
        MissedNames.JoinVietnameseSyllables(document, repaired);
        MissedNames.JoinJointStockNames(document, repaired);
        MissedNames.JoinWatersOf(document, repaired);
        MissedNames.JoinBodiesOfCountries(document, repaired);
        MissedNames.ExtendOverLegalForm(document, repaired);
        MissedNames.ExtendToItsAcronym(document, repaired);
        MissedNames.CityBeforeItsOffice(document, repaired);
        MissedNames.PlaceBeforeGovernment(document, repaired);
        MissedNames.MunicipalityOfPlace(document, repaired);
        MissedNames.ClericsNames(document, repaired);
        MissedNames.JoinParticledSurnames(document, repaired);
        MissedNames.JoinOverRomanceParticles(document, repaired);
        MissedNames.JoinArabicPatronymics(document, repaired);
        MissedNames.JoinArabicPlaceNames(document, repaired);
        MissedNames.JoinPossessiveHeads(document, repaired);
        MissedNames.AddBurmeseNames(document, repaired);
        foreach (var mention in repaired)
        {
            var text = document.Slice(mention.Span);
            if (IsInterjection(document, mention, text)
                || IsCurrency(text)
                || IsCurrencyBeforeSign(document, mention, text)
                || IsHashtag(document, mention)
                || IsPostNominal(document, mention, text, personEnds)
                || IsWordPrefix(document, mention, text)
                || IsCommonNounAcronym(mention, text)
                || IsCreditGrade(text)
                || IsCurrencyCode(document, mention, text)
                || IsPortfolio(document, mention, text)
                || IsLegalForm(text)
                || IsPeopleOfANamedPlace(document, mention, text)
                || IsTimeZone(document, mention, text)
                || IsDateWord(document, mention, text)
                || IsEponymOfADisease(document, mention, text, eponyms)
                || IsCapitalizedCommonNoun(document, mention, text, casings)
                || IsLoneInitial(document, mention, text)
                || IsDepartment(document, mention)
                || IsTitleBeforeOf(document, mention))
            {
                continue;
            }

            if (mention.Kind is EntityKind.Other or EntityKind.Location
                && mention.TokenCount <= 2
                && Demonyms.TryGetPlace(text, out var place)
                && !IsNounUse(document, mention))
            {
                // "Russian President Vladimir Putin", "US filmmaker Oliver Stone": the adjective stands for the place
                // and carries a relation; anywhere else it is not an entity.
                if (PrecedesRoleAndPerson(document, mention, personStarts.Value) || PrecedesCitizen(document, mention))
                {
                    mentions.Add(mention with { Kind = EntityKind.Location, Form = MentionForm.Nominal, Name = place });
                }

                continue;
            }

            if (IsStateAfterCity(document, mention, text, out var state))
            {
                mentions.Add(mention with { Kind = EntityKind.Location, Name = state });
                continue;
            }

            mentions.Add(mention.Kind is not EntityKind.Person && CountryNames.TryGetCountry(text, out var country)
                ? mention with { Kind = EntityKind.Location, Name = country }
                : RefineEvent(document, mention));
        }

        foreach (var work in FindWorks(document, mentions))
        {
            mentions.RemoveAll(m => m.Span.Overlaps(work.Span));
            mentions.Add(work);
        }

        SpreadProgrammeTitles(document, mentions);

        WithEditionYear(document, mentions);
        MissedNames.AddInstitutions(document, mentions);
        MissedNames.AddBodies(document, mentions);
        MissedNames.AddMembersBodies(document, mentions);
        MissedNames.AddEvents(document, mentions);
        MissedNames.AddLeakedDocuments(document, mentions);
        MissedNames.AddProgrammes(document, mentions);
        MissedNames.AddCompanies(document, mentions);
        MissedNames.AddParties(document, mentions);
        MissedNames.AddBases(document, mentions);
        MissedNames.AddOccasions(document, mentions);
        MissedNames.AddBrands(document, mentions);
        MissedNames.NamePublisher(document, mentions);
        DatelinePlaces.Complete(document, mentions);
        CreditNames.Recase(document, mentions);
        SpeakerLabels.Add(document, mentions);
        KoreaByContext(document, mentions);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        ListedNames.AgreeKinds(document, mentions);

        // A board the steps above joined back together ("Board" and "of Directors") is still the company's own, and the
        // board of a body named after it ("The Board of Directors of the Kipsigis Highlands … Society Ltd") is the body.
        mentions.RemoveAll(m => IsCompanysOrgan(document.Slice(m.Span)));
        for (var i = 0; i < mentions.Count; i++)
        {
            if (OrganOfNamedBody(document, mentions[i]) is var body and > 0)
            {
                var span = new TextSpan(document.Tokens[body].Span.Start, mentions[i].Span.End);
                mentions[i] = mentions[i] with { Span = span, FirstToken = body, TokenCount = mentions[i].EndToken - body, Name = null };
            }
        }

        WithoutOverlaps(mentions);
        document.SetEntities(mentions);
    }

    // The rules above each keep their mentions apart; where two of them still cross ("National Assembly's Committee"
    // and "Committee for Science"), the later stages would read the text between them backwards, so the shorter of two
    // crossing mentions goes (the earlier on a tie).
    private static void WithoutOverlaps(List<Mention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var (before, mention) = (mentions[i - 1], mentions[i]);
            if (before.Span.End <= mention.Span.Start)
            {
                continue;
            }

            mentions.RemoveAt(before.Span.Length > mention.Span.Length ? i : i - 1);
            i--;
        }
    }

    private static void KoreaByContext(KnowledgeDocument document, List<Mention> mentions)
    {
        // "South Korea ... Korea substituted Park": "Korea" alone is South Korea in an article that names South Korea
        // and not North Korea. News never calls the North just "Korea", and an article about both keeps it as written.
        var places = mentions
            .Where(m => m.Kind == EntityKind.Location)
            .Select(m => m.Name ?? document.Slice(m.Span))
            .Select(name => CountryNames.TryGetCountry(name, out var country) ? country : name)
            .ToHashSet(StringComparer.Ordinal);
        if (!places.Contains("South Korea") || places.Contains("North Korea"))
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is { Kind: EntityKind.Location, Name: null } && document.Slice(mentions[i].Span) == "Korea")
            {
                mentions[i] = mentions[i] with { Name = "South Korea" };
            }
        }
    }

    private static void WithEditionYear(KnowledgeDocument document, List<Mention> mentions)
    {
        // "the 2002 World Cup", "the 2012 Summer Paralympics": a year before an event's name says which edition it is,
        // and each edition is an event of its own.
        var coverage = new TokenCoverage(document.Tokens.Count, mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is not (EntityKind.Event or EntityKind.Other))
            {
                continue;
            }

            var first = mention.FirstToken;
            var sentenceStart = document.Sentences[document.SentenceOf(first)].FirstToken;
            if (first - 1 > sentenceStart && document.TokenText(first - 1) is "Summer" or "Winter" && coverage.IsFree(first - 1, first))
            {
                first--;
            }

            if (first - 1 < sentenceStart
                || !coverage.IsFree(first - 1, first)
                || document.TokenText(first - 1) is not { Length: 4 } year
                || !int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                || value is < 1800 or > 2099
                || (mention.Kind == EntityKind.Other && document.TokenText(mention.EndToken - 1) is var last
                    && !EventHeads.IsHead(last) && last != "Paralympics"))
            {
                continue;
            }

            first--;
            mentions[i] = mention with
            {
                Span = new TextSpan(document.Tokens[first].Span.Start, mention.Span.End),
                FirstToken = first,
                TokenCount = mention.EndToken - first,
                Kind = EntityKind.Event,
            };
        }
    }

    // "ASTORIA, Ore.", "Albany, N.Y.": after a city and a comma, an agency's abbreviation names the state.
    private static bool IsStateAfterCity(KnowledgeDocument document, Mention mention, string text, out string state)
    {
        state = string.Empty;
        return mention.Kind is not EntityKind.Person
            && mention.Span.Start >= 2
            && document.Text[mention.Span.Start - 2] == ','
            && StateAbbreviations.TryGetState(text, out state);
    }

    // "#IStandWithAhmed": a hashtag names a topic, not a person, a place or a body.
    private static bool IsHashtag(KnowledgeDocument document, Mention mention) =>
        mention.Span.Start > 0 && document.Text[mention.Span.Start - 1] == '#';

    // "Pan-democrat Gary Fan", "Anti-Brexit", "Neo-Nazi": a prefix written with a capital and a hyphen is part of a word,
    // not a name ("Pan" had been an organisation). Only the prefix on its own: "Neo Democrats" is a party.
    private static bool IsWordPrefix(KnowledgeDocument document, Mention mention, string text) =>
        mention.TokenCount == 1
        && WordPrefixes.Contains(text)
        && mention.Span.End + 1 < document.Text.Length
        && document.Text[mention.Span.End] == '-'
        && char.IsLetter(document.Text[mention.Span.End + 1]);

    // "31 per cent of Nova Scotians", "Albertans will vote": the people of a place the article names ("Nova Scotia" in
    // "the Progressive Alliance of Nova Scotia") are no place, and no entity.
    private static bool IsPeopleOfANamedPlace(KnowledgeDocument document, Mention mention, string text)
    {
        if (mention.Kind is not (EntityKind.Location or EntityKind.Other) || mention.Form != MentionForm.Name || !text.EndsWith("ans", StringComparison.Ordinal))
        {
            return false;
        }

        var place = text[..^2];
        for (var at = document.Text.IndexOf(place, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(place, at + 1, StringComparison.Ordinal))
        {
            var end = at + place.Length;
            if ((end >= document.Text.Length || !char.IsLetter(document.Text[end])) && (at == 0 || !char.IsLetter(document.Text[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "The Board of Directors has appointed …": a company's own board is a part of the company, named the same in every
    // company, not a body of its own.
    private static bool IsCompanysOrgan(string text) =>
        (text.StartsWith("The ", StringComparison.Ordinal) ? text[4..] : text) is "Board of Directors" or "Board of Trustees" or "Board of Governors" or "Board of Management" or "Supervisory Board"
            or "Management Board" or "Executive Board" or "Executive Committee";

    // The first token of the body's name in "Board of Directors of the X" (X of two words or more), zero otherwise.
    private static int OrganOfNamedBody(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind != EntityKind.Organization)
        {
            return 0;
        }

        for (var t = mention.FirstToken + 1; t < mention.EndToken - 2; t++)
        {
            if (document.TokenText(t) != "of" || t - mention.FirstToken > 4)
            {
                continue;
            }

            // A committee is often a body of its own ("the Executive Committee of the Democratic Party"); a board is not.
            var organ = document.Text[document.Tokens[mention.FirstToken].Span.Start..document.Tokens[t - 1].Span.End];
            if (!IsCompanysOrgan(organ) || !organ.Contains("Board", StringComparison.Ordinal))
            {
                continue;
            }

            var body = document.TokenText(t + 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? t + 2 : t + 1;
            return mention.EndToken - body >= 2 && IsCapitalized(document.TokenText(body)) ? body : 0;
        }

        return 0;
    }

    // "the Cabinet Secretary for Co-operatives and MSMEs Development": capitalised portfolios joined by "and" or commas
    // after a minister's "for".
    private static bool AfterAMinistersFor(KnowledgeDocument document, int first)
    {
        for (var t = first - 1; t >= 1 && first - t <= 6; t--)
        {
            var word = document.TokenText(t);
            if (word == "for")
            {
                // "Taegang's Executive Director for Yard Safety": an officer's remit, as a minister's.
                return document.TokenText(t - 1) is "Secretary" or "Minister" or "Director" or "Officer" or "Manager" or "Coordinator";
            }

            if (word is not ("and" or ",") && !IsCapitalized(word))
            {
                return false;
            }
        }

        return false;
    }

    // "LTD" read alone from a letterhead in capitals: a company's legal form is no name.
    private static bool IsLegalForm(string text) =>
        text.TrimEnd('.').ToUpperInvariant() is "LTD" or "LIMITED" or "INC" or "PLC" or "LLP" or "LLC" or "CORP" or "GMBH";

    // "Labour Minister", any portfolio before "Cabinet Secretary", Kenya's title for a minister ("Co-operatives and
    // MSMEs Development Cabinet Secretary Rose Ouma"), and the portfolio after "Secretary for" or "Minister for".
    private static bool IsPortfolio(KnowledgeDocument document, Mention mention, string text) =>
        (mention.Kind != EntityKind.Location && AfterAMinistersFor(document, mention.FirstToken))
        || (mention.Kind != EntityKind.Person && mention.EndToken + 1 < document.Tokens.Count
            && ((document.TokenText(mention.EndToken) == "Cabinet" && document.TokenText(mention.EndToken + 1) == "Secretary")
                || (document.TokenText(mention.EndToken - 1) == "Cabinet" && document.TokenText(mention.EndToken) == "Secretary")))
        || (mention is { Kind: not EntityKind.Person, TokenCount: 1 }
        && Portfolios.Contains(text)
        && mention.EndToken < document.Tokens.Count
        && document.TokenText(mention.EndToken) is "Minister" or "minister" or "Secretary" or "secretary" or "Ministry" or "ministry");

    /// <summary>Tells whether a word is a ministry's field ("Environment", "Health"), which a body's "of" name may end in.</summary>
    /// <param name="word">The word, as written.</param>
    /// <returns><see langword="true"/> for a portfolio.</returns>
    internal static bool IsPortfolioWord(string word) => Portfolios.Contains(word);

    // "cut the utility's rating to BB-", "upgraded to A+": a credit rating's grade, not a body.
    // "RO 180,000", "QR 2 million", "AED 40m": the Gulf's currencies written by their letters before an amount.
    private static bool IsCurrencyCode(KnowledgeDocument document, Mention mention, string text) =>
        text is "RO" or "OMR" or "QR" or "QAR" or "SR" or "SAR" or "AED" or "BD" or "BHD" or "KD" or "KWD"
        && mention.EndToken < document.Tokens.Count && document.TokenText(mention.EndToken) is [var digit, ..] && char.IsAsciiDigit(digit);

    private static bool IsCreditGrade(string text) =>
        text.Length is >= 2 and <= 4
        && text[^1] is '+' or '-' or '\u2212'
        && text[..^1] is "AAA" or "AA" or "A" or "BBB" or "BB" or "B" or "CCC" or "CC" or "C";

    // "2:00 p.m. CET", "at 9am GMT": a time zone after a time.
    private static bool IsTimeZone(KnowledgeDocument document, Mention mention, string text) =>
        TimeZones.Contains(text)
        && mention.FirstToken > 0
        && EndsInATime(document.Text.AsSpan(0, mention.Span.Start).TrimEnd());

    // "2:00 p.m.", "9am", "14:00", "noon" right before.
    private static bool EndsInATime(ReadOnlySpan<char> before) =>
        before.EndsWith("a.m.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("p.m.", StringComparison.OrdinalIgnoreCase)
        || before.EndsWith("noon", StringComparison.OrdinalIgnoreCase) || before.EndsWith("midnight", StringComparison.OrdinalIgnoreCase)
        || (before.Length >= 2 && char.IsAsciiDigit(before[^1]))
        || (before.Length >= 3 && char.IsAsciiDigit(before[^3]) && (before.EndsWith("am", StringComparison.OrdinalIgnoreCase) || before.EndsWith("pm", StringComparison.OrdinalIgnoreCase)));

    // "Mar 3, 2027", "Sept. 28": a month before the day's number is a date, not a name.
    private static bool IsDateWord(KnowledgeDocument document, Mention mention, string text) =>
        mention.TokenCount <= 2
        && Months.Contains(text.TrimEnd('.'))
        && mention.EndToken < document.Tokens.Count
        && document.TokenText(mention.EndToken) is { Length: 1 or 2 } day
        && day.All(char.IsAsciiDigit);

    // "Alzheimer's disease", then "Alzheimer's drug": a name that the article writes before "'s disease" or "'s
    // syndrome" is the disease's, not a person, wherever it stands with "'s".
    private static bool IsEponymOfADisease(KnowledgeDocument document, Mention mention, string text, Lazy<HashSet<string>> eponyms) =>
        mention.TokenCount == 1
        && mention.EndToken < document.Tokens.Count
        && document.TokenText(mention.EndToken) is "'s" or "\u2019s"
        && eponyms.Value.Contains(text);

    // "Seawall contractor's boss charged with bribing council manager": a one-word name that opens its sentence (a
    // headline's first word) is a common noun when the article writes the word in lower case inside a sentence and
    // never capitalised there.
    private static bool IsCapitalizedCommonNoun(KnowledgeDocument document, Mention mention, string text, Lazy<WordCasings> casings) =>
        mention.TokenCount == 1
        && mention.FirstToken == document.Sentences[document.SentenceOf(mention.FirstToken)].FirstToken
        && text.Length > 1
        && char.IsUpper(text[0])
        && text.Skip(1).All(char.IsLower)
        && casings.Value.IsCommonNoun(text);

    private static HashSet<string> Eponyms(KnowledgeDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t + 2 < document.Tokens.Count; t++)
        {
            if (document.TokenText(t + 1) is "'s" or "\u2019s" && document.TokenText(t + 2) is "disease" or "syndrome" && IsCapitalized(document.TokenText(t)))
            {
                names.Add(document.TokenText(t));
            }
        }

        return names;
    }

    // "E. coli", "S. aureus": an initial before a word in lower case abbreviates a genus, not anyone's given name.
    private static bool IsLoneInitial(KnowledgeDocument document, Mention mention, string text) =>
        mention.TokenCount <= 2
        && text.Length == 2
        && char.IsUpper(text[0])
        && text[1] == '.'
        && mention.EndToken < document.Tokens.Count
        && document.TokenText(mention.EndToken) is { Length: > 1 } next
        && char.IsLower(next[0]);

    // "Sofie Berg, Head of Communications": a department after a title's "of" is part of the job, not a body of its own
    // that the person would lead.
    private static bool IsDepartment(KnowledgeDocument document, Mention mention) =>
        mention.Kind != EntityKind.Person
        && mention.FirstToken >= 2
        && document.TokenText(mention.FirstToken - 1) == "of"
        && RoleWords.LeaderTitles.Contains(document.TokenText(mention.FirstToken - 2).ToLowerInvariant())
        && document.Slice(mention.Span).Split('\n')[0].Split(' ').All(Departments.Contains);

    // "Sofie Berg, Head of Communications": a head's title before "of", read as a name of its own.
    private static bool IsTitleBeforeOf(KnowledgeDocument document, Mention mention) =>
        mention.TokenCount == 1
        && mention.EndToken < document.Tokens.Count
        && document.TokenText(mention.EndToken) == "of"
        && RoleWords.LeaderTitles.Contains(document.TokenText(mention.FirstToken).ToLowerInvariant());

    // "AI Startup", "AI companies", "the IPO": letters that stand for a common noun name no body, place or thing.
    private static bool IsCommonNounAcronym(Mention mention, string text) =>
        mention.Kind != EntityKind.Person && CommonNounAcronyms.Contains(text);

    // "US$ 20,000", "HK$", "A$": a currency's sign is part of an amount, not a name; its letters would make it the
    // country's name ("US$" and "U.S." share the anchor "us").
    private static bool IsCurrency(string text) =>
        text.Length is >= 2 and <= 4 && text[^1] == '$' && text[..^1].All(char.IsAsciiLetterUpper);

    // "NZ $ 26 million", "US $20": the same currency with its letters apart from the sign.
    private static bool IsCurrencyBeforeSign(KnowledgeDocument document, Mention mention, string text)
    {
        var next = mention.Span.End;
        if (text.Length is < 1 or > 3 || !text.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        next += next < document.Text.Length && document.Text[next] == ' ' ? 1 : 0;
        if (next >= document.Text.Length || document.Text[next] != '$')
        {
            return false;
        }

        next++;
        next += next < document.Text.Length && document.Text[next] == ' ' ? 1 : 0;
        return next < document.Text.Length && char.IsAsciiDigit(document.Text[next]);
    }

    private static bool IsPostNominal(KnowledgeDocument document, Mention mention, string text, Lazy<HashSet<int>> personEnds)
    {
        // "Tom Barr, SC, said", "Ann Lee QC": a rank's or an honour's letters right after a person's name are the
        // person's, not an organisation that would employ them.
        if (mention.TokenCount != 1 || mention.Kind == EntityKind.Person || !PostNominals.Contains(text))
        {
            return false;
        }

        var before = mention.FirstToken - (mention.FirstToken > 0 && document.TokenText(mention.FirstToken - 1) == "," ? 1 : 0);
        return before > 0 && personEnds.Value.Contains(before);
    }

    private static bool IsInterjection(KnowledgeDocument document, Mention mention, string text)
    {
        // "Oh, I see", "Wow.", "OK, so": a word the tagger reads as an interjection, or one of the usual ones, is no name.
        return mention.TokenCount == 1
            && (Interjections.Contains(text) || document.PartsOfSpeech is { } tags && tags[mention.FirstToken] == "INTJ");
    }

    private static IEnumerable<Mention> SplitAtLowercase(KnowledgeDocument document, Mention mention)
    {
        // The recogniser sometimes runs a name on over lower-case words: "Northwind Energy chief executive Tomas
        // Reyes" is an organisation, a role and a person; "Northwind Energy wants" is a name and a verb.
        var start = mention.FirstToken;
        var pieces = new List<(int First, int End)>();
        for (var t = mention.FirstToken; t < mention.EndToken; t++)
        {
            var word = document.TokenText(t);
            if (char.IsLower(word[0])
                && !TitleConnectors.Contains(word)
                && !ContinuesHyphenatedWord(document, t, mention.FirstToken)
                && !NameParticles.Contains(word))
            {
                if (t > start)
                {
                    pieces.Add((start, t));
                }

                start = t + 1;
            }
        }

        if (start == mention.FirstToken)
        {
            yield return mention;
            yield break;
        }

        if (start < mention.EndToken)
        {
            pieces.Add((start, mention.EndToken));
        }

        for (var p = 0; p < pieces.Count; p++)
        {
            var (first, end) = pieces[p];
            var role = p > 0
                ? string.Join(' ', Enumerable.Range(pieces[p - 1].End, first - pieces[p - 1].End).Select(document.TokenText)).ToLowerInvariant()
                : string.Empty;
            var kind = p > 0 && (RoleWords.LeaderTitles.Contains(role) || RoleWords.Jobs.Contains(role) || RoleWords.Occupations.Contains(role))
                ? EntityKind.Person
                : mention.Kind;
            var span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
            yield return mention with { Span = span, FirstToken = first, TokenCount = end - first, Kind = kind, Confidence = mention.Confidence * 0.9 };
        }
    }

    private static IEnumerable<Mention> SplitPossessingPlace(KnowledgeDocument document, Mention mention)
    {
        // "Pará's Secretaria de Estado de Meio Ambiente": the place whose body it is, with its possessive, is no part of
        // a Spanish or Portuguese body's name, which never opens so.
        var t = mention.FirstToken + 1;
        if (mention.Kind is not (EntityKind.Organization or EntityKind.Other) || mention.TokenCount < 3
            || document.TokenText(t) is not ("'s" or "\u2019s") || !RomanceNameHeads.IsBodyHead(document.TokenText(t + 1)))
        {
            yield return mention;
            yield break;
        }

        yield return mention with { Span = document.Tokens[mention.FirstToken].Span, TokenCount = 1, Kind = EntityKind.Location };
        yield return mention with
        {
            Span = new TextSpan(document.Tokens[t + 1].Span.Start, mention.Span.End),
            FirstToken = t + 1,
            TokenCount = mention.EndToken - (t + 1),
        };
    }

    private static IEnumerable<Mention> TrimConnectors(KnowledgeDocument document, Mention mention)
    {
        // "Bos and colleagues": a name neither starts nor ends with a lower-case "and", "of" or "the", nor, once a verb
        // the recogniser ran on over is cut off, with the comma before it ("Aldous Petroleum, saying").
        var first = mention.FirstToken;
        var end = mention.EndToken;
        while (first < end && IsLowercaseConnector(document.TokenText(first)))
        {
            first++;
        }

        // Nor with the opening quotation mark the recogniser ran on into ("praised Sahyadri Retail for "building …").
        while (end > first && (IsLowercaseConnector(document.TokenText(end - 1)) || document.TokenText(end - 1) is "," or ";" or ":" or "\"" or "“"))
        {
            end--;
        }

        if (first == mention.FirstToken && end == mention.EndToken)
        {
            yield return mention;
        }
        else if (end > first)
        {
            var span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
            yield return mention with { Span = span, FirstToken = first, TokenCount = end - first };
        }
    }

    private static Mention WithoutLeadingInterjection(KnowledgeDocument document, Mention mention)
    {
        // "Hey John, come here": the recogniser runs a name on from the interjection that calls the person. "No. Dawit
        // made that decision": an answer's "No." is taken for the abbreviation of a number, which keeps the sentence open.
        var first = mention.FirstToken;
        var answer = document.TokenText(first) is "No." or "Yes." ? 1
            : mention.TokenCount >= 3 && document.TokenText(first) is "No" or "Yes" && document.TokenText(first + 1) == "." ? 2
            : 0;
        var skip = answer > 0 ? answer : Interjections.Contains(document.TokenText(first)) ? 1 : 0;
        return skip > 0 && mention.TokenCount > skip && IsCapitalized(document.TokenText(first + skip))
            ? Piece(document, mention, first + skip, mention.EndToken)
            : mention;
    }

    private static Mention WithLeadingParticles(KnowledgeDocument document, Mention mention)
    {
        // "Mr. van der Berg" read as "der Berg": the particles before a person's name begin the surname.
        if (mention.Kind != EntityKind.Person)
        {
            return mention;
        }

        var first = mention.FirstToken;
        while (first > 0
            && mention.FirstToken - first < 3
            && NameParticles.Contains(document.TokenText(first - 1))
            && document.TokenText(first - 1) != "y"
            && document.SentenceOf(first - 1) == document.SentenceOf(mention.FirstToken))
        {
            first--;
        }

        return first == mention.FirstToken ? mention : Piece(document, mention, first, mention.EndToken);
    }

    private static Mention WithoutTrailingRole(KnowledgeDocument document, Mention mention)
    {
        // "Aldous Petroleum CEO Steps Down", "the Labour MP for Leith", "Fianna Fáil TD": a role after a body's name is the
        // role, not part of the name.
        if (mention.Kind != EntityKind.Organization
            || mention.TokenCount < 2
            || !(document.TokenText(mention.EndToken - 1) is "CEO" or "CFO" or "COO" or "CTO" or "Chairman" or "Chairwoman" or "Spokesman" or "Spokeswoman" or "Boss"
                || MemberTitles.IsLetters(document.TokenText(mention.EndToken - 1))))
        {
            return mention;
        }

        var piece = Piece(document, mention, mention.FirstToken, mention.EndToken - 1);
        return IsMembersOwnName(document, mention) ? piece with { Kind = EntityKind.Person } : piece;
    }

    private static bool IsMembersOwnName(KnowledgeDocument document, Mention mention)
    {
        // "Dafydd Morgan MS: Will the Cabinet Secretary ...", "Conor Brady TD said": a member's letters closing a speaker's
        // label or a sentence's subject follow the member's own name; a party's name takes them before a member's name or
        // after an article ("the Labour MP for Leith", "A Fianna Fáil TD said").
        var next = mention.EndToken;
        var previous = mention.FirstToken - 1;
        return mention.TokenCount >= 3
            && MemberTitles.IsLetters(document.TokenText(mention.EndToken - 1))
            && next < document.Tokens.Count
            && document.TokenText(next) is ":" or "," or "said" or "says" or "asked" or "told"
            && (previous < 0 || document.SentenceOf(previous) != document.SentenceOf(mention.FirstToken)
                || document.TokenText(previous) is not ("the" or "The" or "a" or "A" or "an" or "An" or "'s" or "’s"));
    }

    private static IEnumerable<Mention> WithoutModelCode(KnowledgeDocument document, Mention mention)
    {
        // "a Norvik Aerospace NR-90", "the NR-90": the letters of a model's code (two or three capitals, a hyphen and a
        // number) name an aircraft or a machine, not a body; a maker's name before them is still the maker's. ("NY-14", a
        // district read as a place, is left alone.)
        var last = document.TokenText(mention.EndToken - 1);
        var end = mention.Span.End;
        if (mention.Kind is not (EntityKind.Organization or EntityKind.Other)
            || last.Length is < 2 or > 3
            || !last.All(char.IsAsciiLetterUpper)
            || end + 1 >= document.Text.Length
            || document.Text[end] != '-'
            || !char.IsAsciiDigit(document.Text[end + 1]))
        {
            return [mention];
        }

        return mention.TokenCount == 1 ? [] : [Piece(document, mention, mention.FirstToken, mention.EndToken - 1)];
    }

    private static IEnumerable<Mention> WithoutHonorific(KnowledgeDocument document, Mention mention)
    {
        // "Atty. Bacalso met ...", "Konsehal Enzo Abellanosa": a title of address is no name, and the capitalised words
        // it opens are a person's; inside a name ("Visayas Atty. Rosalinda Mercado") the words before it are what the
        // person is.
        var first = mention.FirstToken;
        var end = mention.EndToken;
        var title = first;
        while (title < end && !IsHonorific(document, title))
        {
            title++;
        }

        if (title < end - 1 || (title == first && title < end))
        {
            first = title;
            while (first < end && (IsHonorific(document, first) || (first > title && document.TokenText(first) == ".")))
            {
                first++;
            }

            var kind = mention.Kind == EntityKind.Location && title == mention.FirstToken ? EntityKind.Location : EntityKind.Person;
            return first < end && IsCapitalized(document.TokenText(first)) ? [Piece(document, mention, first, end) with { Kind = kind }] : [];
        }

        first = mention.FirstToken;

        // "the Deputy Ombudsman for the Visayas Atty. Rosalinda Mercado" read with "Visayas Atty." as a person: a title
        // of address closes no name, and the words before it are what the person is, not who.
        while (end > first)
        {
            if (IsHonorific(document, end - 1))
            {
                end--;
            }
            else if (end - 2 > first && document.TokenText(end - 1) == "." && IsHonorific(document, end - 2))
            {
                end -= 2;
            }
            else
            {
                break;
            }
        }

        if (end == mention.EndToken || mention.EndToken >= document.Tokens.Count || !IsCapitalized(document.TokenText(mention.EndToken)))
        {
            return [mention];
        }

        return end > first && mention.Kind != EntityKind.Person ? [Piece(document, mention, first, end)] : [];
    }

    // The word after a title is read up to the next space, as the tokens of "Pong-ju" stop at its hyphen.
    private static bool IsHonorific(KnowledgeDocument document, int token)
    {
        if (token + 1 >= document.Tokens.Count)
        {
            return Honorifics.Opens(document.TokenText(token), null);
        }

        var start = document.Tokens[token + 1].Span.Start;
        var end = document.Text.AsSpan(start).IndexOfAny(' ', '\n', '\t');
        return Honorifics.Opens(document.TokenText(token), end < 0 ? document.Text[start..] : document.Text.Substring(start, end));
    }

    private static Mention WithoutLeadingMemberTitle(KnowledgeDocument document, Mention mention) =>
        // "Fine Gael TD Simon Harris" read with "TD Simon" as a name: a member's letters are the title before the name.
        mention.Kind == EntityKind.Person && mention.TokenCount >= 2 && MemberTitles.IsLetters(document.TokenText(mention.FirstToken))
            ? Piece(document, mention, mention.FirstToken + 1, mention.EndToken)
            : mention;

    private static Mention AsPartyBeforeMember(KnowledgeDocument document, Mention mention)
    {
        // "Fianna Fáil TD Conor Brady", "Sinn Féin MEP Lynn Boylan": a name read as a person's right before a member's
        // title and another person's name is the member's party. A place there is the seat ("Leith MP"), and stays one.
        var title = mention.EndToken;
        if (mention.Kind != EntityKind.Person || title + 2 >= document.Tokens.Count || !MemberTitles.Contains(document.TokenText(title))
            || document.SentenceOf(title + 2) != document.SentenceOf(mention.FirstToken))
        {
            return mention;
        }

        // A given name and a surname after the title.
        return IsCapitalized(document.TokenText(title + 1)) && IsCapitalized(document.TokenText(title + 2))
            ? mention with { Kind = EntityKind.Organization }
            : mention;
    }

    // "a councillor for the opposition East List", "the ruling Solidarity Party": a name right after "the opposition" or
    // "the ruling" is a party's.
    private static Mention AsOppositionParty(KnowledgeDocument document, Mention mention) =>
        mention is { Form: MentionForm.Name, Kind: not EntityKind.Organization } && mention.FirstToken >= 2
        && document.TokenText(mention.FirstToken - 1) is "opposition" or "ruling" or "governing" && document.TokenText(mention.FirstToken - 2) == "the"
            ? mention with { Kind = EntityKind.Organization }
            : mention;

    // "Ms Purity Chebet", "Mr Rotich": a name a courtesy title opens or stands right before is a person's.
    private static Mention AsAddressedPerson(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind is not (EntityKind.Organization or EntityKind.Other or EntityKind.Location) || mention.Form != MentionForm.Name)
        {
            return mention;
        }

        // "El Hadji Mamadou Lamine Diop", "Serigne Abdoulaye Faye", "Sokhna Astou Mbengue": Senegalese honorifics that
        // news keeps in the name, which only a person's name opens.
        var honorific = mention.TokenCount >= 2 && document.TokenText(mention.FirstToken) is "Serigne" or "Sokhna" or "Elhadji"
            || (mention.TokenCount >= 3 && document.TokenText(mention.FirstToken) == "El" && document.TokenText(mention.FirstToken + 1) is "Hadji" or "Hadj");
        if (honorific && IsCapitalized(document.TokenText(mention.EndToken - 1)))
        {
            return mention with { Kind = EntityKind.Person };
        }

        if (mention.Kind == EntityKind.Location)
        {
            return mention;
        }

        var opening = document.TokenText(mention.FirstToken);
        var before = mention.FirstToken > 0 ? document.TokenText(mention.FirstToken - 1) : string.Empty;
        var titled = (mention.TokenCount >= 2 && CourtesyTitles.Contains(opening.TrimEnd('.')))
            || (CourtesyTitles.Contains(before.TrimEnd('.')) && char.IsUpper(before[0]));
        // "Levent Bey", "Ece Hanım": a given name and the Turkish title of address after it.
        var addressed = mention.TokenCount == 2 && IsCapitalized(opening)
            && PersonNames.IsGivenNameAddress([opening.ToLowerInvariant(), document.TokenText(mention.EndToken - 1).ToLowerInvariant()]);
        return (titled && IsCapitalized(document.TokenText(mention.EndToken - 1))) || addressed ? mention with { Kind = EntityKind.Person } : mention;
    }

    // "Sutrisno, the ministry's director general for pollution control, handed in his resignation": a name set beside a
    // body's post ("the company's chief executive", "the ministry's spokesman") is the person who holds it.
    private static Mention AsHolderOfABodysPost(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind is not (EntityKind.Organization or EntityKind.Other) || mention.Form != MentionForm.Name || mention.TokenCount > 3)
        {
            return mention;
        }

        var t = mention.EndToken;
        if (t + 3 >= document.Tokens.Count || document.TokenText(t) != "," || document.TokenText(t + 1) != "the")
        {
            return mention;
        }

        for (var possessive = t + 3; possessive <= t + 5 && possessive + 1 < document.Tokens.Count; possessive++)
        {
            if (document.TokenText(possessive) is "'s" or "’s")
            {
                var post = document.TokenText(possessive + 1).ToLowerInvariant();
                return RoleWords.LeaderTitles.Contains(post) || RoleWords.Jobs.Contains(post) ? mention with { Kind = EntityKind.Person } : mention;
            }
        }

        return mention;
    }

    // "TerminalSur denied the claim", "FreshKart said": a brand's one word is a company's name, never a person's.
    private static Mention AsBrand(KnowledgeDocument document, Mention mention) =>
        mention is { Kind: EntityKind.Person, Form: MentionForm.Name, TokenCount: 1 } && MissedNames.IsBrand(document.TokenText(mention.FirstToken))
            ? mention with { Kind = EntityKind.Organization }
            : mention;

    private static Mention AsBodyOfPluralVerb(KnowledgeDocument document, Mention mention, Lazy<HashSet<string>> pluralSubjects) =>
        mention.Kind == EntityKind.Person && mention.TokenCount == 1 && pluralSubjects.Value.Contains(document.Slice(mention.Span))
            ? mention with { Kind = EntityKind.Organization }
            : mention;

    // "Kairos are our competitors": one name, not coordinated, as the subject of a plural verb is a company's or a team's
    // (as British English writes them), never one person's; every mention of it in the article is.
    private static HashSet<string> PluralSubjects(KnowledgeDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in document.Entities)
        {
            if (mention.Kind == EntityKind.Person && mention.TokenCount == 1 && mention.EndToken < document.Tokens.Count
                && document.TokenText(mention.EndToken) == "are"
                && (mention.FirstToken == 0 || document.TokenText(mention.FirstToken - 1) is not ("and" or "&" or "," or "or" or "the" or "The" or "nor")))
            {
                names.Add(document.Slice(mention.Span));
            }
        }

        return names;
    }

    private static Mention AsTeam(KnowledgeDocument document, Mention mention)
    {
        // "Team Borealis", "Team Sky": a name after "Team" is a sports team's, read as a person's or cut from the word.
        var first = mention.FirstToken;
        if (document.TokenText(first) == "Team" && mention.TokenCount >= 2)
        {
            return mention with { Kind = EntityKind.Organization };
        }

        return first > 0
            && document.TokenText(first - 1) == "Team"
            && document.Tokens[first - 1].Span.End + 1 == mention.Span.Start
            && document.SentenceOf(first - 1) == document.SentenceOf(first)
                ? Piece(document, mention, first - 1, mention.EndToken) with { Kind = EntityKind.Organization }
                : mention;
    }

    private static Mention WithoutLeadingRole(KnowledgeDocument document, Mention mention)
    {
        // "Labour's Shadow Home Secretary Yvette Cooper" read as one organisation's name: a title right before a given
        // name and a surname makes the words after it a person, and the role before them no entity of its own.
        if (mention.Kind == EntityKind.Person || mention.TokenCount < 3)
        {
            return mention;
        }

        var tags = document.PartsOfSpeech;
        var first = mention.EndToken;
        while (first - 1 > mention.FirstToken
            && mention.EndToken - first < 3
            && IsCapitalized(document.TokenText(first - 1))
            && !LeadingRoles.Contains(document.TokenText(first - 1))
            && (tags is null || tags[first - 1] == "PROPN"))
        {
            first--;
        }

        // "Governor Phillip Tower", "President Hotel Group": a name that ends in a site's or a body's head is no person's.
        var names = mention.EndToken - first;
        var last = document.TokenText(mention.EndToken - 1);
        return names >= 2
            && IsGivenNameShaped(document.TokenText(first))
            && (LeadingRoles.Contains(document.TokenText(first - 1)) || (first - 1 == mention.FirstToken && CompletesAnOffice(document, mention.FirstToken)))
            && !SiteWords.IsSiteHead(last)
            && !InstitutionWords.IsInstitutionHead(last)
            && !OrganizationHeads.Contains(last)
            ? Piece(document, mention, first, mention.EndToken) with { Kind = EntityKind.Person }
            : mention;
    }

    // "Economic Secretary to the Treasury Daniel Okafor", "Minister for the Economy Ann Lee": the body's word that
    // opens the mention ends an office's title.
    private static bool CompletesAnOffice(KnowledgeDocument document, int body)
    {
        var t = body - 1;
        if (t >= 0 && document.TokenText(t) == "the")
        {
            t--;
        }

        // Only offices of state: "Director of the National Iodine Nutrition study" names a study, not a person.
        return t >= 1 && document.TokenText(t) is "to" or "of" or "for" && document.TokenText(t - 1) is "Secretary" or "Minister" or "Commissioner" or "Ambassador" or "Chancellor";
    }

    private static Mention AsCompanyWithOfficers(KnowledgeDocument document, Mention mention)
    {
        if (mention is { Kind: EntityKind.Person or EntityKind.Other, TokenCount: <= 2 } && (IsFounded(document, mention) || DescribedAsABody(document, mention)))
        {
            return mention with { Kind = EntityKind.Organization };
        }

        // "Redgum's chairwoman, Helen Yates" beside "Redgum Minerals": a one-word name with a board's officer is the
        // company whose name it starts, not a person.
        if (mention is not { Kind: EntityKind.Person, TokenCount: 1 }
            || mention.EndToken + 1 >= document.Tokens.Count
            || document.TokenText(mention.EndToken) is not ("'s" or "\u2019s")
            || document.TokenText(mention.EndToken + 1) is not ("chairwoman" or "chairman" or "chairperson" or "board" or "shareholders" or "directors" or "spokesman" or "spokeswoman"))
        {
            return mention;
        }

        var word = document.TokenText(mention.FirstToken);
        return document.Entities.Any(m => m.Kind == EntityKind.Organization && m.TokenCount >= 2 && document.TokenText(m.FirstToken) == word)
            ? mention with { Kind = EntityKind.Organization }
            : mention;
    }

    // "Austurlax is 58 percent owned by Havbruk Vest ASA", "Sibaya Water is wholly owned by": what is owned in shares or in
    // whole by another is a company, not a place or a person.
    private static Mention AsShareOwned(KnowledgeDocument document, Mention mention) =>
        mention is { Form: MentionForm.Name, Kind: not EntityKind.Organization, TokenCount: <= 3 } && mention.EndToken + 4 < document.Tokens.Count
        && document.TokenText(mention.EndToken) is "is" or "was"
        && ShareOwnedBy().IsMatch(string.Join(' ', Enumerable.Range(mention.EndToken + 1, 4).Select(document.TokenText)))
            ? mention with { Kind = EntityKind.Organization }
            : mention;

    // "Quillon's founder, Ben Ashworth", "Quillon's chief executive": a person has no founder and no chief executive.
    private static bool IsFounded(KnowledgeDocument document, Mention mention)
    {
        var t = mention.EndToken;
        return t + 1 < document.Tokens.Count
            && document.TokenText(t) is "'s" or "\u2019s"
            && (document.TokenText(t + 1) is "founder" or "co-founder" or "founders" or "co-founders" or "headquarters"
                || (t + 2 < document.Tokens.Count && document.TokenText(t + 1) == "chief" && document.TokenText(t + 2) == "executive"));
    }

    // "Quillon, a Seattle startup that …", "Lumenstack, the San Francisco artificial intelligence company,": an apposition
    // whose head is a body's or a business's noun says what the name is. The noun must end the phrase ("Jane Doe, a
    // company director" is a person).
    private static bool DescribedAsABody(KnowledgeDocument document, Mention mention)
    {
        var t = mention.EndToken;
        if (t + 2 >= document.Tokens.Count || document.TokenText(t) != "," || document.TokenText(t + 1).ToLowerInvariant() is not ("a" or "an" or "the"))
        {
            return false;
        }

        var sentenceEnd = document.Sentences[document.SentenceOf(mention.FirstToken)].EndToken;
        for (var n = t + 2; n < Math.Min(sentenceEnd, t + 7); n++)
        {
            var word = document.TokenText(n);
            if (BasedCompounds.IsBodyNoun(word))
            {
                return n + 1 >= sentenceEnd
                    || document.TokenText(n + 1) is "," or "." or ";" or "that" or "which" or "whose" or "with" or "in" or "founded"
                        or "owned" or "backed" or "based" or "and";
            }

            // Only modifiers before the noun ("a Seattle startup", "the San Francisco artificial intelligence company"),
            // never a clause ("a man who runs a company").
            var tag = document.PartsOfSpeech?[n];
            if (tag is null ? !IsCapitalized(word) : tag is not ("ADJ" or "NOUN" or "PROPN" or "NUM"))
            {
                return false;
            }
        }

        return false;
    }

    private static Mention AsBody(KnowledgeDocument document, Mention mention)
    {
        if (mention.TokenCount < 2)
        {
            return mention;
        }

        // "Australian Paralympic Committee", "Orthodox Church", "Beacon Research": a miscellaneous name that ends in a body's
        // capitalised head or a company's last word is the body's. "Saudi Gazette", "Collins College": a name taken for a place that ends in a newspaper's head or a
        // school's or a company's is theirs. "Halvorsen Shipping": a name taken for a person's that ends in a company's
        // last word is the company's.
        // "Radyo Sugbo", "Radio Free Asia": a name that opens with a broadcaster's word is the station's. "Glanmor General
        // Hospital": a hospital employs its nurses and has a chief executive, so the graph keeps it with the bodies even
        // where the tagger, trained on CoNLL's places, took it for a place.
        var last = document.TokenText(mention.EndToken - 1);
        var station = document.TokenText(mention.FirstToken) is "Radio" or "Radyo" or "Rádio" or "Televisión" or "Télévision";
        // "We respect the Ministério Público": a Spanish or Portuguese body's head opens no place's or person's name.
        var iberianBody = RomanceNameHeads.IsBodyHead(document.TokenText(mention.FirstToken));
        var isBody = mention.Kind switch
        {
            EntityKind.Other => InstitutionWords.IsBodyHead(last) || InstitutionWords.IsCompanyHead(last) || station,
            EntityKind.Location => InstitutionWords.IsNeverPlaceHead(last) || IsUniversitysBody(document, mention, last) || IsServiceDistrict(document, mention, last)
                || last is "Hospital" or "Infirmary" || iberianBody,
            EntityKind.Person => InstitutionWords.IsCompanyHead(last) || station || IsNewspaperAfterThe(document, mention, last) || iberianBody,
            _ => false,
        };
        if (TurkishNames.IsBodyHead(last) || TurkishNames.IsLegalForm(last))
        {
            // "Gölcük Belediyesi", "Kıyı Gözcüleri Derneği", "Derinsu Kimya Sanayi ve Ticaret A.Ş.": a Turkish body's head
            // or legal form, which the recogniser reads as a place's or a person's name.
            return mention with { Kind = EntityKind.Organization };
        }

        if (TurkishNames.IsPlaceHead(last))
        {
            // "İzmit Körfezi" (the Gulf of İzmit) read as a person's name.
            return mention with { Kind = EntityKind.Location };
        }

        if (mention.Kind == EntityKind.Person && last is "Mosque" or "Cathedral" or "Stadium" or "Airport" or "Museum" or "Palace")
        {
            // "Zayed Grand Mosque" (of "the Sheikh Zayed Grand Mosque") read as a person's name: a site named after someone
            // is a place, and these heads are no one's surname.
            return mention with { Kind = EntityKind.Location };
        }

        return isBody ? mention with { Kind = EntityKind.Organization } : mention;
    }

    // "The Sharqiyah Observer" read as a person's name: a newspaper's head after "the" names the paper, never a person.
    private static bool IsNewspaperAfterThe(KnowledgeDocument document, Mention mention, string last) =>
        InstitutionWords.NewspaperHeads.Contains(last) && mention.FirstToken > 0 && document.TokenText(mention.FirstToken - 1) is "The" or "the";

    // "Greater Cebu Water District", "Lakeview School District": a district named for the service it gives is the body
    // that gives it, not a place.
    private static bool IsServiceDistrict(KnowledgeDocument document, Mention mention, string last) =>
        last == "District" && mention.TokenCount >= 3
        && document.TokenText(mention.EndToken - 2) is "Water" or "School" or "Irrigation" or "Sanitation" or "Sanitary" or "Utility" or "Transit"
            or "Fire" or "Hospital" or "Library" or "Conservation" or "Drainage" or "Sewer" or "Port" or "Park" or "Parks";

    // "Karolinska University Hospital", "Oxford University Press": a university's body named after it, not a place; a
    // street, a park or a station named after a university is one ("University Avenue", "College Park").

    private static bool IsUniversitysBody(KnowledgeDocument document, Mention mention, string last)
    {
        for (var t = mention.FirstToken; t < mention.EndToken - 1; t++)
        {
            if (document.TokenText(t) is "University" or "College")
            {
                return last is not ("Avenue" or "Street" or "Road" or "Park" or "Square" or "Station" or "Campus" or "Hall" or "Heights" or "Place" or "Way");
            }
        }

        return false;
    }

    private static Mention AsEastAsianPerson(KnowledgeDocument document, Mention mention) =>
        // "Korea substituted Park Joo-Ho": the recogniser, unsure, took the name for a place (a park); the fast one reads
        // "Trần Thị Mai Lan" as a body's name.
        mention.Kind != EntityKind.Person && mention.Form == MentionForm.Name
            && (EastAsianNames.IsFullName(document.Slice(mention.Span))
                || (mention.TokenCount is 3 or 4 && VietnameseNames.IsFamilyName(document.TokenText(mention.FirstToken))
                    && VietnameseNames.IsFullName([.. Enumerable.Range(mention.FirstToken, mention.TokenCount).Select(document.TokenText)])))
            ? mention with { Kind = EntityKind.Person }
            : mention;

    // "Balogh Tamás" signing a speech, "Kovácsné Szabó Zsuzsanna" in a register, "Eszter" thanked on air: capitalised words
    // that open or close on a Hungarian given name (or a married name formed on one) are a person's, unless a body's head
    // stands in them.
    private static Mention AsHungarianPerson(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind == EntityKind.Person || mention.Form != MentionForm.Name || mention.TokenCount > 3)
        {
            return mention;
        }

        var words = Enumerable.Range(mention.FirstToken, mention.TokenCount).Select(document.TokenText).ToList();
        var named = HungarianNames.IsWrittenGivenName(words[0]) || HungarianNames.IsWrittenGivenName(words[^1]);
        return named && words.All(w => IsCapitalized(w) && w.All(c => char.IsLetter(c) || c == '-') && !OrganizationHeads.Contains(w))
            ? mention with { Kind = EntityKind.Person }
            : mention;
    }

    // "Ayeyarwady Region", "Oyo State" read as a person's name: a name that ends in a division's word is a place's; read
    // as a body's, one that ends in "Region", "Province" or "Voivodeship" too ("Ohio State" and "Derby County" are teams);
    // and "Oder River", however it was read.
    private static Mention AsDivision(KnowledgeDocument document, Mention mention)
    {
        if (mention.Form != MentionForm.Name || mention.TokenCount < 2)
        {
            return mention;
        }

        var last = document.TokenText(mention.EndToken - 1);
        return (mention.Kind == EntityKind.Person && PolityWords.IsDivisionWord(last))
            || (mention.Kind is EntityKind.Organization or EntityKind.Other && last is "Region" or "Province" or "Voivodeship")
            || (mention.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Other && last == "River")
            ? mention with { Kind = EntityKind.Location }
            : mention;
    }

    // "Myo Aung Thant" or "Meron Tadesse" alone, read as a body's name: syllables only Burmese names are made of, or
    // given names only Ethiopians bear, are a person's. A place's ("Pyin Oo Lwin") keeps its type, and so does a vessel's
    // ("the ferry Mya Nandar", "the Mya Nandar").
    private static Mention AsBurmeseOrEthiopianPerson(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind is not (EntityKind.Organization or EntityKind.Other) || mention.Form != MentionForm.Name
            || (mention.FirstToken > 0 && (VesselWords.Contains(document.TokenText(mention.FirstToken - 1)) || document.TokenText(mention.FirstToken - 1) is "the" or "The")))
        {
            return mention;
        }

        string[] words = [.. Enumerable.Range(mention.FirstToken, mention.TokenCount).Select(document.TokenText)];
        if (BurmeseNames.IsFullName(words) || EthiopianNames.IsFullName(words))
        {
            return mention with { Kind = EntityKind.Person };
        }

        // "Dr Abebe Girma" read as a body's name (the recogniser leaves courtesy titles in): the doctor's name alone.
        return words is ["Dr" or "Dr." or "Prof" or "Prof.", .. var name] && EthiopianNames.IsFullName(name)
            ? Piece(document, mention, mention.FirstToken + 1, mention.EndToken) with { Kind = EntityKind.Person }
            : mention;
    }

    // "Lake Tana" read as a person's or a body's name: a lake's or a mountain's name opens with what it is.
    private static Mention AsLakeOrMountain(KnowledgeDocument document, Mention mention) =>
        mention.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Other && mention.Form == MentionForm.Name
            && mention.TokenCount is 2 or 3
            && document.TokenText(mention.FirstToken) is "Lake" or "Mount" or "Mt."
            && Enumerable.Range(mention.FirstToken + 1, mention.TokenCount - 1).All(t => IsCapitalized(document.TokenText(t)) && !InstitutionWords.IsBodyHead(document.TokenText(t)))
            && (mention.EndToken >= document.Tokens.Count || !(IsCapitalized(document.TokenText(mention.EndToken)) || document.TokenText(mention.EndToken) is "'" or "\u2019"))
            ? mention with { Kind = EntityKind.Location }
            : mention;

    // "Wody Polskie" read as a person's name, "Towarzystwo Przyjaciół Odry" as a place's (words the recogniser has not
    // seen): a name that opens with a Polish body's head or its adjective is the body's.
    private static Mention AsPolishBody(KnowledgeDocument document, Mention mention) =>
        mention.Kind is EntityKind.Person or EntityKind.Other or EntityKind.Location && mention.Form == MentionForm.Name && mention.TokenCount >= 2
            && IsPolishBodyName(document, mention)
            ? mention with { Kind = EntityKind.Organization }
            : mention;

    // "Þórður said" after "Þórður Ragnarsson": Icelanders go by their given name on second mention, which the recogniser
    // may read as a place's; a word alone that is the given name of one person with a patronymic in the text is theirs.
    private static void AsIcelandicGivenNames(KnowledgeDocument document, List<Mention> mentions)
    {
        var given = mentions
            .Where(m => m is { Kind: EntityKind.Person, Form: MentionForm.Name, TokenCount: 2 or 3 } && IcelandicNames.IsPatronymic(document.TokenText(m.EndToken - 1)))
            .GroupBy(m => document.TokenText(m.FirstToken), StringComparer.Ordinal)
            .Where(g => g.Select(m => document.Slice(m.Span)).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is { Kind: not EntityKind.Person, Form: MentionForm.Name, TokenCount: 1 } alone && given.Contains(document.TokenText(alone.FirstToken)))
            {
                mentions[i] = alone with { Kind = EntityKind.Person };
            }
        }
    }

    // "Veiðiréttarfélag Breiðdælinga" or "Dimos Lefkadas" read as a person's name, "Sigurður Pálsson" or "Eleni
    // Vlachopoulou" as a body's, "Egilsstaðir" as a person's: Icelandic and Greek names are read by their endings and
    // heads, a body's head before a person's last name.
    private static Mention AsNameByItsWords(KnowledgeDocument document, Mention mention)
    {
        if (mention.Form != MentionForm.Name || mention.TokenCount > 3)
        {
            return mention;
        }

        var words = Enumerable.Range(mention.FirstToken, mention.TokenCount).Select(document.TokenText).ToList();
        if (!words.All(w => IsCapitalized(w) && w.All(char.IsLetter)) || words.Any(OrganizationHeads.Contains))
        {
            return mention;
        }

        return words.Any(IcelandicNames.IsBodyWord) || (words.Count >= 2 && words.Any(GreekNames.IsBodyWord)) ? mention with { Kind = EntityKind.Organization }
            : IcelandicNames.IsPatronymic(words[^1]) || GreekNames.IsSurname(words[^1]) ? mention with { Kind = EntityKind.Person }
            : words.Count == 1 && IcelandicNames.IsPlaceName(words[0]) ? mention with { Kind = EntityKind.Location }
            : mention;
    }

    /// <summary>Tells whether a mention's words, folded as anchors are, open with a Polish body's head or adjective.</summary>
    internal static bool IsPolishBodyName(KnowledgeDocument document, Mention mention) =>
        BodyTranslations.IsPolish([.. Enumerable.Range(mention.FirstToken, mention.TokenCount).Select(t => LatinFolding.Fold(document.TokenText(t).ToLowerInvariant()))]);

    // "the ferry Mya Nandar", "the tanker Exxon Valdez": a name right after a vessel's noun is the vessel's, no person's
    // or body's.
    private static Mention AsVessel(KnowledgeDocument document, Mention mention) =>
        mention.Kind is EntityKind.Person or EntityKind.Organization && mention.Form == MentionForm.Name && mention.FirstToken > 0
            && VesselWords.Contains(document.TokenText(mention.FirstToken - 1))
            ? mention with { Kind = EntityKind.Other }
            : mention;

    // "Santos Júnior told the Ledger", "Maranhão Neto said": a name of capitalised words and particles that ends in a son's
    // or a grandson's mark is a person's, whatever the recogniser read it as, unless a body's head stands in it.
    private static Mention AsSonsName(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind == EntityKind.Person || mention.Form != MentionForm.Name || mention.TokenCount is < 2 or > 7
            || !PortugueseNames.IsGeneration(document.TokenText(mention.EndToken - 1)))
        {
            return mention;
        }

        for (var t = mention.FirstToken; t < mention.EndToken - 1; t++)
        {
            var word = document.TokenText(t);
            var isName = IsCapitalized(word) && word.All(char.IsLetter) && !InstitutionWords.IsInstitutionHead(word) && !RomanceNameHeads.IsBodyHead(word);
            if (!isName && (t == mention.FirstToken || !NameParticles.Contains(word)))
            {
                return mention;
            }
        }

        return mention with { Kind = EntityKind.Person };
    }

    private static Mention AsNamedStorm(KnowledgeDocument document, Mention mention)
    {
        // "Cyclone Phailin", "Typhoon Pabuk", "Super Typhoon Haiyan": an event, whether the recogniser took the kind word
        // into the name or left it before.
        var first = mention.FirstToken;
        var sentenceStart = document.Sentences[document.SentenceOf(first)].FirstToken;
        if (!StormNames.IsKind(document.TokenText(first)))
        {
            if (first - 1 < sentenceStart || !StormNames.IsKind(document.TokenText(first - 1)) || document.IsInEntity(first - 1))
            {
                return mention;
            }

            first--;
        }

        if (first - 1 >= sentenceStart && StormNames.IsQualifier(document.TokenText(first - 1)) && !document.IsInEntity(first - 1))
        {
            first--;
        }

        // The kind word alone ("the Cyclone") is no storm's name.
        return first == mention.FirstToken && mention.TokenCount == 1
            ? mention
            : mention with
            {
                Span = new TextSpan(document.Tokens[first].Span.Start, mention.Span.End),
                FirstToken = first,
                TokenCount = mention.EndToken - first,
                Kind = EntityKind.Event,
            };
    }

    private static IEnumerable<Mention> SplitAtInstitutions(KnowledgeDocument document, Mention mention)
    {
        // "the Massachusetts Institute of Technology and Colorado State University": an "and" between two names that are
        // each an institution's joins two organisations, not one ("Department of Health and Human Services" stays one).
        if (mention.Kind == EntityKind.Person)
        {
            yield return mention;
            yield break;
        }

        for (var t = mention.FirstToken + 1; t < mention.EndToken - 1; t++)
        {
            if (document.TokenText(t) == "and"
                && HasInstitutionHead(document, mention.FirstToken, t)
                && HasInstitutionHead(document, t + 1, mention.EndToken))
            {
                yield return Piece(document, mention, mention.FirstToken, t) with { Kind = EntityKind.Organization };
                yield return Piece(document, mention, t + 1, mention.EndToken) with { Kind = EntityKind.Organization };
                yield break;
            }
        }

        yield return mention;
    }

    private static IEnumerable<Mention> SplitAtMemberTitle(KnowledgeDocument document, Mention mention)
    {
        // "Sinn Féin TD Mary Lou McDonald" read as one name: a member's letters between two names part the member's
        // party (or seat, when the whole was read as a place) from the member, a given name and a surname at least.
        for (var t = mention.FirstToken + 1; t + 2 < mention.EndToken; t++)
        {
            if (MemberTitles.IsLetters(document.TokenText(t)) && IsCapitalized(document.TokenText(t + 1)) && IsCapitalized(document.TokenText(t + 2)))
            {
                yield return Piece(document, mention, mention.FirstToken, t) with
                {
                    Kind = mention.Kind == EntityKind.Location ? EntityKind.Location : EntityKind.Organization,
                };
                yield return Piece(document, mention, t + 1, mention.EndToken) with { Kind = EntityKind.Person };
                yield break;
            }
        }

        yield return mention;
    }

    private static IEnumerable<Mention> WithoutLeadingMemberLetters(KnowledgeDocument document, Mention mention)
    {
        // "MLA" alone, "MLA Colleen MacIsaac and Halifax", "MLA for Halifax Chebucto" read as a body's name: a member's
        // letters are a title, before the member's name (up to an "and" that starts another name) or the seat's after
        // "for".
        var first = mention.FirstToken;
        if (mention.Kind == EntityKind.Person || !MemberTitles.IsLetters(document.TokenText(first)))
        {
            yield return mention;
            yield break;
        }

        if (mention.TokenCount >= 3 && document.TokenText(first + 1) == "for")
        {
            yield return Piece(document, mention, first + 2, mention.EndToken) with { Kind = EntityKind.Location };
            yield break;
        }

        if (mention.TokenCount < 3 || !IsCapitalized(document.TokenText(first + 1)) || !IsCapitalized(document.TokenText(first + 2)))
        {
            if (mention.TokenCount > 1)
            {
                yield return mention;
            }

            yield break;
        }

        var and = first + 3;
        while (and < mention.EndToken - 1 && !(document.TokenText(and) == "and" && IsCapitalized(document.TokenText(and + 1))))
        {
            and++;
        }

        if (and >= mention.EndToken - 1)
        {
            yield return Piece(document, mention, first + 1, mention.EndToken) with { Kind = EntityKind.Person };
            yield break;
        }

        yield return Piece(document, mention, first + 1, and) with { Kind = EntityKind.Person };
        yield return Piece(document, mention, and + 1, mention.EndToken);
    }

    private static IEnumerable<Mention> SplitTrailingCountry(KnowledgeDocument document, Mention mention)
    {
        // "Colorado State University of the US", "the University of Sheffield of the UK": a country added after a name
        // that is an institution's in full already is the place it is in, not part of the name. "Central Bank of the
        // Russian Federation" and "Communist Party of the Soviet Union" stay whole: "Central Bank" alone names none.
        if (mention.Kind != EntityKind.Organization || mention.TokenCount < 5)
        {
            yield return mention;
            yield break;
        }

        for (var t = mention.EndToken - 3; t > mention.FirstToken; t--)
        {
            if (document.TokenText(t) != "of" || document.TokenText(t + 1) != "the")
            {
                continue;
            }

            var country = string.Join(' ', Enumerable.Range(t + 2, mention.EndToken - t - 2).Select(document.TokenText));
            var named = Enumerable.Range(mention.FirstToken, t - mention.FirstToken).Any(i => document.TokenText(i) == "of")
                || (InstitutionWords.IsInstitutionHead(document.TokenText(t - 1)) && t - mention.FirstToken >= 3);
            if ((CountryNames.TryGetCountry(country, out _) || CountryNames.IsCountryOrState(country))
                && HasInstitutionHead(document, mention.FirstToken, t)
                && named)
            {
                yield return Piece(document, mention, mention.FirstToken, t);
                yield return Piece(document, mention, t + 2, mention.EndToken) with { Kind = EntityKind.Location };
                yield break;
            }
        }

        yield return mention;
    }

    private static IEnumerable<Mention> SplitCountryTail(KnowledgeDocument document, Mention mention)
    {
        // "senior analyst, Meridian Maritime Research, Singapore": a body's name and, after a comma, the country it is in,
        // read as one name. No body's name ends in a comma and a country's name.
        var comma = mention.EndToken - 2;
        while (comma > mention.FirstToken && document.TokenText(comma) != ",")
        {
            comma--;
        }

        if (mention.Kind != EntityKind.Organization || comma <= mention.FirstToken || document.TokenText(comma) != ","
            || !CountryNames.IsCountry(document.Text[document.Tokens[comma + 1].Span.Start..mention.Span.End]))
        {
            yield return mention;
            yield break;
        }

        yield return Piece(document, mention, mention.FirstToken, comma);
        yield return Piece(document, mention, comma + 1, mention.EndToken) with { Kind = EntityKind.Location };
    }

    private static IEnumerable<Mention> SplitPersonTail(
        KnowledgeDocument document, Mention mention, Lazy<Dictionary<string, List<int>>> standalone)
    {
        // "at Washington State University Simon Ličen", "University of Texas Arlington Amneh Jafari": an institution's
        // name run on into the name of a person whom the article names by surname alone elsewhere ("Ličen said").
        var end = mention.EndToken;
        if (mention.Kind == EntityKind.Person
            || mention.TokenCount < 4
            || !HasInstitutionHead(document, mention.FirstToken, end - 2)
            || !IsGivenNameShaped(document.TokenText(end - 2))
            || InstitutionWords.IsInstitutionHead(document.TokenText(end - 2))
            || !IsCapitalized(document.TokenText(end - 1))
            || InstitutionWords.IsInstitutionHead(document.TokenText(end - 1))
            || TitleConnectors.Contains(document.TokenText(end - 3))
            || CountryNames.IsCountryOrState(document.TokenText(end - 1)))
        {
            yield return mention;
            yield break;
        }

        if (!(standalone.Value.TryGetValue(document.TokenText(end - 1), out var alone)
            && alone.Any(t => t < mention.FirstToken || t >= mention.EndToken)))
        {
            yield return mention;
            yield break;
        }

        yield return Piece(document, mention, mention.FirstToken, end - 2);
        yield return Piece(document, mention, end - 2, end) with { Kind = EntityKind.Person };
    }

    private static Dictionary<string, List<int>> StandaloneWords(KnowledgeDocument document)
    {
        // Where each capitalised word stands alone, with no capitalised word or "the" next to it ("Ličen has joined", not
        // "the Medical Center" or "Medical Center"); built once per document, so that a long text is read once.
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = document.TokenText(t);
                var before = t > sentence.FirstToken ? document.TokenText(t - 1) : string.Empty;
                var after = t + 1 < sentence.EndToken ? document.TokenText(t + 1) : string.Empty;
                if (IsCapitalized(word)
                    && !IsCapitalized(before)
                    && !IsCapitalized(after)
                    && !before.Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    if (!words.TryGetValue(word, out var at))
                    {
                        at = [];
                        words[word] = at;
                    }

                    at.Add(t);
                }
            }
        }

        return words;
    }

    private static bool HasInstitutionHead(KnowledgeDocument document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (InstitutionWords.IsInstitutionHead(document.TokenText(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static Mention Piece(KnowledgeDocument document, Mention mention, int first, int end) => mention with
    {
        Span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End),
        FirstToken = first,
        TokenCount = end - first,
        Confidence = mention.Confidence * 0.9,
    };

    private static Mention WithGivenName(KnowledgeDocument document, Mention mention)
    {
        // "Dries Mertens", "Will Smith": the recogniser leaves out a given name that is also a common word; the tagger
        // still reads it as a proper noun next to the surname.
        var previous = mention.FirstToken - 1;
        if (mention.Kind != EntityKind.Person
            || mention.TokenCount != 1
            || previous < document.Sentences[document.SentenceOf(mention.FirstToken)].FirstToken
            || document.PartsOfSpeech is not { } tags
            || tags[previous] != "PROPN"
            || document.Tokens[previous].Span.End + 1 != mention.Span.Start
            || !IsGivenNameShaped(document.TokenText(previous))
            || Honorifics.Opens(document.TokenText(previous), document.TokenText(mention.FirstToken))
            || document.IsInEntity(previous))
        {
            return mention;
        }

        return mention with
        {
            Span = new TextSpan(document.Tokens[previous].Span.Start, mention.Span.End),
            FirstToken = previous,
            TokenCount = mention.TokenCount + 1,
        };
    }

    private static bool IsGivenNameShaped(string word) =>
        word.Length > 1
        && char.IsUpper(word[0])
        && word.Skip(1).All(char.IsLower)
        && !NotGivenNames.Contains(word);

    private static bool IsLowercaseConnector(string word) => TitleConnectors.Contains(word) && word != "&";

    private static Mention WithOrganizationHead(KnowledgeDocument document, Mention mention)
    {
        // "the Catholic Church", "the Indonesian Navy": the recogniser takes the adjective and leaves the head that makes
        // the words an organisation's name.
        // "Teifi Valley Health Board" read as the valley: one capitalised word may stand between the name and the head.
        var next = mention.EndToken;
        if (mention.Kind == EntityKind.Person
            || next >= document.Tokens.Count
            || document.SentenceOf(next) != document.SentenceOf(mention.FirstToken)
            || document.Tokens[next].Span.Start - mention.Span.End != 1
            || (document.IsInEntity(next) && !(OrganizationHeads.Contains(document.TokenText(next)) && document.Entities.Any(e => e.FirstToken == next && e.TokenCount == 1)
                && !CountryNames.IsCountry(document.Slice(mention.Span)))))
        {
            return mention;
        }

        // "Long Hoa Shrimp" and "Cooperative" read as two names: the head read alone is dropped once this name takes it in
        // (not a country's: "United States" and "Navy" are two names the text gives, the country's and the navy's).
        var head = next;
        if (!OrganizationHeads.Contains(document.TokenText(next)))
        {
            // The head may have been read as a name of its own; it is dropped once this name takes it in.
            head = next + 1;
            if (head >= document.Tokens.Count
                || document.SentenceOf(head) != document.SentenceOf(next)
                || !IsCapitalized(document.TokenText(next))
                || !OrganizationHeads.Contains(document.TokenText(head))
                || document.Tokens[head].Span.Start - document.Tokens[next].Span.End != 1
                || (document.IsInEntity(head) && !document.Entities.Any(e => e.FirstToken == head && e.TokenCount == 1)))
            {
                return mention;
            }
        }

        return mention with
        {
            Span = new TextSpan(mention.Span.Start, document.Tokens[head].Span.End),
            TokenCount = mention.TokenCount + head - next + 1,
            Kind = EntityKind.Organization,
        };
    }

    private static bool ContinuesHyphenatedWord(KnowledgeDocument document, int token, int first)
    {
        // "Wong Kwok-kin", "Lam Cheuk-ting": the lower-case syllable after a hyphen is still the name's word.
        return token - 2 >= first
            && document.TokenText(token - 1) == "-"
            && document.Tokens[token - 1].Span.Start == document.Tokens[token - 2].Span.End
            && document.Tokens[token].Span.Start == document.Tokens[token - 1].Span.End;
    }

    // "Mark Ellison, a Canadian citizen": the adjective says whose citizen someone is.
    private static bool PrecedesCitizen(KnowledgeDocument document, Mention mention) =>
        mention.EndToken < document.Tokens.Count && document.TokenText(mention.EndToken) is "citizen" or "national" or "passport";

    private static bool PrecedesRoleAndPerson(KnowledgeDocument document, Mention mention, HashSet<int> personStarts)
    {
        // Up to three role words between the adjective and a person's name ("Russian President", "US film director").
        var sentence = document.Sentences[document.SentenceOf(mention.FirstToken)];
        var words = new List<string>();
        for (var i = mention.EndToken; i < Math.Min(sentence.EndToken, mention.EndToken + 4); i++)
        {
            if (personStarts.Contains(i))
            {
                var role = string.Join(' ', words).ToLowerInvariant();
                return words.Count > 0
                    && (RoleWords.LeaderTitles.Contains(role)
                        || RoleWords.Occupations.Contains(role)
                        || RoleWords.LeaderTitles.Contains(words[^1].ToLowerInvariant())
                        || RoleWords.Occupations.Contains(words[^1].ToLowerInvariant()));
            }

            words.Add(document.TokenText(i));
        }

        return false;
    }

    private static bool IsNounUse(KnowledgeDocument document, Mention mention)
    {
        // "the Russian said" or "Russians" is a person, not an adjective, and "of the US." or "the U.S. on Thursday"
        // is the country: keep those to the recogniser. After "the", a country's short name is an adjective only
        // before the word it qualifies ("the U.S. government"). A group ("the British and the French") is still left out.
        var next = mention.EndToken;
        var sentence = document.SentenceOf(mention.FirstToken);
        var ends = next >= document.Tokens.Count || document.SentenceOf(next) != sentence;
        var afterThe = mention.FirstToken > 0
            && document.SentenceOf(mention.FirstToken - 1) == sentence
            && document.TokenText(mention.FirstToken - 1).Equals("the", StringComparison.OrdinalIgnoreCase);
        if (afterThe
            && CountryNames.TryGetCountry(document.Slice(mention.Span), out _)
            && (ends
                || document.TokenText(next) is "and" or "," or "." or ";" or ":" or ")"
                || document.PartsOfSpeech is { } tags && tags[next] is not ("NOUN" or "PROPN" or "ADJ" or "NUM")))
        {
            return true;
        }

        return !ends && document.TokenText(next) is "said" or "says" or "told";
    }

    private static Mention RefineEvent(KnowledgeDocument document, Mention mention)
    {
        if (mention.Kind == EntityKind.Person)
        {
            return mention;
        }

        // "the annual Hajj pilgrimage near Mecca": the recogniser took the pilgrimage for a place.
        if (EventHeads.IsOccasion(document.Slice(mention.Span)))
        {
            return mention with { Kind = EntityKind.Event };
        }

        var last = document.TokenText(mention.EndToken - 1);
        if (mention.TokenCount > 1 && EventHeads.IsHead(last) && char.IsUpper(last[0]))
        {
            return mention with { Kind = EntityKind.Event };
        }

        // "the Tour de Wallonie", "the Tour of Flanders": a stage race is named "Tour" and where it goes.
        if (mention.TokenCount > 2 && document.TokenText(mention.FirstToken) == "Tour" && document.TokenText(mention.FirstToken + 1) is "de" or "of" or "du" or "des")
        {
            return mention with { Kind = EntityKind.Event };
        }

        // "the Winter Carnival of Magic", "the Summit of the Americas": the head stands before "of"; a congress or a
        // convention named so is as often a body ("the Congress of Racial Equality").
        for (var t = mention.FirstToken; t + 2 < mention.EndToken; t++)
        {
            var word = document.TokenText(t);
            if (document.TokenText(t + 1) == "of" && char.IsUpper(word[0]) && EventHeads.IsHead(word) && word is not ("Congress" or "Convention"))
            {
                return mention with { Kind = EntityKind.Event };
            }
        }

        // "the Watergate scandal": the head noun follows the name.
        var next = mention.EndToken;
        if (next < document.Tokens.Count
            && document.SentenceOf(next) == document.SentenceOf(mention.FirstToken)
            && EventHeads.IsHead(document.TokenText(next))
            && mention.Kind == EntityKind.Other)
        {
            var span = new TextSpan(mention.Span.Start, document.Tokens[next].Span.End);
            return mention with { Span = span, TokenCount = mention.TokenCount + 1, Kind = EntityKind.Event };
        }

        return mention;
    }

    private static IEnumerable<Mention> FindWorks(KnowledgeDocument document, List<Mention> mentions)
    {
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!IsCapitalized(document.TokenText(i)))
                {
                    i++;
                    continue;
                }

                // "on Thursday on Beira de Rio": a day or a month before a connector opens no title.
                if (IsDayOrMonth(document.TokenText(i)) && i + 1 < sentence.EndToken && TitleConnectors.Contains(document.TokenText(i + 1)))
                {
                    i += 2;
                    continue;
                }

                // A maximal title-case run, connectors allowed inside, one or two at a time ("The Lord of the Rings", "Voces
                // del Desierto", "Voices from the Gorge").
                var end = i + 1;
                while (end < sentence.EndToken
                    && (IsCapitalized(document.TokenText(end))
                        || (IsTitleConnector(document.TokenText(end)) && end + 1 < sentence.EndToken
                            && (IsCapitalized(document.TokenText(end + 1))
                                || (IsTitleConnector(document.TokenText(end + 1)) && end + 2 < sentence.EndToken && IsCapitalized(document.TokenText(end + 2)))))))
                {
                    end++;
                }

                // "# Géej ak Jigéen — Episode 112": before its episode, a programme's title may join its words with a
                // short word of its own language.
                if (end + 1 < sentence.EndToken && document.TokenText(end) is { Length: <= 3 } joiner && joiner.All(char.IsLower)
                    && IsCapitalized(document.TokenText(end + 1)))
                {
                    var past = end + 2;
                    while (past < sentence.EndToken && IsCapitalized(document.TokenText(past)))
                    {
                        past++;
                    }

                    end = BeforeEpisode(document, past, sentence.EndToken) ? past : end;
                }

                var length = end - i;
                var before = i - 1 >= sentence.FirstToken ? document.TokenText(i - 1) : null;

                // "the documentary Katarzyna Wolska pulled": a person's name followed by a verb is a relative clause's
                // subject ("the documentary The Harbor Tapes won" is still a title).
                var beforeNoun = before is not null
                    && WorkNouns.Contains(before.Trim('"', '\u201C', '\u201D', ',', ':'))
                    && !(StartsRelativeClause(document, end, sentence) && mentions.Any(m => m.Kind == EntityKind.Person && m.FirstToken == i && m.EndToken == end));
                var beforeQuoted = before is "\"" or "\u201C" && i - 2 >= sentence.FirstToken && WorkNouns.Contains(document.TokenText(i - 2));
                // "About the show: Voces del Desierto was created ...": the noun a colon introduces the title with.
                beforeNoun |= before == ":" && i - 2 >= sentence.FirstToken && WorkNouns.Contains(document.TokenText(i - 2));
                // "told the Voces del Desierto programme on Calama's Radio Cordillera Norte": a title of two words or more
                // between "the" and a broadcast's noun, which a preposition or the clause's end follows.
                beforeNoun |= length >= 2 && before is "the" or "'s" or "\u2019s" && end + 1 < sentence.EndToken
                    && BroadcastNouns.Contains(document.TokenText(end)) && document.TokenText(end + 1) is "on" or "," or "." or "that" or "which";
                // "Deep Water premiered", "Deep Water, which streams on Netflix".
                var verb = end + 2 < sentence.EndToken && document.TokenText(end) == "," && document.TokenText(end + 1) is "which" or "that" ? end + 2 : end;
                var afterVerb = verb < sentence.EndToken && WorkVerbs.Contains(document.TokenText(verb));
                beforeNoun |= IsAuthorOf(document, sentence, i) && !(end < sentence.EndToken && document.TokenText(end) is "'s" or "\u2019s");

                // "The Harbor Tapes, a documentary by ...", "Cold Harbour, his third feature film": an apposition names what
                // the title is.
                // A quoted title's closing mark may come first: ""The Salt Roads", the documentary ...".
                var comma = end < sentence.EndToken && document.TokenText(end) is "\"" or "\u201D" ? end + 1 : end;

                // "Đồng Bằng Hôm Nay (Delta Today), a current-affairs programme": the title's translation in parentheses
                // comes before the apposition, and is the work's too.
                var gloss = TitleGloss(document, comma, sentence.EndToken);
                comma = gloss > 0 ? gloss + 1 : comma;
                var appositive = comma + 2 < sentence.EndToken && document.TokenText(comma) == ","
                    && Enumerable.Range(comma + 1, Math.Min(4, sentence.EndToken - comma - 1)).Any(k => WorkNouns.Contains(document.TokenText(k)) || IsHyphenatedBeforeWorkNoun(document, k))
                    && document.TokenText(comma + 1) is "a" or "an" or "the" or "his" or "her" or "their";
                afterVerb |= appositive && length >= 2;

                // "# Suara Pesisir, Episode 112: …", "The Harbour Line, episode 214": a programme's title before its episode.
                // "# Holos Dunaiu (Voice of the Danube) — Episode 212": its translation may stand between.
                var episode = BeforeEpisode(document, end, sentence.EndToken) || (gloss > 0 && BeforeEpisode(document, gloss + 1, sentence.EndToken));
                afterVerb |= episode;
                // "# Fjarðaspjall — Episode 112": a page's heading names its programme in one word too.
                var headedEpisode = episode && length == 1 && !WorkNouns.Contains(document.TokenText(i)) && document.TokenText(i).Length >= 4;
                if ((beforeNoun || beforeQuoted || headedEpisode || (afterVerb && (length >= 2))) && !(length == 1 && !beforeNoun && !beforeQuoted && !headedEpisode))
                {
                    var span = new TextSpan(document.Tokens[i].Span.Start, document.Tokens[end - 1].Span.End);
                    yield return new Mention(span, i, length, EntityKind.Work, 0.8, "entity-typing/1");
                    if (gloss > 0 && (appositive || episode))
                    {
                        var translated = new TextSpan(document.Tokens[end + 1].Span.Start, document.Tokens[gloss - 1].Span.End);
                        yield return new Mention(translated, end + 1, gloss - end - 1, EntityKind.Work, 0.8, "entity-typing/1");
                    }
                }

                i = end;
            }
        }
    }

    private static bool IsTitleConnector(string word) => TitleConnectors.Contains(word) || NameParticles.Contains(word) || word is "from" or "with";

    // "a current-affairs programme": a hyphenated modifier (three tokens) before the noun that says what the title is.
    private static bool IsHyphenatedBeforeWorkNoun(KnowledgeDocument document, int token) =>
        document.TokenText(token) == "-" && token + 2 < document.Tokens.Count && WorkNouns.Contains(document.TokenText(token + 2))
        && document.Tokens[token].Span.Start == document.Tokens[token - 1].Span.End;

    // The closing parenthesis of a title-case run of one to six words in parentheses at a token, or 0.
    private static int TitleGloss(KnowledgeDocument document, int open, int sentenceEnd)
    {
        if (open + 2 >= sentenceEnd || document.TokenText(open) != "(")
        {
            return 0;
        }

        for (var t = open + 1; t < Math.Min(sentenceEnd, open + 8); t++)
        {
            if (document.TokenText(t) == ")")
            {
                return t > open + 1 ? t : 0;
            }

            if (!IsCapitalized(document.TokenText(t)) && !TitleConnectors.Contains(document.TokenText(t)))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool BeforeEpisode(KnowledgeDocument document, int end, int sentenceEnd) =>
        end + 2 < sentenceEnd && document.TokenText(end) is "," or "\u2014" or "\u2013" or "-" or ":"
        && document.TokenText(end + 1).Equals("episode", StringComparison.OrdinalIgnoreCase)
        && document.TokenText(end + 2).All(char.IsAsciiDigit);

    // "# Suara Pesisir, Episode 112" says what the page's programme is called: the name is the programme's wherever the page
    // writes it ("Anita Hamisi, who created Suara Pesisir", read as a person's name).
    private static void SpreadProgrammeTitles(KnowledgeDocument document, List<Mention> mentions)
    {
        HashSet<string>? titles = null;
        foreach (var mention in mentions)
        {
            var sentenceEnd = document.Sentences[document.SentenceOf(mention.FirstToken)].EndToken;
            if (mention.Kind == EntityKind.Work
                && (BeforeEpisode(document, mention.EndToken, sentenceEnd)
                    || (TitleGloss(document, mention.EndToken, sentenceEnd) is var gloss and > 0 && BeforeEpisode(document, gloss + 1, sentenceEnd))))
            {
                (titles ??= new HashSet<string>(StringComparer.Ordinal)).Add(document.Slice(mention.Span));
            }
        }

        if (titles is null)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != EntityKind.Work && mentions[i].Form == MentionForm.Name && titles.Contains(document.Slice(mentions[i].Span)))
            {
                mentions[i] = mentions[i] with { Kind = EntityKind.Work };
            }
        }

        // "The Blue Majlis" read elsewhere as a person "Majlis": a title of more than one word, written whole, is the work
        // wherever the names read inside it lie wholly within it.
        foreach (var title in titles.Where(t => t.Contains(' ', StringComparison.Ordinal)))
        {
            for (var at = document.Text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(title, at + title.Length, StringComparison.Ordinal))
            {
                var first = FirstTokenAt(document, at);
                var last = FirstTokenAt(document, at + title.Length - 1);
                if (first < 0 || last < 0 || document.Tokens[first].Span.Start != at || document.Tokens[last].Span.End != at + title.Length
                    || mentions.Any(m => m.FirstToken <= last && m.EndToken > first && (m.FirstToken < first || m.EndToken > last + 1))
                    || mentions.Any(m => m.FirstToken == first && m.EndToken == last + 1))
                {
                    continue;
                }

                mentions.RemoveAll(m => m.FirstToken >= first && m.EndToken <= last + 1);
                var span = new TextSpan(at, at + title.Length);
                mentions.Add(new Mention(span, first, last + 1 - first, EntityKind.Work, 0.7, "entity-typing/1:programme-title"));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // The token that covers a character, or -1.
    private static int FirstTokenAt(KnowledgeDocument document, int position)
    {
        var tokens = document.Tokens;
        var (low, high) = (0, tokens.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.End <= position)
            {
                low = middle + 1;
            }
            else if (tokens[middle].Span.Start > position)
            {
                high = middle - 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    private static bool StartsRelativeClause(KnowledgeDocument document, int next, Sentence sentence)
    {
        if (next >= sentence.EndToken)
        {
            return false;
        }

        var word = document.TokenText(next);
        return document.PartsOfSpeech is { } tags
            ? tags[next] == "VERB" && !WorkVerbs.Contains(word)
            : word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]) && !WorkVerbs.Contains(word);
    }

    // "the author of Alice in Wonderland", "writer of "The Quiet Shore"": the words after an author's "of" are a title.
    private static bool IsAuthorOf(KnowledgeDocument document, Sentence sentence, int first)
    {
        var of = first - 1;
        if (of >= sentence.FirstToken && document.TokenText(of) is "\"" or "\u201C")
        {
            of--;
        }

        return of - 1 >= sentence.FirstToken && document.TokenText(of) == "of" && AuthorNouns.Contains(document.TokenText(of - 1));
    }

    /// <summary>Tells whether a capitalised word is a title, a rank, a day or a month rather than part of a name.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a title or a date's word.</returns>
    internal static bool IsTitleOrDate(string word) => NotGivenNames.Contains(word) || LeadingRoles.Contains(word) || Months.Contains(word);

    internal static bool IsDayOrMonth(string word) =>
        Months.Contains(word) || word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    internal static bool IsCapitalized(string token) => token.Length > 0 && char.IsUpper(token[0]) && token.Any(char.IsLetter);

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)? (?:percent|per cent|%)|\d+(?:\.\d+)?%|majority|wholly|partly|jointly|fully) owned by\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOwnedBy();
}
