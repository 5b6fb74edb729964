namespace GraphBuilder.Nlp.Tests;

internal static class TestRepository
{
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
