using System.Globalization;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Pipeline;

/// <summary>
/// Runs an explicit, ordered list of stages over a text. The order is the caller's: it is never re-arranged.
/// Disposing the pipeline disposes its stages and what they share (the MiniLM encoders).
/// </summary>
public sealed class NlpPipeline : IDisposable
{
    private readonly IDisposable? _shared;

    /// <summary>Initializes a new instance of the <see cref="NlpPipeline"/> class.</summary>
    /// <param name="stages">The stages, in the order they run; the pipeline disposes those that are disposable.</param>
    public NlpPipeline(IEnumerable<INlpStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        Stages = [.. stages];
        Version = string.Join('+', Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name}/{s.Version}")));
    }

    /// <summary>Initializes a new instance of the <see cref="NlpPipeline"/> class that also owns what its stages share.</summary>
    internal NlpPipeline(IEnumerable<INlpStage> stages, IDisposable shared)
        : this(stages)
    {
        _shared = shared;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var stage in Stages.OfType<IDisposable>())
        {
            stage.Dispose();
        }

        _shared?.Dispose();
    }

    /// <summary>Gets the stages, in the order they run.</summary>
    public IReadOnlyList<INlpStage> Stages { get; }

    /// <summary>
    /// Gets the pipeline's version: its stages' names and versions. An article annotated by another version is
    /// extracted again.
    /// </summary>
    public string Version { get; }

    /// <summary>Annotates a text with every stage.</summary>
    /// <param name="text">The untouched text.</param>
    /// <param name="metadata">What is known about the text.</param>
    /// <param name="cancellationToken">A token that cancels the work between stages.</param>
    /// <returns>The annotated document.</returns>
    public Document Process(string text, DocumentMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        var document = new Document(text, metadata);
        Process(document, cancellationToken);
        return document;
    }

    /// <summary>Annotates a document with every stage.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">A token that cancels the work between stages.</param>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
    }
}
