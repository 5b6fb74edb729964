using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Relations;

/// <summary>The contextual part of a relation model: the MiniLM layer, the vectors' moments and the pair-vector weights.</summary>
internal sealed class RelationDense(int layer, float[] mean, float[] inverseDeviation, float[] weights)
{
    public int Layer { get; } = layer;

    public float[] Mean { get; } = mean;

    public float[] InverseDeviation { get; } = inverseDeviation;

    /// <summary>One row of <see cref="PairVector.Dimensions"/> weights per label.</summary>
    public float[] Weights { get; } = weights;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Layer);
        writer.Write(MiniLmEncoder.MaxPieces);
        writer.Write(PairVector.Dimensions);
        foreach (var array in new[] { Mean, InverseDeviation, Weights })
        {
            writer.Write(array.Length);
            foreach (var value in array)
            {
                writer.Write(value);
            }
        }
    }

    public static RelationDense Read(BinaryReader reader)
    {
        var layer = reader.ReadInt32();
        if (layer is < 1 or > 6 || reader.ReadInt32() != MiniLmEncoder.MaxPieces || reader.ReadInt32() != PairVector.Dimensions)
        {
            throw new InvalidDataException("The relation model's contextual header is invalid (or was packed differently).");
        }

        float[] ReadArray(int expected)
        {
            var count = reader.ReadInt32();
            if (count != expected)
            {
                throw new InvalidDataException("The relation model's contextual weights have the wrong size.");
            }

            var values = new float[count];
            for (var k = 0; k < count; k++)
            {
                values[k] = reader.ReadSingle();
            }

            return values;
        }

        return new RelationDense(
            layer,
            ReadArray(MiniLmEncoder.Dimensions),
            ReadArray(MiniLmEncoder.Dimensions),
            ReadArray(PairVector.Dimensions * RelationSchema.Labels.Count));
    }
}
