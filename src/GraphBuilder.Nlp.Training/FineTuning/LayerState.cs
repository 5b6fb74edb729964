namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>What the forward pass of an <see cref="EncoderLayer"/> keeps for its backward pass, and its output.</summary>
internal sealed class LayerState
{
    /// <summary>Initializes a new instance of the <see cref="LayerState"/> class.</summary>
    public LayerState(float[] input, SequenceBatch batch, int width, int intermediate, int probabilities)
    {
        var rows = batch.Rows;
        Input = input;
        Batch = batch;
        Q = new float[rows * width];
        K = new float[rows * width];
        V = new float[rows * width];
        Probabilities = new float[probabilities];
        Context = new float[rows * width];
        Norm1 = new float[rows * width];
        Norm1Inverse = new float[rows];
        Hidden = new float[rows * width];
        PreActivation = new float[rows * intermediate];
        Activation = new float[rows * intermediate];
        Norm2 = new float[rows * width];
        Norm2Inverse = new float[rows];
        Output = new float[rows * width];
    }

    public float[] Input { get; }

    public SequenceBatch Batch { get; }

    public float[] Q { get; }

    public float[] K { get; }

    public float[] V { get; }

    public float[] Probabilities { get; }

    public float[] Context { get; }

    public float[] Norm1 { get; }

    public float[] Norm1Inverse { get; }

    /// <summary>Gets the output of the first layer normalisation (the feed-forward block's input).</summary>
    public float[] Hidden { get; }

    public float[] PreActivation { get; }

    public float[] Activation { get; }

    public float[] Norm2 { get; }

    public float[] Norm2Inverse { get; }

    /// <summary>Gets the layer's output.</summary>
    public float[] Output { get; }
}
