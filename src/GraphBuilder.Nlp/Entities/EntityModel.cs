using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Represents a trained entity recognition model: its entity types, the gazetteer of training names and the weights
/// of its softmax over BILOU labels.
/// </summary>
public sealed class EntityModel
{
    private const string Kind = "ner";

    internal EntityModel(IReadOnlyList<string> types, Gazetteer gazetteer, EntityLexicon lexicon, LinearModel weights)
    {
        Types = types;
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        Weights = weights;
    }

    /// <summary>Gets the entity types, such as <c>PER</c>, in label order.</summary>
    public IReadOnlyList<string> Types { get; }

    internal Gazetteer Gazetteer { get; }

    internal EntityLexicon Lexicon { get; }

    internal LinearModel Weights { get; }

    /// <summary>Writes the model to a stream in the project's gzip'd binary model format.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, writer =>
        {
            writer.Write(Types.Count);
            foreach (var type in Types)
            {
                writer.Write(type);
            }

            Gazetteer.Write(writer);
            Lexicon.Write(writer);
            Weights.Write(writer);
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold an entity model.</exception>
    public static EntityModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, Kind, reader =>
        {
            var count = reader.ReadInt32();
            var types = new string[count];
            for (var i = 0; i < count; i++)
            {
                types[i] = reader.ReadString();
            }

            var gazetteer = Gazetteer.Read(reader);
            var lexicon = EntityLexicon.Read(reader);
            return new EntityModel(types, gazetteer, lexicon, LinearModel.Read(reader));
        });
    }
}
