using System.Globalization;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Mapping;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Extraction;

/// <summary>
/// The bridge from language to the graph: runs the NLP pipeline, then the extraction stages (typing, coreference,
/// relations), then maps the annotated document to the article's draft facts with their provenance.
/// </summary>
public sealed class KnowledgeExtractor : IArticleExtractor
{
    /// <summary>Initializes a new instance of the <see cref="KnowledgeExtractor"/> class.</summary>
    /// <param name="pipeline">The NLP pipeline.</param>
    /// <param name="stages">The extraction stages, in the order they run.</param>
    public KnowledgeExtractor(NlpPipeline pipeline, IEnumerable<IExtractionStage> stages)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(stages);
        Pipeline = pipeline;
        Stages = [.. stages];
        Version = string.Join('+', Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name}/{s.Version}")).Prepend(pipeline.Version));
    }

    /// <summary>Gets the NLP pipeline.</summary>
    public NlpPipeline Pipeline { get; }

    /// <summary>Gets the extraction stages, in the order they run.</summary>
    public IReadOnlyList<IExtractionStage> Stages { get; }

    /// <inheritdoc/>
    public string Version { get; }

    /// <summary>Annotates a text with the NLP pipeline and every extraction stage.</summary>
    /// <param name="text">The untouched text.</param>
    /// <param name="metadata">What is known about the text.</param>
    /// <param name="cancellationToken">A token that cancels the work between stages.</param>
    /// <returns>The annotated document.</returns>
    public KnowledgeDocument Annotate(string text, DocumentMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        var document = new KnowledgeDocument(Pipeline.Process(text, metadata, cancellationToken));
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }

        return document;
    }

    /// <inheritdoc/>
    public ArticleDraft Extract(string text, ArticleSource source, DateTimeOffset ingestedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var document = Annotate(text, new DocumentMetadata { Id = source.Url, Title = source.Title, PublishedAt = source.PublishedAt }, cancellationToken);
        return DocumentGraphMapper.Map(document, source, Version, ingestedAt);
    }
}
