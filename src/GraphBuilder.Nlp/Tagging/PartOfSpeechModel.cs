using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Represents a trained part-of-speech model: its tag set and the weights of its averaged perceptron.
/// </summary>
public sealed class PartOfSpeechModel
{
    private const string Kind = "pos";

    internal PartOfSpeechModel(IReadOnlyList<string> tags, TagLexicon lexicon, LinearModel weights, LinearModel? second)
    {
        Tags = tags;
        Lexicon = lexicon;
        Second = second;
        Weights = weights;
    }

    /// <summary>Gets the tag set, in label order.</summary>
    public IReadOnlyList<string> Tags { get; }

    internal LinearModel Weights { get; }

    internal TagLexicon Lexicon { get; }

    /// <summary>Gets the weights of the second pass, which also reads the first pass's tags, if the model has one.</summary>
    internal LinearModel? Second { get; }

    /// <summary>Writes the model to a stream in the project's gzip'd binary model format.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, writer =>
        {
            writer.Write(Tags.Count);
            foreach (var tag in Tags)
            {
                writer.Write(tag);
            }

            Lexicon.Write(writer);
            Weights.Write(writer);
            writer.Write(Second is not null);
            Second?.Write(writer);
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold a part-of-speech model.</exception>
    public static PartOfSpeechModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, Kind, reader =>
        {
            var count = reader.ReadInt32();
            var tags = new string[count];
            for (var i = 0; i < count; i++)
            {
                tags[i] = reader.ReadString();
            }

            var lexicon = TagLexicon.Read(reader);
            var weights = LinearModel.Read(reader);
            var second = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
            return new PartOfSpeechModel(tags, lexicon, weights, second);
        });
    }
}
