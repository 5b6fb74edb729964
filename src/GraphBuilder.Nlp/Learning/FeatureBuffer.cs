namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Collects the weight-table buckets of one token's features. Reused from token to token to avoid allocation.
/// </summary>
internal sealed class FeatureBuffer
{
    private readonly int[] _buckets = new int[256];
    private readonly int _mask;

    /// <summary>Initializes a new instance of the <see cref="FeatureBuffer"/> class.</summary>
    /// <param name="bits">The base-2 logarithm of the number of buckets.</param>
    public FeatureBuffer(int bits) => _mask = (1 << bits) - 1;

    /// <summary>Gets the number of features collected.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the collected buckets.</summary>
    public ReadOnlySpan<int> Buckets => _buckets.AsSpan(0, Count);

    /// <summary>Forgets the collected features.</summary>
    public void Clear() => Count = 0;

    /// <summary>Adds a feature given by its hash.</summary>
    public void Add(ulong hash)
    {
        if (Count < _buckets.Length)
        {
            _buckets[Count++] = FeatureHash.Bucket(hash, _mask);
        }
    }
}
