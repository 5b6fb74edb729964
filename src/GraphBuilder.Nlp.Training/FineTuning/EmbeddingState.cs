namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>What the forward pass of <see cref="EncoderEmbeddings"/> keeps for its backward pass, and its output.</summary>
internal sealed class EmbeddingState
{
    /// <summary>Initializes a new instance of the <see cref="EmbeddingState"/> class.</summary>
    public EmbeddingState(int[] ids, SequenceBatch batch, int size)
    {
        Ids = ids;
        Batch = batch;
        Output = new float[size];
        Normalized = new float[size];
        InverseDeviation = new float[batch.Rows];
    }

    public int[] Ids { get; }

    public SequenceBatch Batch { get; }

    public float[] Output { get; }

    public float[] Normalized { get; }

    public float[] InverseDeviation { get; }
}
