using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Tests.Tagging;

/// <summary>An encoder that counts its calls and gives every token the same small vector, without a transformer.</summary>
internal sealed class RecordingEncoder : ITokenEncoder
{
    public List<(int Layer, int Tokens)> Calls { get; } = [];

    public int Layer { get; set; }

    public float[] Encode(string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences)
    {
        Calls.Add((Layer, spans.Length));
        var vectors = new float[spans.Length * MiniLmEncoder.Dimensions];
        Array.Fill(vectors, 0.01f);
        return vectors;
    }
}
