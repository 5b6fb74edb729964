using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Holds an NLP-annotated document and what knowledge extraction adds to it: typed mentions, coreference chains and
/// relations. The NLP layers are read through it unchanged; every annotation points into the untouched text.
/// </summary>
/// <remarks>
/// Stages replace whole layers through the <c>Set…</c> methods, so a layer is always complete and consistent with the
/// layers it was built from: new mentions clear the chains and relations, new chains clear the relations.
/// </remarks>
public sealed class KnowledgeDocument
{
    private IReadOnlyList<Mention> _entities;
    private IReadOnlyList<EntityChain> _chains = [];
    private IReadOnlyList<RelationMention> _relations = [];

    /// <summary>Initializes a new instance of the <see cref="KnowledgeDocument"/> class, typing the recogniser's mentions.</summary>
    /// <param name="annotated">The NLP-annotated document.</param>
    public KnowledgeDocument(Document annotated)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        Annotated = annotated;
        _entities = [.. annotated.Entities.Select(Mention.From)];
    }

    /// <summary>Gets the NLP-annotated document.</summary>
    public Document Annotated { get; }

    /// <summary>Gets the untouched text.</summary>
    public string Text => Annotated.Text;

    /// <summary>Gets the tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens => Annotated.Tokens;

    /// <summary>Gets the sentences, in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => Annotated.Sentences;

    /// <summary>Gets the Universal POS tag of each token, or <see langword="null"/> when the pipeline has no tagger.</summary>
    public IReadOnlyList<string>? PartsOfSpeech => Annotated.PartsOfSpeech;

    /// <summary>Gets the dependency arc of each token, or <see langword="null"/> when the pipeline does not parse.</summary>
    public IReadOnlyList<DependencyArc>? Dependencies => Annotated.Dependencies;

    /// <summary>Gets the dates, times and durations in the text.</summary>
    public IReadOnlyList<TemporalMention> Times => Annotated.Times;

    /// <summary>Gets the entity mentions, in text order.</summary>
    public IReadOnlyList<Mention> Entities => _entities;

    /// <summary>Gets the coreference chains: one per entity the document mentions.</summary>
    public IReadOnlyList<EntityChain> Chains => _chains;

    /// <summary>Gets the typed relations the text states between entity mentions.</summary>
    public IReadOnlyList<RelationMention> Relations => _relations;

    /// <summary>Returns the text of a token.</summary>
    /// <param name="index">The token's index.</param>
    /// <returns>The token's characters.</returns>
    public string TokenText(int index) => Annotated.TokenText(index);

    /// <summary>Returns the text of a span.</summary>
    /// <param name="span">The span.</param>
    /// <returns>The span's characters.</returns>
    public string Slice(TextSpan span) => Annotated.Slice(span);

    /// <summary>Tells whether an entity mention covers a token.</summary>
    /// <param name="tokenIndex">The token's index.</param>
    /// <returns><see langword="true"/> when a mention in <see cref="Entities"/> overlaps the token.</returns>
    public bool IsInEntity(int tokenIndex)
    {
        var span = Tokens[tokenIndex].Span;
        return _entities.Any(e => e.Span.Overlaps(span));
    }

    /// <summary>Returns the index of the sentence that holds a token.</summary>
    /// <param name="tokenIndex">The token's index.</param>
    /// <returns>The sentence index, or -1 when sentences have not been split.</returns>
    public int SentenceOf(int tokenIndex) => Annotated.SentenceOf(tokenIndex);

    /// <summary>Replaces the entity mentions. Chains and relations built on the old mentions are cleared.</summary>
    /// <param name="entities">The mentions, in text order.</param>
    public void SetEntities(IReadOnlyList<Mention> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities;
        _chains = [];
        _relations = [];
    }

    /// <summary>Replaces the coreference chains, and the mentions that now point at them.</summary>
    /// <param name="entities">The mentions with their <see cref="Mention.Chain"/> set.</param>
    /// <param name="chains">The chains.</param>
    public void SetChains(IReadOnlyList<Mention> entities, IReadOnlyList<EntityChain> chains)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(chains);
        _entities = entities;
        _chains = chains;
        _relations = [];
    }

    /// <summary>Replaces the relation mentions.</summary>
    /// <param name="relations">The relations.</param>
    public void SetRelations(IReadOnlyList<RelationMention> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        _relations = relations;
    }
}
