namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Holds a text and the annotations the pipeline's stages add to it. The text is never changed: every annotation
/// points into it by character offsets, so what is extracted can always be traced back to the exact words.
/// </summary>
/// <remarks>
/// A document is filled by one pipeline on one thread. Stages replace whole annotation layers through the
/// <c>Set…</c> methods, so a layer is always complete and consistent with the layers it was built from.
/// </remarks>
public sealed class Document
{
    private IReadOnlyList<Token> _tokens = [];
    private IReadOnlyList<Sentence> _sentences = [];
    private IReadOnlyList<string>? _partsOfSpeech;
    private IReadOnlyList<DependencyArc>? _dependencies;
    private IReadOnlyList<EntityMention> _entities = [];
    private IReadOnlyList<TemporalMention> _times = [];
    private IReadOnlyList<LayoutSpan> _layout = [];
    private string? _casedText;

    /// <summary>Initializes a new instance of the <see cref="Document"/> class.</summary>
    /// <param name="text">The untouched text.</param>
    /// <param name="metadata">What is known about the text, if anything.</param>
    public Document(string text, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Metadata = metadata ?? new DocumentMetadata();
    }

    /// <summary>Gets the untouched text.</summary>
    public string Text { get; }

    /// <summary>Gets what is known about the text.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>Gets the tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>Gets the sentences, in text order; together they cover every token once.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>Gets the Universal POS tag of each token, or <see langword="null"/> until a tagger has run.</summary>
    public IReadOnlyList<string>? PartsOfSpeech => _partsOfSpeech;

    /// <summary>Gets the dependency arc of each token, or <see langword="null"/> until a parser has run.</summary>
    public IReadOnlyList<DependencyArc>? Dependencies => _dependencies;

    /// <summary>Gets the named-entity mentions the recogniser found, in text order.</summary>
    public IReadOnlyList<EntityMention> Entities => _entities;

    /// <summary>Gets the page furniture the text holds besides its story (headlines, datelines, bylines, credits, source lines).</summary>
    public IReadOnlyList<LayoutSpan> Layout => _layout;

    /// <summary>
    /// Gets the text as recognisers should read its casing: the untouched text with the common words of Title Case
    /// headlines in lower case. It has the same length as <see cref="Text"/>, so every offset holds in both.
    /// </summary>
    public string CasedText => _casedText ?? Text;

    /// <summary>Gets the dates, times and durations in the text.</summary>
    public IReadOnlyList<TemporalMention> Times => _times;

    /// <summary>Gets or sets the contextual vectors of the pipeline that encoded the document, if any encoded it.</summary>
    internal Embeddings.DocumentVectors? Vectors { get; set; }

    /// <summary>Returns the text of a token.</summary>
    /// <param name="index">The token's index.</param>
    /// <returns>The token's characters.</returns>
    public string TokenText(int index) => _tokens[index].Span.Slice(Text);

    /// <summary>Returns the text of a span.</summary>
    /// <param name="span">The span.</param>
    /// <returns>The span's characters.</returns>
    public string Slice(TextSpan span) => span.Slice(Text);

    /// <summary>Returns the index of the sentence that holds a token.</summary>
    /// <param name="tokenIndex">The token's index.</param>
    /// <returns>The sentence index, or -1 when sentences have not been split.</returns>
    public int SentenceOf(int tokenIndex)
    {
        int lo = 0, hi = _sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var sentence = _sentences[mid];
            if (tokenIndex < sentence.FirstToken)
            {
                hi = mid - 1;
            }
            else if (tokenIndex >= sentence.EndToken)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Replaces the tokens. Layers built on the old tokens are cleared.</summary>
    /// <param name="tokens">The tokens, in text order, with their indices.</param>
    public void SetTokens(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
        _sentences = [];
        _partsOfSpeech = null;
        _dependencies = null;
        _entities = [];
    }

    /// <summary>Replaces the sentences.</summary>
    /// <param name="sentences">The sentences, in text order.</param>
    public void SetSentences(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        _sentences = sentences;
    }

    /// <summary>Replaces the part-of-speech tags.</summary>
    /// <param name="tags">One Universal POS tag per token.</param>
    /// <exception cref="ArgumentException">The number of tags differs from the number of tokens.</exception>
    public void SetPartsOfSpeech(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        EnsureOnePerToken(tags.Count, nameof(tags));
        _partsOfSpeech = tags;
    }

    /// <summary>Replaces the dependency arcs.</summary>
    /// <param name="arcs">One arc per token.</param>
    /// <exception cref="ArgumentException">The number of arcs differs from the number of tokens.</exception>
    public void SetDependencies(IReadOnlyList<DependencyArc> arcs)
    {
        ArgumentNullException.ThrowIfNull(arcs);
        EnsureOnePerToken(arcs.Count, nameof(arcs));
        _dependencies = arcs;
    }

    /// <summary>Replaces the entity mentions.</summary>
    /// <param name="entities">The mentions, in text order.</param>
    public void SetEntities(IReadOnlyList<EntityMention> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities;
    }

    /// <summary>Replaces the page furniture and the re-cased view of the text.</summary>
    /// <param name="layout">The pieces of furniture, in text order.</param>
    /// <param name="casedText">The re-cased text (of the same length as the text), or <see langword="null"/> for the text itself.</param>
    /// <exception cref="ArgumentException">The re-cased text's length differs from the text's.</exception>
    public void SetLayout(IReadOnlyList<LayoutSpan> layout, string? casedText = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (casedText is not null && casedText.Length != Text.Length)
        {
            throw new ArgumentException("The re-cased text must have the text's length.", nameof(casedText));
        }

        _layout = layout;
        _casedText = casedText;
    }

    /// <summary>Replaces the temporal expressions.</summary>
    /// <param name="times">The expressions, in text order.</param>
    public void SetTimes(IReadOnlyList<TemporalMention> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        _times = times;
    }

    private void EnsureOnePerToken(int count, string parameterName)
    {
        if (count != _tokens.Count)
        {
            throw new ArgumentException($"Expected one value per token ({_tokens.Count}), got {count}.", parameterName);
        }
    }
}
