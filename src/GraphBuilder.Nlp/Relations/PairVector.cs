using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// The dense view of an argument pair from contextual token vectors: the mean vector of the head's span, of the
/// tail's span, their elementwise product (how alike the two are in context) and the mean of the words between.
/// </summary>
internal static class PairVector
{
    public const int Blocks = 4;

    public const int Dimensions = Blocks * MiniLmEncoder.Dimensions;

    public static void Build(ReadOnlySpan<float> vectors, RelationArgument head, RelationArgument tail, Span<float> output)
    {
        const int d = MiniLmEncoder.Dimensions;
        output.Clear();
        var a = output[..d];
        var b = output.Slice(d, d);
        Mean(vectors, head.Start, head.End, a);
        Mean(vectors, tail.Start, tail.End, b);
        var product = output.Slice(2 * d, d);
        for (var k = 0; k < d; k++)
        {
            product[k] = a[k] * b[k];
        }

        var from = Math.Min(head.End, tail.End);
        var to = Math.Max(head.Start, tail.Start);
        if (to > from)
        {
            Mean(vectors, from, to, output.Slice(3 * d, d));
        }
    }

    private static void Mean(ReadOnlySpan<float> vectors, int start, int end, Span<float> output)
    {
        const int d = MiniLmEncoder.Dimensions;
        for (var t = start; t < end; t++)
        {
            var v = vectors.Slice(t * d, d);
            for (var k = 0; k < d; k++)
            {
                output[k] += v[k];
            }
        }

        var scale = 1f / (end - start);
        for (var k = 0; k < d; k++)
        {
            output[k] *= scale;
        }
    }
}
