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

    private const string Leader =
        @"(?:president|prime minister|premier|chancellor|king|queen|leader|head|chief|chairman|chairwoman|chairperson|chair"
        + @"|chief executive(?: officer)?|ceo|director(?:-general)?|secretary[- ]general|governor|mayor|founder|co-founder|boss)";
    private const string Modifier = @"(?:former|acting|interim|new|current|longtime|long-time|founding|outgoing|incoming|senior|chief|top|then)";
    private const string Job =
        @"(?:spokesman|spokeswoman|spokesperson|reporter|correspondent|editor|economist|analyst|official|employee|executive"
        + @"|engineer|lawyer|attorney|adviser|advisor|aide|researcher|manager|staffer|consultant|coach|strategist|producer)";
    private const string Occupation =
        @"(?:filmmaker|film-maker|film director|director|actor|actress|writer|author|novelist|poet|journalist|singer|musician"
        + @"|artist|businessman|businesswoman|billionaire|entrepreneur|economist|scientist|historian|lawyer|activist|dissident"
        + @"|diplomat|politician|lawmaker|athlete|footballer|player|composer|photographer|hacker|blogger|comedian)";
    private const string WorkNoun =
        @"(?:documentary|docuseries|film|movie|book|novel|memoir|series|show|programme|program|album|play|song|opera|musical|podcast)";
    private const string Family =
        @"(?:wife|husband|son|daughter|brother|sister|father|mother|cousin|uncle|aunt|niece|nephew|grandson|granddaughter"
        + @"|grandfather|grandmother|spouse|widow|widower|stepson|stepdaughter)";
    private const string SayVerb = @"(?:said|says|told|insisted|stated|added|explained|noted|claimed|admitted)";
    private const string SupportVerb =
        @"(?:supported|supports|backed|backs|endorsed|endorses|(?:tried|sought|wanted|had tried|had sought) to (?:support|back|help))";
    private const string AirVerb =
        @"(?:premiered|premieres|aired|airs|debuted|debuts|was broadcast|is broadcast|will air|streams|streamed|was shown|is shown|runs)";

    /// <summary>Gets the patterns, most specific first.</summary>
    public static IReadOnlyList<RelationPattern> All { get; } =
    [
        // LEADS: "Northwind Energy chief executive Tomas Reyes", "Elenian President Ana Vos", "the council's chairwoman Ann Lee".
        new("title-before-name", Rx($@"^ (?:'s |’s )?(?:{Modifier} )?{Leader} $"),
            RelationKind.Leads, Polities, People, Reversed: true, 0.85),
        // LEADS: "Maria Alvarez, who chairs the Senate Energy Committee", "Park, the governor of ...".
        new("who-leads", Rx(@"^ , who (?:chairs|leads|heads|runs|founded|co-founded) (?:the )?$"),
            RelationKind.Leads, People, Polities, Reversed: false, 0.85),
        new("title-of", Rx($@"^ , (?:the |a )?(?:\S+ )?{Leader} of (?:the )?$"),
            RelationKind.Leads, People, Polities, Reversed: false, 0.8),

        // WORKS_FOR: "Northwind spokesman Ben Ode", "Ben Ode, a spokesman for Northwind".
        new("job-before-name", Rx($@"^ (?:'s |’s )?(?:{Modifier} )?{Job} $"),
            RelationKind.WorksFor, Organizations, People, Reversed: true, 0.8),
        new("job-for", Rx($@"^ , (?:a |an |the )?(?:\S+ )?{Job} (?:for|at|with|of) (?:the )?$"),
            RelationKind.WorksFor, People, Organizations, Reversed: false, 0.8),
        new("works-for", Rx(@"^ ,? ?(?:who )?(?:works|worked|has worked) (?:for|at) (?:the )?$"),
            RelationKind.WorksFor, People, Organizations, Reversed: false, 0.75),

        // MEMBER_OF: "Ann Lee, a member of the Harbor Council".
        new("member-of", Rx(@"^ , (?:a |an |the )?(?:\S+ )?(?:member|members|delegate|deputy|fellow) of (?:the )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.8),
        new("joined", Rx(@"^ (?:has |had )?joined (?:the )?$"),
            RelationKind.MemberOf, People, Organizations, Reversed: false, 0.6),

        // CITIZEN_OF: "US filmmaker Oliver Stone".
        new("nationality-occupation", Rx($@"^ (?:\S+ )?{Occupation} $"),
            RelationKind.CitizenOf, Places, People, Reversed: true, 0.65),

        // LIVES_IN / BASED_IN / LOCATED_IN.
        new("lives-in", Rx(@"^ ,? ?(?:who )?(?:lives|lived|resides|resided|has lived|grew up) in $"),
            RelationKind.LivesIn, People, Places, Reversed: false, 0.8),
        new("resident-of", Rx(@"^ , (?:a |an )?(?:\S+ )?(?:resident|native) of $"),
            RelationKind.LivesIn, People, Places, Reversed: false, 0.7),
        new("based-in", Rx(@"^ ,? ?(?:which is |that is |is |are )?(?:based|headquartered) in $"),
            RelationKind.BasedIn, Organizations, Places, Reversed: false, 0.85),
        new("place-based", Rx(@"^ -based $"),
            RelationKind.BasedIn, Places, Organizations, Reversed: true, 0.8),
        new("city-country", Rx(@"^ , $"),
            RelationKind.LocatedIn, Places, Places, Reversed: false, 0.55),
        new("located-in", Rx(@"^ ,? ?(?:which is |is )?(?:located |situated )?in (?:the )?(?:north|south|east|west|centre|center|heart)?(?: of)? ?(?:the )?$"),
            RelationKind.LocatedIn, Places, Places, Reversed: false, 0.5),

        // INTERVIEWED: "Ortiz interviewed Reyes", "Ortiz conducted three interviews with Reyes", "Reyes said in an interview with filmmaker Lena Ortiz".
        new("interviewed", Rx(@"^ (?:has |had |have )?(?:\S+ )?interviewed $"),
            RelationKind.Interviewed, Actors, People, Reversed: false, 0.85),
        new("conducted-interviews", Rx(@"^ (?:has |had )?(?:conducted|held|recorded|did) (?:\S+ ){0,3}interviews? with $"),
            RelationKind.Interviewed, Actors, People, Reversed: false, 0.85),
        new("said-in-interview-with", Rx($@"^ {SayVerb} (?:\S+ ){{0,3}}in an? (?:\S+ )?interview with (?:\S+ ){{0,3}}$"),
            RelationKind.Interviewed, People, Actors, Reversed: true, 0.8) { AllowsMentionsBetween = true },
        new("interviewed-by", Rx(@"^ (?:was |were |has been )interviewed by (?:\S+ ){0,2}$"),
            RelationKind.Interviewed, People, Actors, Reversed: true, 0.85),

        // MET.
        new("met", Rx(@"^ (?:\S+ ){0,3}(?:met|meets|will meet|has met|had met)(?: with)? (?:\S+ ){0,2}$"),
            RelationKind.Met, Actors, Actors, Reversed: false, 0.75),
        new("talks-with", Rx(@"^ (?:held|holds|had) (?:\S+ )?talks with (?:\S+ ){0,2}$"),
            RelationKind.Met, Actors, Actors, Reversed: false, 0.7),

        // SUPPORTED / OPPOSED / CRITICIZED / ACCUSED.
        new("supported", Rx($@"^ (?:\S+ ){{0,3}}{SupportVerb} $"),
            RelationKind.Supported, Actors, Actors, Reversed: false, 0.75),
        new("opposed", Rx(@"^ (?:\S+ ){0,3}(?:opposed|opposes|voted against|campaigned against|fought) $"),
            RelationKind.Opposed, Actors, Actors, Reversed: false, 0.7),
        new("criticized", Rx(@"^ (?:\S+ ){0,3}(?:criticized|criticised|criticizes|criticises|slammed|condemned|attacked|blasted|rebuked|denounced) $"),
            RelationKind.Criticized, Actors, Actors, Reversed: false, 0.8),
        new("accused", Rx(@"^ (?:\S+ ){0,3}(?:accused|accuses|blamed|blames) $"),
            RelationKind.Accused, Actors, Actors, Reversed: false, 0.8),

        // COMPETED_WITH: "Clinton defeated Sanders", "Sanders ran against Clinton".
        new("competed", Rx(@"^ (?:\S+ ){0,2}(?:ran against|runs against|defeated|beat|challenged|competed with|competes with|faced|faces|lost to) $"),
            RelationKind.CompetedWith, Actors, Actors, Reversed: false, 0.7),

        // KILLED.
        new("killed", Rx(@"^ (?:\S+ ){0,2}(?:killed|murdered|assassinated|shot dead|stabbed to death|executed) $"),
            RelationKind.Killed, People, People, Reversed: false, 0.8),
        new("killed-by", Rx(@"^ (?:was |were |had been )(?:killed|murdered|assassinated|shot dead) by $"),
            RelationKind.Killed, People, People, Reversed: true, 0.8),

        // CREATED: "The Harbor Tapes, a documentary by filmmaker Lena Ortiz", "Ortiz's documentary The Harbor Tapes", "Ortiz directed The Harbor Tapes".
        new("work-by", Rx($@"^ , (?:a |an |the )?(?:\S+ )?{WorkNoun} (?:\S+ )?by (?:\S+ )?$"),
            RelationKind.Created, Works, Actors, Reversed: true, 0.85),
        new("possessive-work", Rx($@"^ (?:'s |’s )(?:\S+ ){{0,2}}{WorkNoun} $"),
            RelationKind.Created, Actors, Works, Reversed: false, 0.8),
        new("directed", Rx(@"^ (?:\S+ )?(?:directed|wrote|produced|made|created|filmed|authored|published) $"),
            RelationKind.Created, People, Works, Reversed: false, 0.75),

        // PUBLISHED: "WikiLeaks published ... Files" (a work), "the e-mails were published by WikiLeaks".
        new("published", Rx(@"^ (?:\S+ )?published $"),
            RelationKind.Published, Organizations, Works, Reversed: false, 0.75),

        // AIRED_ON: "The Harbor Tapes premiered on Channel Nine".
        new("aired-on", Rx($@"^ (?:\S+ ){{0,2}}{AirVerb} (?:\S+ ){{0,2}}on $"),
            RelationKind.AiredOn, Works, Organizations, Reversed: false, 0.85),

        // RELATED_TO: "Clinton's husband Bill Clinton", "Chelsea, the daughter of Hillary Clinton".
        new("possessive-family", Rx($@"^ (?:'s |’s ){Family} $"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.85),
        new("family-of", Rx($@"^ , (?:the |a |his |her )?{Family} of $"),
            RelationKind.RelatedTo, People, People, Reversed: false, 0.85),
    ];

    /// <summary>Gets the name of the pattern that attaches "X, his/her rival" to the nearest person before X.</summary>
    public static string RivalPattern => Person + "-rival";

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
