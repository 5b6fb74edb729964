namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Represents one entity mention of a GUM document, from its CorefUD <c>Entity=</c> marks.
/// </summary>
/// <param name="Entity">The coreference chain's identifier (<c>eid</c>), unique within the document.</param>
/// <param name="Type">The entity type (<c>etype</c>): person, place, organization, event, object, time, abstract, ...</param>
/// <param name="Identity">The Wikipedia title of the entity as the file writes it (percent-encoded), if annotated.</param>
/// <param name="FirstWord">The document-wide index of the mention's first word.</param>
/// <param name="LastWord">The document-wide index of the mention's last word.</param>
/// <param name="HeadWord">
/// The document-wide index of the mention's syntactic head: its word whose head lies outside the mention (the first
/// such word that is not punctuation when there are several).
/// </param>
/// <param name="Start">The offset of the mention's first character in the document text.</param>
/// <param name="End">The offset just past the mention's last character.</param>
public sealed record GumMention(string Entity, string Type, string? Identity, int FirstWord, int LastWord, int HeadWord, int Start, int End);
