using System.Collections.Concurrent;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Embeddings;

/// <summary>
/// The MiniLM encoders of one pipeline, one per layer, created on first use and disposed with their owner, so that
/// no ONNX session outlives the pipeline that loaded it.
/// </summary>
internal sealed class TokenEncoders : IDisposable
{
    private readonly ConcurrentDictionary<int, Lazy<MiniLmEncoder>> _encoders = new();

    /// <summary>Gets the encoder of a layer, creating it on first use.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The encoder.</returns>
    public ITokenEncoder For(int layer) =>
        _encoders.GetOrAdd(layer, l => new Lazy<MiniLmEncoder>(() => MiniLmEncoder.Create(l), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var encoder in _encoders.Values.Where(e => e.IsValueCreated))
        {
            encoder.Value.Dispose();
        }

        _encoders.Clear();
    }
}
