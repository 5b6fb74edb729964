using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction;

/// <summary>
/// Represents one step of knowledge extraction: it reads the layers the NLP pipeline and earlier stages produced and
/// sets its own (typed mentions, chains or relations).
/// </summary>
/// <remarks>Stages are synchronous and CPU-bound; they must be safe to call from several threads at once.</remarks>
public interface IExtractionStage
{
    /// <summary>Gets the stage's name, recorded as the extractor of what it produces.</summary>
    string Name { get; }

    /// <summary>Gets the stage's version, which changes whenever its output for the same text may change.</summary>
    string Version { get; }

    /// <summary>Annotates the document.</summary>
    /// <param name="document">The document to annotate.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    void Process(KnowledgeDocument document, CancellationToken cancellationToken = default);
}
