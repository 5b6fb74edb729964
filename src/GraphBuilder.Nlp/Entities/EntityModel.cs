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
    private const string PriorSuffix = "+prior";

    internal EntityModel(
        IReadOnlyList<string> types,
        Gazetteer gazetteer,
        EntityLexicon lexicon,
        LinearModel weights,
        ContextualFeatures? contextual = null,
        EntityModel? prior = null,
        string? priorName = null)
    {
        Prior = prior;
        PriorName = priorName;
        Types = types;
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        Weights = weights;
        Contextual = contextual;
    }

    /// <summary>Gets a value indicating whether the model reads MiniLM vectors (the <c>accurate</c> profile).</summary>
    public bool IsContextual => Contextual is not null;

    /// <summary>
    /// Gets the name of the model whose predicted labels this one reads as features (stacking: a model trained on a
    /// small corpus borrows what a model trained on a larger one knows), or <see langword="null"/>.
    /// </summary>
    public string? PriorName { get; }

    internal EntityModel? Prior { get; }

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
        ModelFile.Write(stream, (Contextual is null ? Kind : ContextualKind) + (PriorName is null ? "" : PriorSuffix), writer =>
        {
            if (PriorName is not null)
            {
                writer.Write(PriorName);
            }

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
    /// <param name="store">Where a model this one stacks on is read from (default: the embedded models).</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold an entity model.</exception>
    public static EntityModel Load(Stream stream, Models.IModelStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, [Kind, ContextualKind, Kind + PriorSuffix, ContextualKind + PriorSuffix], (reader, kind) =>
        {
            var priorName = kind.EndsWith(PriorSuffix, StringComparison.Ordinal) ? reader.ReadString() : null;
            kind = priorName is null ? kind : kind[..^PriorSuffix.Length];
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
            EntityModel? prior = null;
            if (priorName is not null)
            {
                var key = new Models.ModelKey("en", priorName, "1");
                var models = store ?? new Models.EmbeddedModelStore();
                using var priorStream = models.Open(key);
                prior = Load(priorStream, models);
            }

            return new EntityModel(types, gazetteer, lexicon, weights, contextual, prior, priorName);
        });
    }
}
