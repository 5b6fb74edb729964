namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>A tensor of trainable weights with its gradient, named as in the ONNX graph it came from.</summary>
internal sealed class Parameter
{
    /// <summary>Initializes a new instance of the <see cref="Parameter"/> class.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The values (row-major).</param>
    /// <param name="shape">The shape.</param>
    public Parameter(string name, float[] value, params int[] shape)
    {
        if (shape.Aggregate(1, (a, b) => a * b) != value.Length)
        {
            throw new ArgumentException($"{name}: {value.Length} values do not fill the shape [{string.Join(", ", shape)}].", nameof(value));
        }

        Name = name;
        Value = value;
        Shape = shape;
        Gradient = new float[value.Length];
    }

    public string Name { get; }

    public float[] Value { get; }

    public float[] Gradient { get; }

    public int[] Shape { get; }

    /// <summary>Gets or sets a value indicating whether the optimiser updates the parameter.</summary>
    public bool Trainable { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether only some rows have a gradient (an embedding table), so the optimiser visits only those.</summary>
    public HashSet<int>? TouchedRows { get; set; }
}
