namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Represents one syntactic word of a GUM document, placed in the document's reconstructed text.
/// </summary>
/// <param name="Form">The word's form.</param>
/// <param name="UniversalTag">The word's UPOS tag.</param>
/// <param name="Head">The document-wide index of the word's syntactic head, or -1 for a sentence's root.</param>
/// <param name="Relation">The word's dependency relation (DEPREL).</param>
/// <param name="Paragraph">The index of the paragraph holding the word; paragraph 0 is the headline.</param>
/// <param name="Sentence">The document-wide index of the sentence holding the word.</param>
/// <param name="Start">The offset of the word's first character in the document text.</param>
/// <param name="End">The offset just past the word's last character.</param>
public readonly record struct GumWord(string Form, string UniversalTag, int Head, string Relation, int Paragraph, int Sentence, int Start, int End);
