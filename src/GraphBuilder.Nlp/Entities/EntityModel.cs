using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Represents a trained entity recognition model: its entity types, the gazetteer of training names and the weights
/// of its softmax over BILOU labels.
/// </summary>
public sealed class EntityModel
{
    private const string Kind = "ner";
    private const string ContextualKind = "ner+minilm";

    internal EntityModel(IReadOnlyList<string> types, Gazetteer gazetteer, EntityLexicon lexicon, LinearModel weights, ContextualFeatures? contextual = null)
    {
        Types = types;
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        Weights = weights;
        Contextual = contextual;
    }

    /// <summary>Gets a value indicating whether the model reads MiniLM vectors (the <c>accurate</c> profile).</summary>
    public bool IsContextual => Contextual is not null;

    /// <summary>Gets the entity types, such as <c>PER</c>, in label order.</summary>
    public IReadOnlyList<string> Types { get; }

    internal Gazetteer Gazetteer { get; }

    internal EntityLexicon Lexicon { get; }

    internal LinearModel Weights { get; }

    internal ContextualFeatures? Contextual { get; }

    /// <summary>Writes the model to a stream in the project's gzip'd binary model format.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Contextual is null ? Kind : ContextualKind, writer =>
        {
            writer.Write(Types.Count);
            foreach (var type in Types)
            {
                writer.Write(type);
            }

            Gazetteer.Write(writer);
            Lexicon.Write(writer);
            Weights.Write(writer);
            Contextual?.Write(writer);
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold an entity model.</exception>
    public static EntityModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, [Kind, ContextualKind], (reader, kind) =>
        {
            var count = reader.ReadInt32();
            var types = new string[count];
            for (var i = 0; i < count; i++)
            {
                types[i] = reader.ReadString();
            }

            var gazetteer = Gazetteer.Read(reader);
            var lexicon = EntityLexicon.Read(reader);
            var weights = LinearModel.Read(reader);
            var contextual = string.Equals(kind, ContextualKind, StringComparison.Ordinal) ? ContextualFeatures.Read(reader) : null;
            return new EntityModel(types, gazetteer, lexicon, weights, contextual);
        });
    }
}
