using System.Runtime.CompilerServices;
using GraphBuilder.Ingestion.Reading;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Reads the article files of a folder and its sub-folders, or a list of files and folders, in a stable order.
/// Files of a type ingestion does not read are reported as failed rather than skipped, so nothing goes unnoticed;
/// hidden files are left alone.
/// </summary>
public sealed class FolderNewsSource : INewsSource
{
    private readonly IReadOnlyList<string> _paths;
    private readonly ArticleFileReader _reader;

    /// <summary>Initializes a new instance of the <see cref="FolderNewsSource"/> class.</summary>
    /// <param name="name">The source's name.</param>
    /// <param name="paths">The files and folders to read.</param>
    /// <param name="reader">The file reader.</param>
    public FolderNewsSource(string name, IReadOnlyList<string> paths, ArticleFileReader reader)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(reader);
        Name = name;
        _paths = paths;
        _reader = reader;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Counts the files a read would visit now, for progress reporting.</summary>
    /// <returns>The number of files.</returns>
    public int CountFiles() => _paths.Sum(path => Directory.Exists(path) ? Files(path).Count() : 1);

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in _paths)
        {
            if (Directory.Exists(path))
            {
                var files = Files(path).Order(StringComparer.Ordinal).ToList();
                foreach (var file in files)
                {
                    await foreach (var item in _reader.ReadAsync(file, Name, cancellationToken).ConfigureAwait(false))
                    {
                        yield return item;
                    }
                }
            }
            else
            {
                // A named file is read whatever its extension, so a wrong one is reported, not skipped silently.
                await foreach (var item in _reader.ReadAsync(path, Name, cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
        }
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(
            folder,
            "*",
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden });
}
