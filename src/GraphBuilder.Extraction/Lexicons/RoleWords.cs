using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the role words relation patterns and coreference read: titles of heads, occupations, and the head nouns by
/// which news refers back to organisations (<c>the committee</c>).
/// </summary>
internal static class RoleWords
{
    /// <summary>Gets the titles of people who head an organisation, a party or a country (lowercase).</summary>
    public static FrozenSet<string> LeaderTitles { get; } = FrozenSet.ToFrozenSet(
        [
            "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "leader", "head", "chief",
            "chairman", "chairwoman", "chairperson", "chair", "chief executive", "chief executive officer", "ceo",
            "director", "director-general", "secretary-general", "secretary general", "governor", "mayor", "founder",
            "co-founder", "boss", "commander", "speaker", "managing director", "executive director", "general secretary",
        ],
        StringComparer.Ordinal);

    /// <summary>Gets occupations that, after a nationality, say which country a person is a citizen of (lowercase).</summary>
    public static FrozenSet<string> Occupations { get; } = FrozenSet.ToFrozenSet(
        [
            "filmmaker", "film-maker", "director", "actor", "actress", "writer", "author", "novelist", "poet", "journalist",
            "reporter", "singer", "musician", "artist", "painter", "businessman", "businesswoman", "billionaire",
            "entrepreneur", "investor", "banker", "economist", "scientist", "physicist", "historian", "philosopher",
            "lawyer", "activist", "dissident", "diplomat", "politician", "lawmaker", "senator", "athlete", "footballer",
            "player", "tennis player", "cyclist", "runner", "swimmer", "boxer", "chess player", "composer", "photographer",
            "hacker", "blogger", "comedian", "model", "designer", "architect", "chef", "astronaut", "pilot", "soldier",
        ],
        StringComparer.Ordinal);

    /// <summary>Gets the places in a team that say a person is a member of the team named before them (lowercase).</summary>
    public static FrozenSet<string> TeamPlaces { get; } = FrozenSet.ToFrozenSet(
        [
            "rider", "cyclist", "player", "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "driver",
            "captain", "quarterback", "pitcher", "sprinter", "climber",
        ],
        StringComparer.Ordinal);

    /// <summary>Gets the jobs that say a person works for the organisation named before them (lowercase).</summary>
    public static FrozenSet<string> Jobs { get; } = FrozenSet.ToFrozenSet(
        [
            "spokesman", "spokeswoman", "spokesperson", "reporter", "correspondent", "editor", "economist", "analyst",
            "official", "employee", "executive", "engineer", "lawyer", "attorney", "adviser", "advisor", "aide",
            "researcher", "scientist", "manager", "staffer", "worker", "consultant", "coach", "strategist", "producer",
        ],
        StringComparer.Ordinal);

    /// <summary>Gets head nouns by which an organisation is referred back to: <c>the committee</c>, <c>the agency</c>.</summary>
    public static FrozenSet<string> OrganizationHeads { get; } = FrozenSet.ToFrozenSet(
        [
            "committee", "party", "agency", "company", "firm", "ministry", "commission", "council", "union", "bank",
            "government", "administration", "organization", "organisation", "group", "court", "senate", "parliament",
            "network", "channel", "newspaper", "website", "corporation", "authority", "department", "service", "office",
            "board", "club", "team", "university", "institute", "foundation", "alliance", "coalition", "campaign", "trust",
            "federation", "association", "league", "airline", "carrier", "regulator", "watchdog", "guild", "startup",
            "utility", "society", "co-operative", "cooperative",
        ],
        StringComparer.Ordinal);
}
