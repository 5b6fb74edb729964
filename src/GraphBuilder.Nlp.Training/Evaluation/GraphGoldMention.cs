namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Represents one gold entity mention of a document for the graph score.
/// </summary>
/// <param name="Chain">The coreference chain the mention belongs to, unique within its document.</param>
/// <param name="Type">The gold entity type (GUM's <c>etype</c>: person, organization, place, event, time, ...).</param>
/// <param name="Identity">The entity's Wikipedia title, if annotated.</param>
/// <param name="Start">The offset of the mention's first character.</param>
/// <param name="End">The offset just past the mention's last character.</param>
/// <param name="HeadStart">The offset of the first character of the mention's syntactic head word.</param>
/// <param name="HeadEnd">The offset just past the head word's last character.</param>
/// <param name="HasProperNoun">Whether any word of the mention is tagged PROPN.</param>
/// <param name="HeadIsProperNoun">Whether the head word is tagged PROPN.</param>
public sealed record GraphGoldMention(
    string Chain,
    string Type,
    string? Identity,
    int Start,
    int End,
    int HeadStart,
    int HeadEnd,
    bool HasProperNoun,
    bool HeadIsProperNoun)
{
    /// <summary>
    /// Gets whether the mention names an entity the graph should hold: a person, organization, place or event,
    /// containing a proper noun, and either linked to Wikipedia or headed by a proper noun.
    /// </summary>
    public bool IsNamed =>
        Type is "person" or "organization" or "place" or "event"
        && HasProperNoun
        && (Identity is not null || HeadIsProperNoun);
}
