namespace GraphBuilder.Nlp.Training.Learning;

/// <summary>
/// Represents the settings of a training run. Training is deterministic for a given seed.
/// </summary>
public sealed record TrainingSettings
{
    /// <summary>Gets the seed of the random order of the training examples.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the maximum number of passes over the training data; the pass best on the dev data is kept.</summary>
    /// <value>The default value is 0, which lets the trainer choose.</value>
    public int Epochs { get; init; }

    /// <summary>Gets the base-2 logarithm of the number of feature buckets.</summary>
    /// <value>The default value is 0, which lets the trainer choose.</value>
    public int Bits { get; init; }

    /// <summary>Gets the learning rate of trainers that use one.</summary>
    /// <value>The default value is 0, which lets the trainer choose.</value>
    public double LearningRate { get; init; }

    /// <summary>Gets the weight below which a feature's row is dropped from the model (all of its label weights).</summary>
    /// <value>The default value is 0, which lets the trainer choose.</value>
    public double PruneThreshold { get; init; }

    /// <summary>Gets a value indicating whether the entity trainer uses the embedded hand-written lexicons.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseLexicon { get; init; } = true;

    /// <summary>
    /// Gets the MiniLM layer whose contextual vectors the entity trainer adds as dense features (the <c>accurate</c>
    /// profile); 0 trains the sparse <c>fast</c> model.
    /// </summary>
    /// <value>The default value is 0.</value>
    public int TransformerLayer { get; init; }

    /// <summary>Gets the AdaGrad learning rate of the dense (transformer) weights.</summary>
    /// <value>The default value is 0, which lets the trainer choose.</value>
    public double DenseLearningRate { get; init; }

    /// <summary>
    /// Gets the folder where the entity trainer caches the transformer vectors of its corpora, so that repeated runs
    /// skip the encoder.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: <c>graphbuilder-minilm</c> in the temporary folder.</value>
    public string? VectorCacheDirectory { get; init; }

    /// <summary>
    /// Gets a value indicating whether the part-of-speech trainer adds a second, right-context pass. On UD EWT dev it
    /// gained 0.07 points (95.18 against 95.11) for twice the tagging time, so it is off by default.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool TwoPass { get; init; }

    /// <summary>
    /// Gets a trained entity model whose predicted labels the new entity model reads as features (stacking), or
    /// <see langword="null"/>. The new model records <see cref="PriorName"/> and loads the prior by that name.
    /// </summary>
    public Nlp.Entities.EntityModel? Prior { get; init; }

    /// <summary>Gets the model name (<see cref="Nlp.Models.ModelKey.Name"/>) of <see cref="Prior"/>.</summary>
    public string? PriorName { get; init; }

    /// <summary>Gets the number of models trained from consecutive seeds whose weights are averaged (relations; 0 or 1: one).</summary>
    public int Ensemble { get; init; }
}
