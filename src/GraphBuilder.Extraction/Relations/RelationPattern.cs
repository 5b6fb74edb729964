using System.Text.RegularExpressions;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// One surface pattern: a regular expression over the lower-cased words between two mentions of one sentence
/// (joined by single spaces, with a space at each end), the types the two mentions must have, and the relation it
/// states with its direction and precision.
/// </summary>
/// <param name="Name">The pattern's name, recorded as the extractor of what it finds.</param>
/// <param name="Between">The expression the words between the mentions must match.</param>
/// <param name="Kind">The relation stated.</param>
/// <param name="First">The types the first mention may have.</param>
/// <param name="Second">The types the second mention may have.</param>
/// <param name="Reversed">Whether the relation runs from the second mention to the first.</param>
/// <param name="Confidence">How often the pattern is right where it fires.</param>
internal sealed record RelationPattern(string Name, Regex Between, RelationKind Kind, EntityKind[] First, EntityKind[] Second, bool Reversed, double Confidence)
{
    /// <summary>Gets a value indicating whether other entity mentions may stand between the two (a place in a title).</summary>
    public bool AllowsMentionsBetween { get; init; }

    /// <summary>
    /// Gets the expression the (up to six, lower-cased) words of the sentence before the first mention must match, if
    /// any: "Acting Mayor [Lisa Grant] of [Port Elena]".
    /// </summary>
    public Regex? Before { get; init; }

    /// <summary>
    /// Gets the expression the (up to six, lower-cased) words of the sentence after the second mention must match, if
    /// any: "called on [X] to resign", "named [X] as interim chief executive".
    /// </summary>
    public Regex? After { get; init; }

    /// <summary>
    /// Gets how many tokens at most may stand between the two mentions: 16 unless the pattern reads past an aside of its
    /// own ("The company, founded in 2019, has raised … including a grant from X").
    /// </summary>
    public int Reach { get; init; } = RelationPatternExtractor.MaxGap;

    /// <summary>The number of tokens after the second name that <see cref="After"/> reads, unless a pattern needs more.</summary>
    public const int DefaultAfterReach = 6;

    /// <summary>Gets the number of tokens after the second name that <see cref="After"/> reads: more for a verb that
    /// closes an apposition ("Martin Holt, the health board's director of digital services, has resigned").</summary>
    public int AfterReach { get; init; } = DefaultAfterReach;

    /// <summary>Gets a value indicating whether the first mention must name a country ("Spain's Tomás Arrieta").</summary>
    public bool FirstIsCountry { get; init; }

    /// <summary>
    /// Gets a value indicating whether the pattern reads a title in a noun phrase ("OCNL's managing director, Chief
    /// Chukwuemeka Anyaoha"), which a denial before it does not deny ("He denied claims by OCNL's managing director ..."):
    /// only a negation between the two mentions counts.
    /// </summary>
    public bool InANounPhrase { get; init; }

    /// <summary>
    /// Gets a value indicating whether the pattern reads a denial as its evidence ("denied claims by X"), so that the
    /// negation cues in its own words deny nothing.
    /// </summary>
    public bool ReadsADenial { get; init; }
}
