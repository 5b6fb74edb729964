using System.Text.RegularExpressions;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The pattern set for the news relations. Each expression reads the words between two mentions; <c>W</c> stands
/// for "up to n other words", so a pattern allows short modifiers ("on Monday", "US filmmaker") and nothing longer.
/// </summary>
internal static class RelationPatterns
{
    private const string Person = "person";

    private static readonly EntityKind[] People = [EntityKind.Person];
    private static readonly EntityKind[] Organizations = [EntityKind.Organization];
    private static readonly EntityKind[] Places = [EntityKind.Location];
    private static readonly EntityKind[] Works = [EntityKind.Work];
    private static readonly EntityKind[] Actors = [EntityKind.Person, EntityKind.Organization];
    private static readonly EntityKind[] Polities = [EntityKind.Location, EntityKind.Organization];
    private static readonly EntityKind[] Events = [EntityKind.Event];

    // Heads only: a "director" or an "officer" heads nothing unless the title says so (executive, managing director, and
    // the Indonesian company's "president director").
    private const string Leader =
        @"(?:president director|president|prime minister|premier|chancellor|king|queen|leader|head|chief|chairman|chairwoman|chairperson|chair"
        + @"|chief executive(?: officer)?|ceo|director-general|director general|executive director|managing director|general manager|secretary[- ]general"
        + @"|governor|gov(?: ?\.)?|mayor|founder|co-founder|boss)";
    // Titles of address between a title and the name, which the recogniser leaves out of it: "managing director, Chief
    // Chukwuemeka Anyaoha", "Commissioner for Works, Engr. Rasheed Akanbi".
    private const string Courtesy = @"(?:chief|engr\.?|alhaji|alhaja|hon\.?|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?)";
    private const string Modifier = @"(?:former|acting|interim|new|current|longtime|long-time|founding|outgoing|incoming|senior|chief|top|then)";
    private const string Job =
        @"(?:spokesman|spokeswoman|spokesperson|reporter|correspondent|editor|economist|analyst|official|employee|executive"
        + @"|engineer|lawyer|attorney|adviser|advisor|aide|researcher|manager|staffer|consultant|coach|strategist|producer|scientist|pilot|veteran|partner"
        + @"|doctor|physician|surgeon|nurse|pharmacist|[a-z]+ologist"
        + @"|(?:[a-z-]+ ){0,2}(?:officer|director|secretary))";
    // Nouns for a business or a body that a place can qualify ("a Seattle startup", "the Oslo group").
    private const string BusinessNoun =
        @"(?:company|firm|startup|start-up|group|maker|manufacturer|carrier|airline|bank|lender|insurer|retailer|chain|publisher"
        + @"|broadcaster|developer|studio|charity|nonprofit|club|team|union|agency|operator|producer|conglomerate)";
    private const string PartyRole =
        @"(?:lawmaker|legislator|councillor|councilor|councilman|councilwoman|council member|mp|td|mep|msp|mla|mpp|senator|congressman|congresswoman"
        + @"|representative|assemblyman|assemblywoman|delegate|candidate|politician|member|(?:caucus|chief) whip|whip"
        + @"|caucus (?:leader|chair|chairman|chairwoman|chairperson|spokesperson|spokesman|spokeswoman))";
    private const string RivalWord = @"(?:main |chief |closest |biggest |longtime |long-time |fiercest |nearest |former |arch-)?(?:rival|competitor|challenger)";
    private const string Ouster = @"(?:immediate )?(?:resignation|removal|ouster|dismissal|sacking|firing|impeachment)";
    // When a step was taken, between its verb and its title: "resigned on Friday as", "stepped down abruptly as".
    private const string TimeOfStep =
        @"(?:(?:on |last |this |earlier |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year)"
        + @"|abruptly|suddenly|formally|officially|unexpectedly)";
    private const string StepDown = @"(?:resign|quit|step down|step aside|stand down|stand aside)\b";
    // What an official is called on to answer for, which is criticism as plainly as a call to resign ("called on the
    // minister to explain why she had praised the company", "urged Reyes to apologise").
    private const string Answer = @"(?:explain|justify|account for|answer for|apologise|apologize)\b";
    private const string CallOn = @"(?:urged|urges|has urged|called on|calls on|pressed|presses)";
    // A title set off before the name it describes: "called on the health minister, Pedro Soto,", "urged the Minister of
    // Mining, Ximena Orellana,".
    private const string TitlePhrase = @"(?:the )?(?:[a-z-]+ ){0,3}(?:minister|secretary|commissioner|senator|governor|mayor|chairman|chairwoman|chair"
        + @"|president|director|chief executive|head|boss|official|superintendent)(?: of (?:the )?[a-z-]+(?: [a-z-]+){0,2})?";
    // A title between a verb and the name it governs, which the recogniser leaves out of the name ("called on Mayor Grace Okafor").
    private const string Title =
        @"(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen)\.?|senator|governor|mayor|president|minister|chancellor|judge|general|chairman|chairwoman"
        + @"|secretary|ambassador|pope|prince|princess|king|queen|sir|lady|lord)";
    private const string PraiseVerb =
        @"(?:praised|praises|hailed|hails|lauded|lauds|commended|commends|applauded|applauds|thanked|thanks|congratulated|congratulates)";
    private const string CriticizeVerb =
        @"(?:criticized|criticised|criticizes|criticises|slammed|slams|condemned|condemns|attacked|attacks|blasted|blasts|rebuked|rebukes"
        + @"|denounced|denounces|assailed|assails|berated|berates|chided|chides|castigated|castigates|faulted|faults|lambasted|lambastes"
        + @"|(?:lashed|lashes|hit|hits) out at|took aim at|takes aim at|railed against|rails against|discredited|discredits|smeared|smears)";
    // "… and criticised TerminalSur", "… and praised the minister", "… but defended the company": a second verb whose
    // subject is the sentence's.
    private static readonly Regex CoordinatedVerb = new(
        $@" (?:and|but) (?:(?<criticized>{CriticizeVerb})|(?<accused>accused|accuses|blamed|blames)|(?<supported>{PraiseVerb}|{SupportVerb})|(?<defended>{DefendVerb})) (?:the )?(?:{Title} )?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // "defended Chingshui's past relationship with the county": what is defended is the possessive's noun, not the name.
    private static readonly Regex NotPossessive = Rx(@"^(?! (?:'s|’s)\b)");

    /// <summary>Reads the words around a name as a verb coordinated with the sentence's first ("… and criticised").</summary>
    /// <param name="before">The words before the name, in lower case, with a space on either side.</param>
    /// <param name="after">The words after the name, with a space before each.</param>
    /// <returns>The relation the verb states, or <see langword="null"/>.</returns>
    public static RelationKind? Coordinated(string before, string after) => CoordinatedVerb.Match(before) switch
    {
        { Success: false } => null,
        var m when m.Groups["criticized"].Success => RelationKind.Criticized,
        var m when m.Groups["accused"].Success => RelationKind.Accused,
        var m when m.Groups["defended"].Success && !NotPossessive.IsMatch(after) => null,
        _ => RelationKind.Supported,
    };

    // "… and called on the Minister of Mining, Ximena Orellana Pizarro, to explain …": a call coordinated with the
    // sentence's first verb, read with what it calls for.
    private static readonly Regex CoordinatedCallVerb = new($@" and {CallOn} (?:{Title} |{TitlePhrase} , )?$", RegexOptions.CultureInvariant);
    private static readonly Regex CalledFor = new($@"^ (?:, )?to (?:{StepDown}|{Answer})", RegexOptions.CultureInvariant);
    private static readonly Regex Titles = new($@"^ (?:{Title} ){{1,2}}$", RegexOptions.CultureInvariant);

    /// <summary>Reads the words around a name as a call coordinated with the sentence's first verb ("… and called on X to resign").</summary>
    /// <param name="before">The words before the name, in lower case, with a space on either side.</param>
    /// <param name="after">The words after the name, in the same form.</param>
    /// <returns><see langword="true"/> when the words call on the name to step down or to answer for something.</returns>
    public static bool CoordinatedCall(string before, string after) => CoordinatedCallVerb.IsMatch(before) && CalledFor.IsMatch(after);

    /// <summary>Tells whether words before a name are only titles of address ("Senator", "Rep.", "Labor Minister").</summary>
    /// <param name="words">The words, in lower case, with a space on either side.</param>
    /// <returns><see langword="true"/> for one or two titles.</returns>
    public static bool AreTitles(string words) => Titles.IsMatch(words);

    private const string Occupation =
        @"(?:filmmaker|film-maker|film director|director|actor|actress|writer|author|novelist|poet|journalist|singer|musician"
        + @"|artist|businessman|businesswoman|billionaire|entrepreneur|economist|scientist|historian|lawyer|activist|dissident"
        + @"|diplomat|politician|lawmaker|athlete|footballer|player|composer|photographer|hacker|blogger|comedian)";
    private const string WorkNoun =
        @"(?:documentary|docuseries|film|movie|book|novel|memoir|series|show|programme|program|album|play|song|opera|musical|podcast)";
    internal const string Family =
        @"(?:wife|husband|son|daughter|brother|sister|father|mother|cousin|uncle|aunt|niece|nephew|grandson|granddaughter"
        + @"|grandfather|grandmother|spouse|widow|widower|stepson|stepdaughter)";
    private const string SayVerb = @"(?:said|says|told|insisted|stated|added|explained|noted|claimed|admitted)";
    private const string SupportVerb =
        @"(?:supported|supports|backed|backs|endorsed|endorses|(?:tried|sought|wanted|had tried|had sought) to (?:support|back|help))";
    // Standing up for someone, which is support of them but not of what is theirs ("defended the company's past
    // relationship with …").
    private const string DefendVerb = @"(?:defended|defends|has defended|stood by|stands by|has stood by)";
    private const string SueVerb = @"(?:sued|sues|has sued|have sued|had sued|is suing|are suing|will sue|is to sue|plans to sue|threatened to sue)";
    private const string Stake = @"(?:largest |biggest |main |major |leading |top |second-largest )?(?:shareholder|investor|backer)";
    private const string AirVerb =
        @"(?:premiered|premieres|aired|airs|debuted|debuts|was broadcast|is broadcast|will air|streams|streamed|was shown|is shown|runs)";
    // When a programme airs, between the verb and its channel: "airs Fridays at 8 p.m. on", "runs weeknights at 9pm on".
    private const string AirSchedule =
        @"(?:(?:every |on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weeknights|weekends|daily|nightly|weekly) )?"
        + @"(?:at \S+ (?:[ap]\.m\. |[ap]m )?)?";

    /// <summary>Gets the patterns, most specific first.</summary>
    public static IReadOnlyList<RelationPattern> All { get; } =
    [
        // LEADS: "Northwind Energy chief executive Tomas Reyes", "Elenian President Ana Vos", "Microsoft's chief executive Satya Nadella".
        // "FreshKart co-founder and chief executive Ananya Iyer": two titles, the second a head's.
        new("title-before-name", Rx($@"^ (?:'s |’s )?(?:(?:{Modifier} )?{Leader} and )?(?:{Modifier} )?{Leader} ,? ?(?:{Courtesy} )?$"),
            RelationKind.Leads, Polities, People, Reversed: true, 0.85) { InANounPhrase = true },
        // LEADS: "said Teresa Okonkwo, the guild's executive director", "Tom Hale, Port Elena's mayor,": a possessive title
        // ending an apposition after the name ("the World Health Organization's chief medical officer" is no head).
        new("apposed-possessive-title", Rx(@"^ , (?:the )?$"),
            RelationKind.Leads, People, Polities, Reversed: false, 0.8) { After = Rx($@"^ (?:'s|’s) (?:{Modifier} )?{Leader}(?: and (?:{Modifier} )?{Leader})?(?: ,| \.| ;|$)"), InANounPhrase = true },
        // LEADS: "Maria Alvarez, who chairs the Senate Energy Committee", "Park, the governor of ...", "Kim, the acting director of the FBI".
        new("who-leads", Rx(@"^ , (?:\d{1,3} , )?who (?:leads|heads|runs|chairs|has led|had led|has headed|has run|has chaired|led|headed|ran|chaired) (?:the )?$"),
            RelationKind.Leads, People, Polities, Reversed: false, 0.85),
        // "Suresh Bansal, a grocer from Nagpur, heads the All India Kirana Traders Federation": the verb alone.
        new("heads", Rx(@"^ (?:also |now |still |currently )?(?:heads|runs|chairs|has headed|has run|has chaired) (?:the )?$"),
            RelationKind.Leads, People, Organizations, Reversed: false, 0.8),
        new("who-chairs", Rx(@"^ , who (?:will |would )?(?:chairs|chair|founded|co-founded) (?:the )?$"),
            RelationKind.Leads, People, Organizations, Reversed: false, 0.85),
        new("title-of", Rx($@"^ , (?:(?:the )?(?:{Modifier} )?(?:{Leader}|director)|an? (?:{Modifier} )?(?:founder|co-founder)) of (?:the )?$"),
            RelationKind.Leads, People, Polities, Reversed: false, 0.8),
        // LEADS: "Acting Mayor Lisa Grant of Port Elena".
        new("title-name-of", Rx(@"^ of (?:the )?$"),
            RelationKind.Leads, People, Polities, Reversed: false, 0.8) { Before = Rx($@" (?:{Modifier} )?{Leader} $") },
        // LEADS: "Grant stepped down as chairman of the Harbor Council", "Osei was appointed acting president of ...", "was
        // sworn in as president of".
        // "resigned on Friday as chief executive of", "called on Reyes to resign as chief executive of" (the call says he is).
        new("as-title-of", Rx(
            $@"^ ,? ?(?:who )?(?:has |had |will |to )?(?:stepped down|steps down|step down|resigned|resigns|resign|quit|quits|retired|retires|retire"
            + $@"|served|serves|serve|was appointed|has been appointed|was named|has been named|was elected|has been elected|was sworn in|is sworn in"
            + $@"|will be sworn in|became|becomes|is|was)(?: {TimeOfStep})? (?:as )?(?:the )?"
            + $@"(?:new )?(?:{Modifier} )?{Leader} of (?:the )?$"),
            RelationKind.Leads, People, [.. Polities, .. Events], Reversed: false, 0.8),
        // LEADS: "Northwind Energy named Julia Brandt as interim chief executive", "Sibaya Water's board named its chief
        // operating officer, Pieter van Wyk, as acting chief executive".
        new("named-as-head", Rx(
            @"^ (?:(?:'s|’s|'|’) (?:board|board of directors|directors|trustees|shareholders) )?(?:has |have |had )?"
            + @"(?:named|appointed|picked|chose|tapped|elected|promoted) (?:(?:its|their|the) (?:[^ ,]+ ){1,4}, )?(?:\S+ ){0,2}$"),
            RelationKind.Leads, Organizations, People, Reversed: true, 0.8)
        {
            After = Rx($@"^ (?:, )?(?:as |to be )(?:its |the )?(?:new )?(?:{Modifier} )?{Leader}\b"),

            // "its" before the person's old title is a mention of the body itself.
            AllowsMentionsBetween = true,
        },
        // LEADS an event: "Solberg will chair the Oslo Climate Summit", "the summit will be chaired by Pablo Ruiz".
        new("chairs-event", Rx(
            @"^ (?:, who )?(?:will |would |is to |is set to |to )?(?:chair|chairs|chaired|chairing|preside over|presides over|presided over"
            + @"|lead|leads|led|head|heads|headed) (?:the )?$"),
            RelationKind.Leads, People, Events, Reversed: false, 0.8),
        new("event-chaired-by", Rx(@"^ (?:will be |was |is |is being |to be )(?:chaired|led|headed|presided over) by (?:\S+ )?$"),
            RelationKind.Leads, Events, People, Reversed: true, 0.8),

        // WORKS_FOR: "Northwind spokesman Ben Ode", "Ben Ode, a spokesman for Northwind", "Sofia Ramos, director of research at ...",
        // "Calder Motors marketing director Sven Olsen", "Press officer Hannah Vogel of the Harbor Police".
        new("job-before-name", Rx($@"^ (?:'s |’s )?(?:{Modifier} )?{Job} ,? ?$"),
            RelationKind.WorksFor, Organizations, People, Reversed: true, 0.8) { InANounPhrase = true },
        // WORKS_FOR: "Rafael Soto, Northwind's communications director, said".
        new("apposed-possessive-job", Rx(@"^ , (?:the )?$"),
            RelationKind.WorksFor, People, Organizations, Reversed: false, 0.8) { After = Rx($@"^ (?:'s|’s) (?:{Modifier} )?{Job}(?: ,| \.| ;|$)"), InANounPhrase = true },
        new("job-for", Rx($@"^ , (?:a |an |the )?(?:{Modifier} )?(?:\S+ (?:- \S+ )?)?{Job}(?: of \S+)? (?:for|at|with|of) (?:the )?$"),
            RelationKind.WorksFor, People, Organizations, Reversed: false, 0.8),
        new("job-name-of", Rx(@"^ of (?:the )?$"),
            RelationKind.WorksFor, People, Organizations, Reversed: false, 0.75) { Before = Rx($@" (?:{Modifier} )?{Job} $") },
        new("works-for", Rx(@"^ ,? ?(?:who )?(?:works|worked|has worked) (?:for|at) (?:the )?$"),
            RelationKind.WorksFor, People, Organizations, Reversed: false, 0.75),
        new("hired", Rx(@"^ (?:has |have |had )?(?:hired|recruited|appointed|named) (?:\S+ ){0,2}$"),
            RelationKind.WorksFor, Organizations, People, Reversed: true, 0.75),

        // MEMBER_OF: "Ann Lee, a member of the Harbor Council".
        new("member-of", Rx(@"^ , (?:a |an |the )?(?:\S+ )?(?:member|members|delegate|deputy|fellow) of (?:the )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.8),
        new("joined", Rx(@"^ (?:has |had )?joined (?:the )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.6),
        // MEMBER_OF: "Labour lawmaker Peter Finch", "Lena Fischer, who sits on the Harbor Council".
        new("party-role-before-name", Rx($@"^ (?:'s |’s )?(?:{Modifier} )?{PartyRole} $"),
            RelationKind.MemberOf, Organizations, People, Reversed: true, 0.75),
        // MEMBER_OF: "Nadia Rahman, the Labour MP for Leith", "Naledi Khumalo, PCM caucus leader".
        new("party-role-apposition", Rx(@"^ , (?:the |a |an )?(?:former |senior |veteran |backbench )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.75) { After = Rx($@"^ (?:{PartyRole})\b") },
        // "Senator José Manuel Carrasco Uribe, of the Green Regionalist Front", "Rep. Yoon Seo-yeon of the opposition
        // Solidarity Future Party": the body a titled lawmaker is "of" is his party.
        new("lawmaker-of-party", Rx(@"^ ,? ?of the (?:opposition |ruling |governing |main )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.75)
        {
            Before = Rx(@"(?:^| )(?:senator|sen \.|sen\.|rep \.|rep\.|representative|congressman|congresswoman|assemblyman|assemblywoman|deputy|legislator|lawmaker|mp) $"),
        },
        // "Sigurður Pálsson, 47, a councillor for the opposition East List": the party a councillor sits for.
        new("party-role-for", Rx($@"^ , (?:\d{{1,3}} , )?(?:a |an |the )?(?:former |senior |veteran |backbench )?{PartyRole} (?:for|of) the (?:opposition |ruling |governing |main )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.75),
        new("sits-on", Rx(@"^ ,? ?(?:who )?(?:sits|sat|serves|served|has served|has sat) on (?:the )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.75),

        // CITIZEN_OF: "US filmmaker Oliver Stone", "Mark Ellison, a Canadian citizen".
        // Only a country: "Napier businessman Grant Maddox" is from a city, not its citizen.
        new("nationality-occupation", Rx($@"^ (?:\S+ )?{Occupation} $"),
            RelationKind.CitizenOf, Places, People, Reversed: true, 0.65) { FirstIsCountry = true },
        // "Spain's Tomás Arrieta": a country's possessive before a person, as sports news names an athlete by country.
        new("country-possessive", Rx(@"^ (?:'s|’s) $"),
            RelationKind.CitizenOf, Places, People, Reversed: true, 0.7) { FirstIsCountry = true },
        new("citizen-apposition", Rx(@"^ , (?:a |an )(?:\S+ )?$"),
            RelationKind.CitizenOf, People, Places, Reversed: false, 0.8) { After = Rx(@"^ (?:citizen|national|passport holder)\b") },

        // LIVES_IN / BASED_IN / LOCATED_IN ("the Oslo-based group Fjord Watch").
        new("lives-in", Rx(@"^ ,? ?(?:who )?(?:lives|lived|resides|resided|has lived|grew up) in $"),
            RelationKind.LivesIn, People, Places, Reversed: false, 0.8),
        new("resident-of", Rx(@"^ , (?:a |an )?(?:\S+ )?(?:resident|native) of $"),
            RelationKind.LivesIn, People, Places, Reversed: false, 0.7),
        // "Tom Hale, 45, of Springfield", "Manju Sam, 36, from Sydney": the age and hometown of local news.
        new("age-of-place", Rx(@"^ , \d{1,3} , (?:of|from) $"),
            RelationKind.LivesIn, People, Places, Reversed: false, 0.8),
        // "Adriatic Maritime Lines, a Trieste-based ferry operator".
        new("based-apposition", Rx(@"^ , (?:a |an |the )(?:\S+ )?$"),
            RelationKind.BasedIn, Organizations, Places, Reversed: false, 0.8) { After = Rx(@"^ - ?(?:based|headquartered)\b") },
        // "Quillon, a Seattle startup that …", "Lumenstack, the San Francisco artificial intelligence company,": a place
        // that qualifies a business's noun in an apposition is where the business is.
        new("place-apposition", Rx(@"^ , (?:a |an |the )$"),
            RelationKind.BasedIn, Organizations, Places, Reversed: false, 0.75) { After = Rx($@"^ (?:[a-z]+ ){{0,3}}{BusinessNoun}(?: ,| \.| that| which| with| in|$)") },
        new("based-in", Rx(@"^ ,? ?(?:which is |that is |is |are )?(?:based|headquartered) in $"),
            RelationKind.BasedIn, Organizations, Places, Reversed: false, 0.85),
        new("place-based", Rx(@"^ - ?(?:based|headquartered) (?:(?:\S+ )?(?:group|company|firm|organi[sz]ation|charity|bank|agency|newspaper|broadcaster|start-?up|non-?profit|publisher|network|airline|insurer|lender|retailer|manufacturer|club|team) )?$"),
            RelationKind.BasedIn, Places, Organizations, Reversed: true, 0.8),
        new("city-country", Rx(@"^ , $"),
            RelationKind.LocatedIn, Places, Places, Reversed: false, 0.55),
        new("place-in", Rx(
            @"^ , (?:a |an |the )?(?:\S+ )?(?:city|town|village|region|province|state|port|capital|district|suburb|county|island) in (?:the )?"
            + @"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west)(?:ern)? )?$"),
            RelationKind.LocatedIn, Places, Places, Reversed: false, 0.75),
        // Not the landmark a distance is measured from: in "110 km southeast of Budapest in Jasz-Nagykun-Szolnok county" the
        // county is where the town that lies there is, not Budapest.
        new("located-in", Rx(@"^ ,? ?(?:which is |is )?(?:located |situated )?in (?:the )?(?:north|south|east|west|centre|center|heart)?(?: of)? ?(?:the )?$"),
            RelationKind.LocatedIn, Places, Places, Reversed: false, 0.5)
        {
            Before = Rx(@"^(?!.*(?:\b(?:north|south|east|west)\S* of|\b(?:km|kilometres|kilometers|miles) (?:from|of)|\boutside(?: of)?) $)"),
        },

        // INTERVIEWED: "Ortiz interviewed Reyes", "Ortiz conducted three interviews with Reyes", "Reyes said in an interview with filmmaker Lena Ortiz".
        new("interviewed", Rx(@"^ (?:has |had |have |will |is |was )?(?:\S+ )?(?:interviewed|interviews|interview|interviewing) $"),
            RelationKind.Interviewed, Actors, People, Reversed: false, 0.85),
        new("conducted-interviews", Rx(@"^ (?:has |had )?(?:conducted|held|recorded|did) (?:\S+ ){0,3}interviews? with $"),
            RelationKind.Interviewed, Actors, People, Reversed: false, 0.85),
        // "Katerina Sklavou goes over to Vathy to interview Giórgos Konstantínou": one who travels somewhere to interview.
        new("went-to-interview", Rx(@"^ (?:goes|went|has gone|travels|travelled|traveled|heads|headed) (?:over |out |down |up |back )?to (?:\S+ ){1,4}to interview $"),
            RelationKind.Interviewed, Actors, People, Reversed: false, 0.8) { AllowsMentionsBetween = true },
        // INTERVIEWED by a network: "said in an interview on CNN's Sunday show", "told the BBC in an interview", "Speaking in an
        // interview with Sky News, Berg ..." (the network's journalists interviewed the speaker; nobody there works for it).
        new("said-in-interview-with", Rx($@"^ {SayVerb} (?:\S+ ){{0,3}}in an? (?:\S+ )?interview (?:with|on|to) (?:\S+ ){{0,3}}$"),
            RelationKind.Interviewed, People, Actors, Reversed: true, 0.8) { AllowsMentionsBetween = true },
        // "He repeated the charge in a March 17 interview with Radyo Sugbo host Benjie Tabada".
        new("in-interview-with", Rx(@"^ (?:\S+ ){1,4}in an? (?:\S+ ){0,3}interview with (?:\S+ ){0,3}$"),
            RelationKind.Interviewed, People, Actors, Reversed: true, 0.75) { AllowsMentionsBetween = true },
        // "He sat down with Funmilayo Oyekunle for almost forty minutes ..., in his first interview since the collapse":
        // the one he sat down with interviewed him, when the sentence calls it an interview.
        new("sat-down-for-interview", Rx(@"^ (?:has |had |will )?sat down with $"),
            RelationKind.Interviewed, People, People, Reversed: true, 0.8) { After = Rx(@"\binterview\b"), AfterReach = 16 },
        // A show's notes: "Show notes: Valentina Ñancupil Quispe sits down with Juan Pablo Achurra del Campo, ..." (the host
        // first; a meeting in the news is no show's episode).
        new("sits-down-in-show-notes", Rx(@"^ (?:sits|sat) down with $"),
            RelationKind.Interviewed, People, People, Reversed: false, 0.8) { Before = Rx(@"(?:^| )(?:show notes|(?:in |on )?this episode|this week|tonight) : (?:\* )*$") },
        new("told-in-interview", Rx(@"^ (?:\S+ )?told (?:the )?$"),
            RelationKind.Interviewed, People, Actors, Reversed: true, 0.8) { After = Rx(@"^ (?:(?:'s|’s) \S+ )?(?:\S+ ){0,2}in an? (?:\S+ )?interview\b") },
        new("interview-with-before", Rx(@"^ , $"),
            RelationKind.Interviewed, Actors, People, Reversed: false, 0.8) { Before = Rx(@"in an? (?:\S+ )?interview (?:with|on|to) (?:the )?$") },
        // INTERVIEWED: "Speaking to Reuters, Berg said", "Speaking on RTÉ Radio 1's Morning Ireland, Keane said".
        new("speaking-to", Rx(@"^ (?:\S*(?:'s|’s) (?:\S+ ){1,4})?, $"),
            RelationKind.Interviewed, Actors, People, Reversed: false, 0.8)
        {
            Before = Rx(@"(?:^| )(?:speaking|talking) (?:to|on|with) (?:the )?$"),
            AllowsMentionsBetween = true,
        },
        new("interviewed-by", Rx(@"^ (?:was |were |has been )interviewed by (?:\S+ ){0,2}$"),
            RelationKind.Interviewed, People, Actors, Reversed: true, 0.85),

        // MET.
        // MET: the words after "met" are titles, not a clause ("met reporters after Park's speech" is no meeting with Park).
        new("met", Rx(
            @"^ (?:\S+ ){0,3}(?:met|meets|will meet|has met|had met)"
            + @"(?: for (?:about |nearly |almost |more than |over )?(?:an?|one|two|three|four|five|half an|\d+) (?:hour|hours|minutes))?(?: with)? "
            + @"(?:(?!after |before |when |while |during |following |as |despite |since |because |and |but |then )\S+ ){0,2}$"),
            RelationKind.Met, Actors, Actors, Reversed: false, 0.75),
        // "she met for two hours with community representatives, among them María José Fuentes Ibarra".
        // "met the village head, H. Jafar Sowohi,": the title set off before the name it describes.
        new("met-title-apposed", Rx($@"^ (?:\S+ ){{0,2}}(?:met|meets|will meet|has met|had met) (?:with )?{TitlePhrase} , $"),
            RelationKind.Met, Actors, People, Reversed: false, 0.75),
        new("met-with-among-them", Rx(@"^ (?:\S+ ){0,2}(?:met|meets|will meet|has met|had met) (?:\S+ ){0,4}with (?:\S+ ){1,4}, (?:among them|including) $"),
            RelationKind.Met, Actors, People, Reversed: false, 0.7),
        new("sat-down-with", Rx(@"^ (?:\S+ ){0,2}(?:sat down|sits down|will sit down|conferred|confers) with (?:\S+ ){0,2}$"),
            RelationKind.Met, Actors, Actors, Reversed: false, 0.7),
        new("and-met", Rx(@"^ and $"),
            RelationKind.Met, People, People, Reversed: false, 0.7) { After = Rx(@"^ (?:\S+ )?(?:met|meet|have met|had met|held talks)\b") },
        // "Dr. Levente Gáspár, 52, and Zsuzsanna Kovács, 63, chair of the Tiszavári Kertbarát Egyesület, spoke for just over
        // two hours at Tiszavár town hall in a meeting": the two as one subject, past their ages and an apposition.
        new("and-met-past-asides", Rx(@"^ (?:, \d{1,3} , )?and $"),
            RelationKind.Met, People, People, Reversed: false, 0.7)
        {
            After = Rx(@"^ (?:, \d{1,3} )?(?:, (?:[^ ,]+ ){1,10})?(?:, )?(?:\S+ )?(?:met|have met|had met|held talks|(?:spoke|talked) (?:[^ ,]+ ){0,10}in (?:a|the|their) (?:meeting|talks))\b"),
            AfterReach = 30,
        },
        new("talks-with", Rx(@"^ (?:held|holds|had) (?:\S+ )?talks with (?:\S+ ){0,2}$"),
            RelationKind.Met, Actors, Actors, Reversed: false, 0.7),

        // SUPPORTED / OPPOSED / CRITICIZED / ACCUSED.
        // SUPPORTED: endorsement, praise and thanks ("thanked Helen Park for her leadership"), "threw its support behind",
        // "won the backing of" (reversed).
        new("supported", Rx($@"^ (?:\S+ ){{0,3}}(?:{SupportVerb}|{PraiseVerb}) (?:{Title} )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.75),
        // "Fjarðabyggð … has stood by Austurlax", "defended the minister".
        new("defended", Rx($@"^ (?:\S+ ){{0,3}}{DefendVerb} (?:{Title} )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.75) { After = NotPossessive },
        // "said it supported the lawsuit filed on Tuesday by the Pathein Passengers and Traders Association": backing a
        // suit, a campaign or a bid backs whoever brought it.
        new("supported-suit-by", Rx($@"^ (?:\S+ ){{0,3}}(?:{SupportVerb}|threw its weight behind|throws its weight behind) (?:the |a )?(?:[a-z-]+ )?"
            + @"(?:lawsuit|suit|case|claim|action|campaign|petition|complaint|bid) (?:(?:filed|brought|lodged|launched) )?(?:on \S+ |last \S+ |this \S+ )?by (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.7),
        // "The Instituto Rios Vivos da Amazonia, a Belem-based NGO that has supported the AMPT since 2023": a relative
        // clause on the description set beside the name (the place in it is no subject).
        new("supported-described", Rx($@"^ , (?:an? |the )(?:[a-z-]+ ){{0,4}}(?:that|which|who) (?:has |have |had )?(?:long )?{SupportVerb} (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.75) { AllowsMentionsBetween = true },
        // "thanked the festival's director, Stefan Majewski, for ...".
        new("supported-role", Rx($@"^ (?:\S+ ){{0,2}}{PraiseVerb} (?:the |his |her |their |its )?(?:\S+ ){{0,3}}(?:{Leader}|director|organi[sz]er|host|founder) , $"),
            RelationKind.Supported, Actors, People, Reversed: false, 0.7),
        // The first of two coordinated verbs may carry a short object and an adverbial ("visited the picket line in the
        // afternoon and voiced his support for").
        new("support-behind", Rx(
            @"^ (?:\S+ ){0,2}(?:(?:[a-z]+ ){1,8}and )?(?:(?:threw|throws|has thrown|put|puts) (?:its|his|her|their) (?:full )?(?:support|weight) behind"
            + @"|came out in support of|comes out in support of|(?:voiced|voices|expressed|declared|pledged|reaffirmed|affirmed|affirms|announced|announces) "
            + @"(?:its |his |her |their |the [a-z]+ (?:'s|’s) )?(?:full |strong |formal |public )?support for|rallied behind|rallied around|stood by|stands by) (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.75) { AllowsMentionsBetween = true },
        // "said in a statement that she had full confidence in Llewellyn": confidence kept (never "no confidence").
        new("confidence-in", Rx(
            @"^ (?:, )?(?:(?![,:])\S+ ){0,7}(?:has|had|have|expressed|expresses|voiced|voices|retains|retained|reaffirmed|reiterated) "
            + @"(?:her |his |its |their )?(?:full |complete |total |every |absolute |continued |continuing )?confidence in (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.75),
        // "The council expressed its continued confidence in Julia Brandt": the possessive is the body itself.
        new("possessive-confidence-in", Rx(@"^ (?:full |complete |total |every |absolute |continued |continuing )?confidence in (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.75) { Before = Rx(@"(?:expressed|expresses|voiced|voices|reaffirmed|reiterated|retains|retained) $") },
        // "Lumenstack, which was founded in 2021 and is backed by Greyhawk Ventures": an investor's backing (reversed).
        new("backed-by", Rx(@"^ (?:, (?:which|who) )?(?:\S+ ){0,6}(?:is|was|are|were|been) (?:\S+ )?(?:backed|funded|financed|bankrolled) by (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: true, 0.7),
        // "Its largest shareholder, the investment firm Rhine Capital, said", "Rhine Capital, Veltris's largest investor,": an
        // owner's stake backs the company (reversed in the first).
        new("shareholder-apposition", Rx($@"^ (?:'s |’s )?{Stake} , (?:the |an? )?(?:[a-z-]+ ){{0,3}}$"),
            RelationKind.Supported, Organizations, Actors, Reversed: true, 0.7),
        new("apposed-shareholder", Rx(@"^ , $"),
            RelationKind.Supported, Actors, Organizations, Reversed: false, 0.7) { After = Rx($@"^ (?:'s |’s )?{Stake}(?: ,| \.|$)") },
        // "The company has raised 180 million euros, including a 40 million euro grant from the German Aerospace Center": a
        // funder's money received (reversed).
        new("funded-from", Rx(
            @"^ (?:, (?:[^,]+ ){1,6}, )?(?:has |had |have )?(?:received|receives|won|wins|secured|secures|raised|raises|obtained|got|was awarded|has been awarded) "
            + @"(?:\S+ ){0,10}(?:grant|grants|funding|loan|loans|subsidy|subsidies|investment|financing) from (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: true, 0.7) { Reach = 24 },
        // "The cooperative has also found backing from Kıyı Gözcüleri Derneği".
        new("won-backing-of", Rx(
            @"^ (?:has |had )?(?:also )?(?:won|wins|secured|secures|received|receives|gained|gains|earned|enjoys|enjoyed|found|finds|drew|draws) "
            + @"(?:the )?(?:\S+ )?(?:backing|endorsement|support) (?:of|from) (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: true, 0.75),
        new("urged-to-run", Rx($@"^ (?:\S+ ){{0,2}}(?:urged|urges|has urged|encouraged|encourages|pressed|called on|calls on) (?:{Title} )?$"),
            RelationKind.Supported, Actors, People, Reversed: false, 0.65) { After = Rx(@"^ to (?:run|seek|stand(?! aside| down))\b") },
        // A "supporter of", "critic of" or "opponent of" apposition.
        new("supporter-of", Rx(@"^ , (?:a |an |the )?(?:\S+ ){0,2}(?:supporter|backer|ally|champion) of (?:the )?$"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.7),
        new("critic-of", Rx(@"^ , (?:a |an |the )?(?:\S+ ){0,2}(?:critic|detractor) of (?:the )?$"),
            RelationKind.Criticized, Actors, Actors, Reversed: false, 0.75),
        new("opponent-of", Rx(@"^ , (?:a |an |the )?(?:\S+ ){0,2}opponent of (?:the )?$"),
            RelationKind.Opposed, Actors, Actors, Reversed: false, 0.7),
        new("opposed", Rx($@"^ (?:\S+ ){{0,3}}(?:opposed|opposes|voted against|votes against|will vote against|campaigned against|fought|fight|fighting) (?:{Title} )?$"),
            RelationKind.Opposed, Actors, Actors, Reversed: false, 0.7),
        // CRITICIZED: "called on X to resign", "called for X's resignation", "demanded the resignation of X", "lashed out at X".
        new("called-on-to-resign", Rx($@"^ (?:\S+ ){{0,2}}(?:urged|urges|has urged|called on|calls on|pressed|presses|asked|told|tells) (?:{Title} )?$"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.8) { After = Rx($@"^ to {StepDown}") },
        new("called-on-to-answer", Rx($@"^ (?:\S+ ){{0,2}}{CallOn} (?:{Title} )?$"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.7) { After = Rx($@"^ to {Answer}") },
        // Other names may stand in the title ("the Minister of Mining"), so only adverbs may precede the verb.
        new("called-on-titled", Rx($@"^ (?:has |had |have )?(?:(?:also|again|repeatedly|publicly|formally|{TimeOfStep}) )?{CallOn} {TitlePhrase} , (?:{Title} |engineer |eng\. |eng )?$"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.75)
        {
            AllowsMentionsBetween = true,
            After = Rx($@"^ , to (?:{StepDown}|{Answer})"),
        },
        // "repeated her call for Mayor Sipho Ndlovu to resign", "called for Reyes to step down".
        new("call-for-to-resign", Rx(
            $@"^ (?:\S+ ){{0,2}}(?:called for|calls for|call for|calling for|demand for|demands for|pressed for|pushed for|appeal for|plea for) (?:{Title} )?$"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.8) { After = Rx($@"^ to {StepDown}") },
        // "Haile Worku, the Bahar Dar member of parliament who has called for Getachaw to step down": the call in the
        // caller's apposition.
        new("who-called-to-resign", Rx($@"^ , [^,]{{1,80}} who (?:has |had )?(?:called for|calls for|called on|calls on|urged|urges|has urged) (?:{Title} )?$"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.75) { After = Rx($@"^ to {StepDown}"), AllowsMentionsBetween = true },
        // "Getachew, whose resignation has been demanded by Haile Worku".
        new("whose-resignation-demanded-by", Rx($@"^ , whose {Ouster} (?:has been|have been|had been|was|is being|is) (?:demanded|sought|called for|urged) by (?:the )?$"),
            RelationKind.Criticized, People, Actors, Reversed: true, 0.8),
        new("called-for-resignation", Rx(@"^ (?:\S+ ){0,2}(?:called for|calls for|demanded|demands|sought|seeks|urged|pressed for) $"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.8) { After = Rx($@"^ (?:'s|’s) {Ouster}\b") },
        new("demanded-resignation-of", Rx($@"^ (?:\S+ ){{0,2}}(?:called for|calls for|demanded|demands|sought|seeks|pressed for) (?:the )?{Ouster} of (?:the )?(?:{Title} )?$"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.8),
        // "called for the resignation of Calder Motors chief executive Helena Marsh": the body and the title between.
        new("demanded-resignation-of-titled", Rx(
            $@"^ (?:\S+ ){{0,2}}(?:called for|calls for|demanded|demands|sought|seeks|pressed for) (?:the )?{Ouster} of (?:the )?(?:[^ ,]+ ){{1,4}}(?:{Leader}|{Job}) $"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.8) { AllowsMentionsBetween = true },
        new("demanded-that-resign", Rx($@"^ (?:\S+ ){{0,2}}(?:demanded|demands|insisted|insists) (?:that )?(?:{Title} )?$"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.75) { After = Rx($@"^ (?:must |should )?{StepDown}") },
        new("criticized", Rx($@"^ (?:\S+ ){{0,3}}{CriticizeVerb} (?:{Title} )?$"),
            RelationKind.Criticized, Actors, Actors, Reversed: false, 0.8),
        // "He criticised the mayor, Sigurður Einarsson, for …": the title set off before the name.
        new("criticized-titled", Rx($@"^ (?:\S+ ){{0,2}}{CriticizeVerb} {TitlePhrase} , $"),
            RelationKind.Criticized, Actors, People, Reversed: false, 0.8),
        // "used a question session on Tuesday to attack both the company and the Ministry of Transport".
        new("used-to-attack", Rx(@"^ (?:\S+ ){0,2}used (?:a |an |the |her |his |their |its )?(?:\S+ ){0,3}(?:on \S+ )?to "
            + @"(?:attack|criticise|criticize|condemn|slam|denounce|rebuke|berate|lambast|blast|castigate|assail) (?:both )?(?:the )?$"),
            RelationKind.Criticized, Actors, Actors, Reversed: false, 0.75),
        // "She repeated her criticism of the Odesa Regional Military Administration": the possessive is the subject's own.
        new("criticism-of", Rx(@"^ (?:\S+ ){0,2}(?:repeated|repeats|renewed|renews|voiced|voices|reiterated|reiterates|restated|stepped up|sharpened) (?:her|his|their|its) (?:\S+ )?(?:criticism|criticisms|condemnation) of (?:the )?$"),
            RelationKind.Criticized, Actors, Actors, Reversed: false, 0.8) { AllowsMentionsBetween = true },
        // "Mr. Tekeli dismissed Ms. Karaca's criticism as "political exploitation"", "Tekeli has dismissed her criticism":
        // criticism answered is criticism made (reversed).
        new("dismissed-criticism", Rx($@"^ (?:has |had )?(?:dismissed|dismisses|rejected|rejects|brushed aside|brushes aside|hit back at|hits back at|shrugged off|shrugs off) (?:{Title} )?$"),
            RelationKind.Criticized, Actors, Actors, Reversed: true, 0.75) { After = Rx(@"^ (?:(?:'s|’s) )?(?:\S+ )?(?:criticism|criticisms|attack|attacks)\b") },
        // "Bung Ucup, who used the hearing to turn on the minister herself": an occasion taken to attack someone.
        new("used-to-attack", Rx(
            $@"^ , (?:who |which )?(?:used|uses|took|takes|seized on|seizes on) (?:the |a |an |his |her |their |its )?(?:\S+ ){{1,2}}to "
            + $@"(?:turn on|round on|attack|criticize|criticise|lambaste|denounce|rebuke|berate|condemn|blast) (?:the )?(?:{Title} )?$"),
            RelationKind.Criticized, Actors, Actors, Reversed: false, 0.75),
        // A second aim in one attempt: "the committee had tried to support Clinton during the primaries and also to
        // discredit Sen. Bernie Sanders" states that the committee tried to discredit Sanders.
        new("tried-also-to-discredit", Rx(
            $@"^ (?:\S+ ){{0,2}}(?:tried|sought|wanted|attempted|worked|had tried|had sought|had wanted|had attempted) to \S+ (?:\S+ ){{0,8}}"
            + $@"(?:and|but) (?:also )?to (?:discredit|smear|denigrate|criticize|criticise|attack|undermine|sabotage) (?:{Title} (?:\. )?)?$"),
            RelationKind.Criticized, Actors, Actors, Reversed: false, 0.7) { AllowsMentionsBetween = true },
        // CRITICIZED by a quotation's speaker: "“Declan Moriarty has treated the supporters with contempt,” she told the meeting".
        new("quoted-charge", Rx(
            @"^ (?:has |have |had )?(?:treated(?: \S+){1,6} with (?:contempt|disdain|disrespect)|betrayed(?: \S+){0,6}|misled(?: \S+){0,6}"
            + @"|lied to(?: \S+){0,6}|let(?: \S+){1,4} down|sold(?: \S+){1,4} out) (?:, )?[""”'’] $"),
            RelationKind.Criticized, Actors, People, Reversed: true, 0.75)
        {
            Before = Rx(@"[""“'‘] $"),
            After = Rx(@"^ (?:said|says|told|tells|added|insisted)\b"),
        },
        // RESIGNED_FROM across an apposition: "Martin Holt, the health board's director of digital services, has resigned",
        // "The resignation of Martin Holt, the board's head of digital services, has not ended the row".
        new("apposed-role-resigned", Rx(@"^ , (?:the )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8)
        {
            // "Sutrisno, the ministry's director general for pollution and coastal damage control, handed in his resignation".
            After = Rx(
                @"^ (?:'s|’s) (?:[a-z-]+ ){1,8}, (?:has |had |have )?(?:resigned|quit|stepped down"
                + @"|(?:announced|handed in|tendered|submitted) (?:his|her|their) resignation)\b"),
            AfterReach = 16,
        },
        // "Dr. Shamsa al-Rashdi, director-general of marine environment monitoring at the Coastal and Marine Environment
        // Authority (CMEA), resigned": a title at the body, set off before the verb.
        // "Hildur Þórðardóttir, head of the East Iceland district office of Matvælastofnun (MAST), the Icelandic Food and
        // Veterinary Authority, resigned": a place may qualify the title, and the body's English name follow its own.
        new("apposed-role-at-resigned", Rx(@"^ , (?:the )?(?:acting |interim |senior )?(?:[\p{L}-]+ ){1,9}(?:at|of|with) (?:the )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8)
        {
            After = Rx(
                @"^ (?:\( [^()]{1,20} \) )?(?:, the (?:[^ ,]+ ){1,6})?, (?:has |had |have )?(?:resigned|quit|stepped down|stood down"
                + @"|(?:announced|handed in|tendered|submitted) (?:his|her|their) resignation)\b"),
            AfterReach = 18,
            AllowsMentionsBetween = true,
        },
        new("resignation-of-apposed", Rx(@"^ , (?:the )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8)
        {
            Before = Rx(@"\bresignation of $"),
            After = Rx(@"^ (?:'s|’s) (?:[a-z-]+ ){1,6}(?:,|\.|has\b|had\b|was\b)"),
            AfterReach = 10,
        },
        // "accepted the resignation of Mr Daniel Rotich as General Manager of the Society".
        new("resignation-of-as", Rx(@"^ as (?:acting |interim )?(?:[a-z-]+ ){1,4}of (?:the )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8)
        {
            Before = Rx(@"\bresignation of (?:(?:mr|mrs|ms|dr)\.? )?$"),
        },
        // "Chen Chih-wei, who resigned from the Hualien County Government on May 5", "Tomas Reyes quit from the board".
        new("resigned-from", Rx(@"^ ,? ?(?:who )?(?:has |had |have )?(?:\S+ )?(?:resigned|resigns|quit|quits|stepped down|steps down|stood down|retired|retires) from (?:the )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8),
        // "Daniel Rotich, who resigned as the society's general manager last month".
        new("resigned-as-possessed", Rx(@"^ ,? ?(?:who )?(?:has |had )?(?:resigned|quit|stepped down|stood down)(?: \S+){0,2} as (?:the )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8)
        {
            After = Rx(@"^ (?:'s|’s) (?:[a-z-]+ ){0,2}[a-z-]+\b"),
        },
        // "Trần Thị Mai Lan, who resigned last Tuesday as deputy director of the Trà Vinh Department of Natural Resources",
        // "resigned on 2 November as deputy director of the provincial Department of …".
        new("resigned-as-role-of", Rx(
                @"^ ,? ?(?:who )?(?:has |had )?(?:resigned|quit|stepped down|stood down)(?: \S+){0,3} as (?:the |a |an )?(?:acting |interim )?"
                + @"(?:[a-z-]+ ){1,4}(?:of|at) (?:the )?(?:provincial |national |state |city |regional |district )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8),
        // "the general manager of Kipsigis Highlands, Daniel Rotich, resigned".
        new("role-of-apposed-resigned", Rx(@"^ , $"),
            RelationKind.ResignedFrom, Organizations, People, Reversed: true, 0.8)
        {
            Before = Rx(@"\b(?:[a-z-]+ ){1,3}of (?:the )?$"),
            After = Rx(@"^ , (?:has |had )?(?:resigned|quit|stepped down|stood down)\b"),
        },
        // "blamed the attack on BlackHarrow", "pinned the outage on the contractor": not after a comma, where the verb's
        // subject is further back ("working with Dyfed-Powys Police, and later blamed the attack on ...").
        new("blamed-on", Rx(@"^ (?:(?!,)\S+ ){0,2}(?:blamed|blames|has blamed|have blamed|pinned|pins) (?:the |an |a |this |that |its |his |her |their )?(?:[a-z-]+ ){0,3}on (?:the )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.8),
        // "the NCSC has said that a criminal group known as BlackHarrow is responsible", "police believe X was behind it".
        new("said-responsible", Rx(@"^ (?:, )?(?:has |have |had )?(?:said|says|believes|believe|believed|concluded|concludes|confirmed|confirms) (?:that )?(?:(?:a|an|the) (?:[a-z-]+ ){0,3}(?:known as|called|named|dubbed) )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.75) { After = Rx(@"^ (?:is|was|were|are|had been) (?:(?:also|likely|probably|directly) )?(?:responsible|to blame|behind)\b") },
        // "The attack was carried out by BlackHarrow, the National Cyber Security Centre has said" (reversed).
        new("carried-out-by-said", Rx(@"^ , (?:the )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: true, 0.75)
        {
            Before = Rx(@"(?:was|were|had been|has been) (?:carried out|committed|perpetrated|launched|orchestrated|staged) by $"),
            After = Rx(@"^ (?:has |have )?(?:said|says|believes|concluded)\b"),
        },
        // "The SFO alleges Maddox paid for fishing trips": what one alleges another did; not a passive the other suffered
        // ("alleges Petersen was threatened by").
        new("alleges", Rx(@"^ (?:\S+ ){0,2}(?:alleges|alleged|has alleged|had alleged|is alleging|claims|claimed) (?:that )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.75)
        {
            After = Rx(@"^ (?:had |has |have |would have |also |repeatedly |secretly )?(?:paid|bribed|took|stole|lied|misled|falsified|hid|concealed|rigged|"
                + @"accepted|embezzled|defrauded|breached|broke|leaked|hacked|harassed|abused|threatened|colluded|conspired|diverted|misused|"
                + @"overcharged|cheated|fabricated|doctored|destroyed|deleted)\b"),
        },
        // "The ministry told a hearing that its investigation had found Halmahera Sinar in breach of its approval": a finding
        // of fault is the charge of whoever investigated and says so (not of the hearing's body named between).
        new("found-in-breach", Rx(
            @"^ (?:\S+ ){0,4}(?:said|says|told|tells|announced|announces|reported|reports|informed|informs)(?: \S+){0,9} (?:that )?(?:its|their) "
            + @"(?:investigation|inquiry|probe|inspectors|inspection|audit|review) (?:has |had )?found (?:that )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.75)
        {
            AllowsMentionsBetween = true,
            After = Rx(@"^ (?:was |were |is |are |had been |has been )?(?:in breach|at fault|negligent|liable|guilty)\b"),
        },
        // SUED: "federal prosecutors sued TGL", "the MPF, which last week sued TGL", "filed a lawsuit against the company",
        // "against the fish-farming company Austurlax hf.", "took the ministry to court" (the court after it), "was sued
        // last week by" (reversed).
        new("sued", Rx($@"^ (?:\) )?(?:, (?:which|who) )?(?:\S+ ){{0,3}}(?:{SueVerb}|(?:filed|files|has filed|brought|brings|has brought|lodged|launched) (?:an? |its |their )?"
            + @"(?:[a-z-]+ ){0,2}(?:lawsuit|suit|case|action|complaint|petition) (?:on \S+ |last \S+ |this \S+ |yesterday |today )?against) (?:the )?"
            + $@"(?:(?:[a-z]+(?: - [a-z]+)? )?{BusinessNoun} )?$"),
            RelationKind.Sued, Actors, Actors, Reversed: false, 0.8),
        // "supported the lawsuit filed on Tuesday by the Pathein Passengers and Traders Association against Shwe Hintha".
        new("suit-filed-by", Rx(@"^ against (?:the )?$"),
            RelationKind.Sued, Actors, Actors, Reversed: false, 0.75)
        {
            Before = Rx(@"(?:lawsuit|suit|case|complaint|claim|action) (?:filed|brought|lodged|launched) (?:on \S+ |last \S+ |this \S+ )?by (?:the )?$"),
        },
        // "filed a civil suit at the Hualien District Court against Lin Mei-hua", "(SOK Nyva Podunavia) filed the claim on
        // Friday at the Commercial Court of Odesa Oblast against": the court named before the party sued.
        new("sued-at-court", Rx(@"^ (?:\) )?(?:\S+ ){0,3}(?:filed|files|has filed|lodged|brought|has brought) (?:an? |its |their |the )?(?:[a-z-]+ ){0,2}(?:lawsuit|suit|case|complaint|claim) "
            + @"(?:on \S+ )?(?:at|in|with|before) (?:the )?(?:\S+ ){1,6}against (?:the )?$"),
            RelationKind.Sued, Actors, Actors, Reversed: false, 0.8) { AllowsMentionsBetween = true },
        new("took-to-court", Rx(@"^ (?:\S+ ){0,3}(?:took|takes|has taken|is taking|will take|dragged|drags) (?:the )?$"),
            RelationKind.Sued, Actors, Actors, Reversed: false, 0.8) { After = Rx(@"^ to court\b") },
        // "Abbay Leather also faces a 120 million birr lawsuit filed last week by the Lake Tana Fishers' Association".
        new("faces-suit-by", Rx(@"^ (?:also |now |already )?(?:faces|faced|is facing|was facing|is also facing) (?:an? |the )?(?:\S+ ){0,5}(?:lawsuit|suit|legal action|legal challenge) "
            + @"(?:(?:filed|brought|lodged|launched) )?(?:(?:on|last|this) \S+ )?(?:by|from) (?:the )?$"),
            RelationKind.Sued, Actors, Actors, Reversed: true, 0.8),
        new("sued-by", Rx($@"^ (?:, (?:which|who) )?(?:\S+ ){{0,2}}(?:was|were|is|are|has been|have been|is being|are being) sued (?:on \S+ |last \S+ |this \S+ |yesterday |today )?by (?:the )?$"),
            RelationKind.Sued, Actors, Actors, Reversed: true, 0.8),
        // "accused Agriculture Minister Ildikó Fehér of …": a portfolio may stand before the title.
        new("accused", Rx($@"^ (?:\S+ ){{0,3}}(?:accused|accuses|accuse|blamed|blames|charged|charges|indicted|indicts) (?:{Modifier} )?(?:(?:[a-z-]+ )?{Title} )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.8),
        // "filed a criminal complaint with the public prosecutor in Lefkada on behalf of the association's 63 members,
        // accusing Alkyoni Lines S.A. of causing pollution", "sent a letter accusing the ministry of …": the complaint's
        // or the letter's author accuses. Its loops are greedy: a lazy one here made the compiled matcher overflow its
        // backtracking stack on a long sentence with no "accusing".
        new("complaint-accusing", Rx(
            @"^ (?:\S+ ){0,3}(?:filed|files|has filed|lodged|lodges|has lodged|submitted|sent|sends|has sent|issued|issues|published|wrote) "
            + @"(?:an? |the |its |their |his |her )?(?:[a-z-]+ ){0,2}(?:complaint|letter|statement|petition|report) (?:\S+ ){0,16}(?:, )?accusing (?:the )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.75) { AllowsMentionsBetween = true, Reach = 30 },
        // "repeated the union's charge that the company had ignored two letters": whoever repeats or makes a charge
        // makes it their own.
        new("repeated-charge-that", Rx(
            @"^ (?:\S+ ){0,2}(?:repeated|repeats|made|makes|levelled|leveled|levels|renewed|renews|pressed|presses|stood by|stands by) "
            + @"(?:the |an? |his |her |their |its )?(?:\S+ (?:'s |’s ))?(?:charge|charges|accusation|accusations|allegation|allegations) that (?:the )?$"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.75),
        // ACCUSED, read from its denial: "He denied claims by OCNL's managing director, Chief Chukwuemeka Anyaoha, that the
        // ministry ordered ...", "declined to comment on an allegation by Obelle's managing director": whoever made the
        // claims accused the one who denies them.
        new("denied-claims-by", Rx(
            @"^ (?:has |had |also )?(?:denied|denies|rejected|rejects|dismissed|dismisses|declined to comment on|refused to comment on) "
            + @"(?:the |an? |these |those )?(?:\S+ )?(?:claims?|allegations?|accusations?) (?:made )?by (?:\S+ ){0,7}$"),
            RelationKind.Accused, People, Actors, Reversed: true, 0.75)
        {
            // "claims by OCNL's managing director, ...": the possessive's body made none of them.
            After = Rx(@"^(?! (?:'s|’s)\b)"),
            AllowsMentionsBetween = true,
            ReadsADenial = true,
        },

        // COMPETED_WITH: "Clinton defeated Sanders", "Sanders ran against Clinton", "Veltris is racing rival Norvance Bio".
        new("competed", Rx(
            @"^ (?:\S+ ){0,2}(?:ran against|runs against|running against|defeated|beat|challenged|competed with|competes with|faced|faces|face"
            + $@"|lost to|lost out to|edged out|edges out|edged|unseated|outpolled|trails|trailed|racing|races|raced|vying with|vies with|vied with"
            + $@"|went up against|goes up against|go up against|came up against|bid against|bidding against)"
            + $@" (?:(?:its |his |her |their )?(?:rival|competitor) )?(?:{Title} )?$"),
            RelationKind.CompetedWith, Actors, Actors, Reversed: false, 0.7),
        // A contest's result: "Harbourline won the contract ahead of Kowhai Engineering", "beat three rivals to the
        // tender" is above.
        new("won-ahead-of", Rx(
            @"^ (?:\S+ ){0,1}(?:won|wins|secured|secures|landed|lands|clinched|clinches|took|takes) (?:the |a |an |its |their )?(?:[a-z-]+ ){0,3}ahead of (?:rival )?$"),
            RelationKind.CompetedWith, Actors, Actors, Reversed: false, 0.7),
        // A race's result: "won the five-day race, finishing 14 seconds ahead of Spain's Tomás Arrieta", "finished ahead of".
        new("finished-ahead-of", Rx(
            @"^ (?:\S+ ){0,8}(?:, )?(?:finishing|finished|finishes|crossing the line|crossed the line) (?:\S+ ){0,4}(?:ahead of|in front of|behind) "
            + @"(?:\S+ (?:'s|’s) )?$"),
            RelationKind.CompetedWith, People, People, Reversed: false, 0.7) { AllowsMentionsBetween = true },
        // Rivalry: "Brightwater Bank's rival Harbor Trust", "Coastline Power, a rival of Northwind Energy", "Park, Grant's challenger",
        // "Ortega and Costa, rivals for the nomination".
        new("possessive-rival", Rx($@"^ (?:'s |’s ){RivalWord}s? ,? ?$"),
            RelationKind.CompetedWith, Actors, Actors, Reversed: false, 0.75),
        new("rival-of", Rx($@"^ , (?:a |an |the )?{RivalWord} (?:of|to) (?:the )?$"),
            RelationKind.CompetedWith, Actors, Actors, Reversed: false, 0.75),
        new("apposed-possessive-rival", Rx(@"^ , $"),
            RelationKind.CompetedWith, Actors, Actors, Reversed: false, 0.75) { After = Rx($@"^ (?:'s|’s) {RivalWord}\b") },
        new("and-rivals", Rx(@"^ and $"),
            RelationKind.CompetedWith, Actors, Actors, Reversed: false, 0.7) { After = Rx(@"^ , (?:\S+ )?(?:rivals|competitors)\b") },

        // KILLED.
        new("killed", Rx(@"^ (?:\S+ ){0,2}(?:killed|murdered|assassinated|shot dead|stabbed to death|executed) $"),
            RelationKind.Killed, People, People, Reversed: false, 0.8),
        new("killed-by", Rx(@"^ (?:was |were |had been )(?:killed|murdered|assassinated|shot dead) by $"),
            RelationKind.Killed, People, People, Reversed: true, 0.8),

        // RESIGNED_FROM, stated by a noun or a participle ("announced her resignation from the council", "was resigning from").
        new("resignation-from", Rx(@"^ (?:\S+ ){0,3}(?:resignation|resigning|quitting|stepping down) from (?:the )?$"),
            RelationKind.ResignedFrom, People, Organizations, Reversed: false, 0.8) { AllowsMentionsBetween = true },

        // CREATED: "The Harbor Tapes, a documentary by filmmaker Lena Ortiz", "Ortiz's documentary The Harbor Tapes", "Ortiz directed The Harbor Tapes",
        // "Lena Ortiz, author of The Salt Road".
        new("work-by", Rx($@"^ , (?:a |an |the )?(?:\S+ )?{WorkNoun} (?:\S+ )?by (?:\S+ )?$"),
            RelationKind.Created, Works, Actors, Reversed: true, 0.85),
        new("possessive-work", Rx($@"^ (?:'s |’s )(?:\S+ ){{0,2}}{WorkNoun} $"),
            RelationKind.Created, Actors, Works, Reversed: false, 0.8),
        new("directed", Rx(@"^ (?:\S+ )?(?:directed|wrote|produced|made|created|filmed|authored|published) $"),
            RelationKind.Created, People, Works, Reversed: false, 0.75),
        // "Katarzyna Wolska withdrew her documentary "The Salt Roads"": the work the person calls theirs.
        new("verb-possessed-work", Rx($@"^ (?:\S+ ){{1,2}}(?:his|her|their) (?:new |latest |first |debut |own )?{WorkNoun} (?:"" |“ )?$"),
            RelationKind.Created, People, Works, Reversed: false, 0.7) { AllowsMentionsBetween = true },
        new("author-of", Rx(@"^ , (?:the |an? )?(?:\S+ )?(?:author|co-author|writer|composer|lyricist|screenwriter|playwright) of (?:"" |“ )?$"),
            RelationKind.Created, People, Works, Reversed: false, 0.8),

        // PUBLISHED: "WikiLeaks published the Harbor Files" (a work), "the e-mails were published by WikiLeaks".
        new("published", Rx(@"^ (?:\S+ )?published (?:the )?$"),
            RelationKind.Published, Organizations, Works, Reversed: false, 0.75),

        // AIRED_ON: "The Harbor Tapes premiered on Channel Nine".
        new("aired-on", Rx($@"^ (?:\S+ ){{0,2}}{AirVerb} {AirSchedule}(?:\S+ ){{0,2}}on $"),
            RelationKind.AiredOn, Works, Organizations, Reversed: false, 0.85),
        // "Steel and Salt is created and hosted by Daniel Cho and airs Fridays on HBS World Radio": the programme is the
        // subject of both verbs, whoever stands in the first.
        new("and-aired-on", Rx($@"^ (?:is|was|has been) (?:\S+ ){{1,8}}and {AirVerb} {AirSchedule}(?:\S+ ){{0,2}}on $"),
            RelationKind.AiredOn, Works, Organizations, Reversed: false, 0.8) { AllowsMentionsBetween = true, Reach = 24 },
        // "the HBS programme Steel and Salt", "the CBC radio show Ideas": a channel's programme named after it.
        new("channel-programme", Rx(@"^ (?:[a-z-]+ ){0,2}(?:programme|program|show|series) $"),
            RelationKind.AiredOn, Organizations, Works, Reversed: true, 0.75),

        // RELATED_TO: "Clinton's husband Bill Clinton", "Chelsea, the daughter of Hillary Clinton", "Alvarez married Reyes".
        new("possessive-family", Rx($@"^ (?:'s |’s ){Family} ,? ?$"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.85),
        new("family-of", Rx($@"^ , (?:the |a |his |her )?{Family} of $"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.85),
        // "Sitting next to Khun Wichai is his daughter, Pimchanok Saengthong"; "Wichai Saengthong, head of the fishers
        // group, and his daughter Pimchanok Saengthong".
        new("is-his-family", Rx($@"^ (?:is|was) (?:his|her|their) {Family} ,? ?$"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.8) { AllowsMentionsBetween = true },
        new("and-his-family", Rx($@"^ (?:, (?:[^,]{{1,80}} , ){{0,2}})?and (?:his|her|their) {Family} ,? ?$"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.8) { AllowsMentionsBetween = true },
        // "Me Papa Ibrahima Ndiaye, who is Ms Sarr's son"; "Nataliia Zhuravska, 58, the cooperative's chief agronomist and
        // Mr Zhuravskyi's wife": the kin named after the other's possessive, in the first one's apposition.
        new("who-is-possessors-family", Rx(@"^ , (?:\d+ , )?(?:(?:the|a|an) [^,]{1,80} )?(?:who (?:is|was) |(?<=(?:the|a|an) [^,]{1,80} )and )(?:(?:mr|mrs|ms|mme|dr|me) )?$"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.8) { After = Rx($@"^ (?:'s|’s) {Family}\b"), AllowsMentionsBetween = true },
        // "Ewa Dąbrowska, Dąbrowski's wife, resigned": the kin word alone between commas after the first one's name.
        new("appositive-possessors-family", Rx(@"^ , (?:\d+ , )?(?:(?:mr|mrs|ms|mme|dr|me) )?$"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.8) { After = Rx($@"^ (?:'s|’s) {Family} ,") },
        // "Ewa Dąbrowska, 55, is married to Ryszard Dąbrowski".
        new("married", Rx(@"^ ,? ?(?:\d+ , )?(?:who )?(?:has |had |will )?(?:married|marries|wed|weds|divorced|divorces|is married to|was married to|got married to) $"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.85),
    ];

    /// <summary>Gets the name of the pattern that attaches "X, his/her rival" to the nearest person before X.</summary>
    public static string RivalPattern => Person + "-rival";

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
