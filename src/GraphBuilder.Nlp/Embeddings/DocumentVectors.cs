using System.Runtime.CompilerServices;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Embeddings;

/// <summary>
/// Encodes each document once and lets every stage that reads contextual vectors (the <c>accurate</c>
/// part-of-speech tagger and entity recogniser) share them: the transformer is nearly all of the <c>accurate</c>
/// pipeline's cost, so encoding per stage would double it.
/// </summary>
/// <remarks>
/// The vectors are kept beside the document (a weak table: they are collected with it) and computed on first
/// request for a layer. They are recomputed when the document's tokens or sentences have been replaced since. The
/// raw vectors are shared and must not be changed: each model standardises its own copy.
/// </remarks>
internal sealed class DocumentVectors : IDisposable
{
    private readonly ConditionalWeakTable<Document, Entry> _entries = [];
    private readonly Func<int, ITokenEncoder> _encoderFor;
    private readonly TokenEncoders? _owned;

    /// <summary>Initializes a new instance of the <see cref="DocumentVectors"/> class with MiniLM encoders of its own.</summary>
    public DocumentVectors()
    {
        _owned = new TokenEncoders();
        _encoderFor = _owned.For;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentVectors"/> class.</summary>
    /// <param name="encoderFor">Gives the encoder of a layer; its owner disposes it.</param>
    public DocumentVectors(Func<int, ITokenEncoder> encoderFor) => _encoderFor = encoderFor;

    /// <summary>Gets the encoder of a layer, for texts that are not a pipeline's document (evaluation on gold tokens).</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The encoder.</returns>
    public ITokenEncoder EncoderFor(int layer) => _encoderFor(layer);

    /// <inheritdoc/>
    public void Dispose() => _owned?.Dispose();

    /// <summary>Gets the sentences a document is encoded by: its sentences, or all of its tokens as one.</summary>
    public static (int Start, int Count)[] SentencesOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Sentences.Count > 0
            ? [.. document.Sentences.Select(s => (s.FirstToken, s.TokenCount))]
            : [(0, document.Tokens.Count)];
    }

    /// <summary>Gets the raw vectors of a document's tokens from one layer, encoding the document on first request.</summary>
    /// <param name="document">The tokenised (and usually sentence-split) document.</param>
    /// <param name="layer">The transformer layer.</param>
    /// <returns>The vectors, token after token; shared, so read-only.</returns>
    public ReadOnlyMemory<float> Raw(Document document, int layer)
    {
        ArgumentNullException.ThrowIfNull(document);

        // Later readers of the document that are not stages of this pipeline (the relation classifier) read here too.
        document.Vectors ??= this;
        var entry = _entries.GetValue(document, _ => new Entry());
        lock (entry)
        {
            if (!ReferenceEquals(entry.Tokens, document.Tokens) || !ReferenceEquals(entry.Sentences, document.Sentences))
            {
                entry.Layers.Clear();
                entry.Tokens = document.Tokens;
                entry.Sentences = document.Sentences;
            }

            if (!entry.Layers.TryGetValue(layer, out var vectors))
            {
                var spans = new TextSpan[document.Tokens.Count];
                for (var i = 0; i < spans.Length; i++)
                {
                    spans[i] = document.Tokens[i].Span;
                }

                vectors = _encoderFor(layer).Encode(document.Text, spans, SentencesOf(document));
                entry.Layers[layer] = vectors;
            }

            return vectors;
        }
    }

    private sealed class Entry
    {
        public Dictionary<int, float[]> Layers { get; } = [];

        public IReadOnlyList<Token>? Tokens { get; set; }

        public IReadOnlyList<Sentence>? Sentences { get; set; }
    }
}
