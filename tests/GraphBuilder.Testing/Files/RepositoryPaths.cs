namespace GraphBuilder.Testing.Files;

/// <summary>
/// Finds the repository's folders from a test's output folder.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GraphBuilder.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("GraphBuilder.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>Gets the repository's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Gets the project's own sample articles.</summary>
    public static string SampleArticles => Path.Combine(Root, "tests", "samples", "articles");

    /// <summary>Gets the shared folder beside the repository (corpora, the third-party sample), which may be absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Gets the third-party sample article, which tests read from the shared folder and never copy.</summary>
    public static string TassSample => Path.Combine(Shared, "samples", "tass-2017-06-15.txt");
}
