namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Resolves a folder's real path, every symbolic link on the way followed, so that a folder reached through links is
/// recognised as one already read.
/// </summary>
internal static class FolderPaths
{
    // As the kernel's ELOOP limit: a chain of links longer than this is a loop of links themselves.
    private const int MaxLinks = 40;

    /// <summary>Gets the real path of a folder.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>Its full path with no symbolic link in it, or its full path when a link cannot be resolved.</returns>
    public static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var resolved = root;
        var links = 0;
        while (parts.TryDequeue(out var part))
        {
            var next = Path.Combine(resolved, part);
            FileSystemInfo? target;
            try
            {
                target = new DirectoryInfo(next).LinkTarget is null ? null : Directory.ResolveLinkTarget(next, returnFinalTarget: true);
            }
            catch (IOException)
            {
                return full;
            }

            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++links + depth > MaxLinks)
            {
                return full;
            }

            // The target may itself pass through links: resolve it again from its root, then the rest of the path.
            var rest = parts.ToArray();
            var again = RealPath(target.FullName, depth + links);
            parts = new Queue<string>(rest);
            resolved = again;
        }

        return resolved;
    }
}
