namespace GraphBuilder.Nlp.Models;

/// <summary>
/// Reads the models shipped inside this assembly as embedded resources
/// (<c>Resources/Models/&lt;name&gt;.bin.gz</c>).
/// </summary>
public sealed class EmbeddedModelStore : IModelStore
{
    private const string Prefix = "GraphBuilder.Nlp.Resources.Models.";

    /// <inheritdoc />
    public bool Contains(ModelKey key) =>
        typeof(EmbeddedModelStore).Assembly.GetManifestResourceInfo(Prefix + key.FileName) is not null;

    /// <inheritdoc />
    public Stream Open(ModelKey key) =>
        typeof(EmbeddedModelStore).Assembly.GetManifestResourceStream(Prefix + key.FileName)
        ?? throw new ModelNotFoundException(
            $"The model '{key.Name}' ({key.Language}, version {key.Version}) is not embedded in {typeof(EmbeddedModelStore).Assembly.GetName().Name}.");
}
