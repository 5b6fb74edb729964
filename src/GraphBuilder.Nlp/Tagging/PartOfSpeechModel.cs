using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Represents a trained part-of-speech model: its tag set and the weights of its averaged perceptron (<c>fast</c>), or
/// of a softmax over the same sparse features plus MiniLM vectors as dense features (<c>accurate</c>).
/// </summary>
public sealed class PartOfSpeechModel
{
    private const string Kind = "pos";
    private const string ContextualKind = "pos+minilm";

    internal PartOfSpeechModel(IReadOnlyList<string> tags, TagLexicon lexicon, LinearModel weights, LinearModel? second, ContextualFeatures? contextual = null)
    {
        Contextual = contextual;
        Tags = tags;
        Lexicon = lexicon;
        Second = second;
        Weights = weights;
    }

    /// <summary>Gets a value indicating whether the model reads MiniLM vectors (the <c>accurate</c> profile).</summary>
    public bool IsContextual => Contextual is not null;

    /// <summary>Gets the tag set, in label order.</summary>
    public IReadOnlyList<string> Tags { get; }

    internal LinearModel Weights { get; }

    internal TagLexicon Lexicon { get; }

    /// <summary>Gets the weights of the second pass, which also reads the first pass's tags, if the model has one.</summary>
    internal LinearModel? Second { get; }

    /// <summary>Gets the dense part of the <c>accurate</c> model: its layer, scalers and weights.</summary>
    internal ContextualFeatures? Contextual { get; }

    /// <summary>Writes the model to a stream in the project's gzip'd binary model format.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Contextual is null ? Kind : ContextualKind, writer =>
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
            Contextual?.Write(writer);
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold a part-of-speech model.</exception>
    public static PartOfSpeechModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, [Kind, ContextualKind], (reader, kind) =>
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
            var contextual = string.Equals(kind, ContextualKind, StringComparison.Ordinal) ? ContextualFeatures.Read(reader) : null;
            return new PartOfSpeechModel(tags, lexicon, weights, second, contextual);
        });
    }
}
