using System.Runtime.CompilerServices;
using GraphBuilder.Ingestion.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Reads the article files of a folder and its sub-folders, or a list of files and folders, in a stable order.
/// Files of a type ingestion does not read are reported as failed rather than skipped, so nothing goes unnoticed;
/// hidden files are left alone. A linked folder is read once per run, by its real path: a link back into a folder
/// already read (a loop) is logged once and not followed.
/// </summary>
public sealed class FolderNewsSource : INewsSource
{
    private readonly IReadOnlyList<string> _paths;
    private readonly ArticleFileReader _reader;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="FolderNewsSource"/> class.</summary>
    /// <param name="name">The source's name.</param>
    /// <param name="paths">The files and folders to read.</param>
    /// <param name="reader">The file reader.</param>
    /// <param name="logger">Where folder links not followed are reported, if anywhere.</param>
    public FolderNewsSource(string name, IReadOnlyList<string> paths, ArticleFileReader reader, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(reader);
        Name = name;
        _paths = paths;
        _reader = reader;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Counts the files a read would visit now, for progress reporting.</summary>
    /// <returns>The number of files.</returns>
    public int CountFiles() => _paths.Sum(path => Directory.Exists(path) ? Files(path, report: false).Count : 1);

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in _paths)
        {
            if (Directory.Exists(path))
            {
                var files = Files(path, report: true);
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

    private List<string> Files(string folder, bool report)
    {
        var skip = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        var folders = new Stack<string>([folder]);
        while (folders.Count > 0)
        {
            var current = folders.Pop();
            if (!visited.Add(FolderPaths.RealPath(current)))
            {
                if (report)
                {
                    Log.FolderLinkSkipped(_logger, current, FolderPaths.RealPath(current));
                }

                continue;
            }

            try
            {
                files.AddRange(Directory.EnumerateFiles(current, "*", skip));
                foreach (var child in Directory.EnumerateDirectories(current, "*", skip))
                {
                    folders.Push(child);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A folder that vanished or cannot be listed mid-walk (a dangling link) holds nothing to read.
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
