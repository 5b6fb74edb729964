namespace GraphBuilder.Neo4j.Tests.Live;

/// <summary>
/// The Neo4j the live tests use, from <c>GRAPHBUILDER_NEO4J_URI</c>, <c>GRAPHBUILDER_NEO4J_USER</c> (default
/// <c>neo4j</c>), <c>GRAPHBUILDER_NEO4J_PASSWORD</c> and optionally <c>GRAPHBUILDER_NEO4J_DATABASE</c>. The tests write
/// the sample graph into that database (MERGE on the sample's ids; nothing else is touched), so use a scratch one.
/// </summary>
/// <param name="Uri">The Bolt URI.</param>
/// <param name="User">The user.</param>
/// <param name="Password">The password.</param>
/// <param name="Database">The database, or <see langword="null"/> for the home database.</param>
internal sealed record LiveNeo4jSettings(string Uri, string User, string Password, string? Database)
{
    public const string SkipReason =
        "GRAPHBUILDER_NEO4J_URI is not set: set it (with GRAPHBUILDER_NEO4J_USER and GRAPHBUILDER_NEO4J_PASSWORD) to run the live Neo4j tests against a scratch database";

    /// <summary>Reads the settings, or skips the calling test when no server is configured.</summary>
    /// <returns>The settings.</returns>
    public static LiveNeo4jSettings RequireOrSkip()
    {
        var uri = Environment.GetEnvironmentVariable("GRAPHBUILDER_NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            Assert.Skip(SkipReason);
        }

        var user = Environment.GetEnvironmentVariable("GRAPHBUILDER_NEO4J_USER");
        var database = Environment.GetEnvironmentVariable("GRAPHBUILDER_NEO4J_DATABASE");
        return new LiveNeo4jSettings(
            uri,
            string.IsNullOrWhiteSpace(user) ? "neo4j" : user,
            Environment.GetEnvironmentVariable("GRAPHBUILDER_NEO4J_PASSWORD") ?? string.Empty,
            string.IsNullOrWhiteSpace(database) ? null : database);
    }
}
