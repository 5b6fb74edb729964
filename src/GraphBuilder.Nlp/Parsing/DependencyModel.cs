using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Represents a trained dependency parsing model: the relation labels and the weights of its two averaged
/// perceptrons, one choosing the arc-hybrid transition and one labelling each arc as it is built.
/// </summary>
public sealed class DependencyModel
{
    private const string Kind = "deps";
    private const string ContextualKind = "deps+minilm";

    internal DependencyModel(IReadOnlyList<string> labels, LinearModel transitions, LinearModel arcLabels, ParserVectors? vectors = null)
    {
        Labels = labels;
        Transitions = transitions;
        ArcLabels = arcLabels;
        Vectors = vectors;
    }

    /// <summary>Gets the relation labels an arc can take, in label order (the root's label, <c>root</c>, is not among them).</summary>
    public IReadOnlyList<string> Labels { get; }

    internal LinearModel Transitions { get; }

    internal LinearModel ArcLabels { get; }

    /// <summary>Gets the MiniLM features of the <c>accurate</c> model, or <see langword="null"/> for the sparse model.</summary>
    internal ParserVectors? Vectors { get; }

    /// <summary>Writes the model to a stream in the project's gzip'd binary model format.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Vectors is null ? Kind : ContextualKind, writer =>
        {
            writer.Write(Labels.Count);
            foreach (var label in Labels)
            {
                writer.Write(label);
            }

            Transitions.Write(writer);
            ArcLabels.Write(writer);
            Vectors?.Write(writer);
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold a dependency model.</exception>
    public static DependencyModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, [Kind, ContextualKind], (reader, kind) =>
        {
            var count = reader.ReadInt32();
            var labels = new string[count];
            for (var i = 0; i < count; i++)
            {
                labels[i] = reader.ReadString();
            }

            var transitions = LinearModel.Read(reader);
            var arcLabels = LinearModel.Read(reader);
            var vectors = kind == ContextualKind ? ParserVectors.Read(reader) : null;
            return new DependencyModel(labels, transitions, arcLabels, vectors);
        });
    }
}
