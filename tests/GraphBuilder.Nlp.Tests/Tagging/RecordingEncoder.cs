using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Tests.Tagging;

/// <summary>
/// An encoder that counts its calls and gives every token the same small vector, without a transformer. Its plans
/// make one run of each sentence and record how many tokens each call encodes.
/// </summary>
internal sealed class RecordingEncoder : ITokenEncoder
{
    public List<(int Layer, int Tokens)> Calls { get; } = [];

    /// <summary>Gets the number of tokens each call of a plan encoded, in order.</summary>
    public List<int> WindowCalls { get; } = [];

    public int Layer { get; set; }

    public float[] Encode(
        string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences, CancellationToken cancellationToken = default)
    {
        Calls.Add((Layer, spans.Length));
        var vectors = new float[spans.Length * MiniLmEncoder.Dimensions];
        Array.Fill(vectors, 0.01f);
        return vectors;
    }

    public IEncodingPlan Plan(string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences) =>
        new SentencePlan(this, spans.Length, [.. sentences.Select(s => s.Start)]);

    private sealed class SentencePlan(RecordingEncoder owner, int tokens, int[] starts) : IEncodingPlan
    {
        public int TokenCount => tokens;

        public IReadOnlyList<int> RunStarts => starts;

        public void Encode(int firstRun, int endRun, Span<float> vectors, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = (endRun < starts.Length ? starts[endRun] : tokens) - starts[firstRun];
            owner.WindowCalls.Add(count);
            vectors[..(count * MiniLmEncoder.Dimensions)].Fill(0.01f);
        }
    }
}
