using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Pipeline;

/// <summary>
/// Represents one step of the NLP pipeline: it reads the layers earlier stages added to a document and adds its own.
/// </summary>
/// <remarks>Stages are synchronous and CPU-bound; they must be safe to call from several threads at once.</remarks>
public interface INlpStage
{
    /// <summary>Gets the stage's name, recorded as the extractor of what it produces.</summary>
    string Name { get; }

    /// <summary>Gets the stage's version, which changes whenever its output for the same text may change.</summary>
    string Version { get; }

    /// <summary>Annotates the document.</summary>
    /// <param name="document">The document to annotate.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    void Process(Document document, CancellationToken cancellationToken = default);
}
