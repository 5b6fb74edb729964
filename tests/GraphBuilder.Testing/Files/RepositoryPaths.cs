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

    /// <summary>Gets the project's own news texts with page furniture: Title Case headlines, datelines, bylines, credits, source trailers.</summary>
    public static string LayoutArticles => Path.Combine(Root, "tests", "samples", "layout");

    /// <summary>Gets the folder of a cluster of the project's own news stories about one event from several outlets.</summary>
    /// <param name="cluster">The cluster's name, such as <c>kestrel-bay</c>.</param>
    /// <returns>The folder of its stories.</returns>
    public static string ClusterArticles(string cluster) => Path.Combine(Root, "tests", "samples", "clusters", cluster, "articles");

    /// <summary>Gets a cluster's central entities and relations, and the other relations its stories state.</summary>
    /// <param name="cluster">The cluster's name, such as <c>kestrel-bay</c>.</param>
    /// <returns>The file's path.</returns>
    public static string ClusterGold(string cluster) => Path.Combine(Root, "tests", "samples", "clusters", cluster, "central.tsv");

    /// <summary>Gets the shared folder beside the repository (corpora, the third-party sample), which may be absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Gets the third-party sample article, which tests read from the shared folder and never copy.</summary>
    public static string TassSample => Path.Combine(Shared, "samples", "tass-2017-06-15.txt");

    /// <summary>
    /// Gets the third-party sample article for a test that needs it. Where it is absent the test is skipped on a
    /// developer's machine, but fails in CI (<c>CI=true</c>), where <c>../shared</c> must be there: a test that cannot
    /// run there must not pass silently.
    /// </summary>
    /// <returns>The sample's path.</returns>
    public static string RequireTassSample() => RequireShared(TassSample);

    /// <summary>Gets a file of the shared folder for a test that needs it, on the terms of <see cref="RequireTassSample"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The path.</returns>
    public static string RequireShared(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var message = $"{path} is absent: this test reads it from ../shared beside the repository.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message + " CI must provide it.");
        }

        Xunit.Assert.Skip(message);
        return path;
    }
}
