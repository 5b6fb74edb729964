namespace GraphBuilder.Nlp.Models;

/// <summary>
/// Reads models from a folder: <c>&lt;folder&gt;/&lt;name&gt;.bin.gz</c>, as the <c>train</c> command writes them.
/// </summary>
public sealed class FileModelStore : IModelStore
{
    private readonly string _directory;

    /// <summary>Initializes a new instance of the <see cref="FileModelStore"/> class.</summary>
    /// <param name="directory">The folder that holds the model files.</param>
    public FileModelStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
    }

    /// <inheritdoc />
    public bool Contains(ModelKey key) => File.Exists(PathOf(key));

    /// <inheritdoc />
    public Stream Open(ModelKey key)
    {
        var path = PathOf(key);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelNotFoundException($"The model file '{path}' does not exist.", ex);
        }
    }

    private string PathOf(ModelKey key) => Path.Combine(_directory, key.FileName);
}
