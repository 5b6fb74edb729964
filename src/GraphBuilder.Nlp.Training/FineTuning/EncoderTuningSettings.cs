namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>Represents the settings of a fine-tuning run of the encoder with a task head. Training is deterministic for a seed.</summary>
public sealed record EncoderTuningSettings
{
    /// <summary>Gets the seed of the order of the training documents.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the number of passes over the training data; the pass best on the dev data is kept.</summary>
    /// <value>The default value is 6.</value>
    public int Epochs { get; init; } = 6;

    /// <summary>Gets the number of encoder layers kept (the head reads the last one's output).</summary>
    /// <value>The default value is 3.</value>
    public int Layers { get; init; } = 3;

    /// <summary>Gets the number of top layers tuned; the layers below and the embeddings stay frozen.</summary>
    /// <value>The default value is 3.</value>
    public int TunedLayers { get; init; } = 3;

    /// <summary>Gets the peak AdamW learning rate of the encoder (linear warm-up, then linear decay to 0 at the last pass).</summary>
    /// <value>The default value is 3e-5.</value>
    public double EncoderRate { get; init; } = 3e-5;

    /// <summary>Gets the fraction of the steps spent warming up the encoder's learning rate.</summary>
    /// <value>The default value is 0.1.</value>
    public double Warmup { get; init; } = 0.1;

    /// <summary>Gets AdamW's decoupled weight decay of the encoder's matrices.</summary>
    /// <value>The default value is 0.01.</value>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>Gets the AdaGrad learning rate of the head's sparse weights.</summary>
    /// <value>The default value is 0.1.</value>
    public double SparseRate { get; init; } = 0.1;

    /// <summary>Gets the AdaGrad learning rate of the head's dense weights (over the standardised encoder vectors).</summary>
    /// <value>The default value is 0.02.</value>
    public double DenseRate { get; init; } = 0.02;

    /// <summary>Gets the number of training documents whose gradients make one encoder step.</summary>
    /// <value>The default value is 1.</value>
    public int DocumentsPerStep { get; init; } = 1;

    /// <summary>Gets the threads the matrix multiply may use.</summary>
    /// <value>The default value is 1.</value>
    public int Threads { get; init; } = 1;

    /// <summary>Gets a value indicating whether the entity trainer uses the embedded hand-written lexicons.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseLexicon { get; init; } = true;
}
