namespace GraphBuilder.Nlp.Tests;

internal static class TestRepository
{
    public static string? Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GraphBuilder.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    public static string? SharedFile(string relativePath)
    {
        var root = Root();
        if (root is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", relativePath));
        return File.Exists(path) ? path : null;
    }

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
