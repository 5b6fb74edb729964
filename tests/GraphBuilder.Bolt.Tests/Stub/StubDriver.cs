namespace GraphBuilder.Bolt.Tests.Stub;

internal static class StubDriver
{
    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Scripts", name);

    public static BoltDriver Create(string uri, string password = "secret", Action<BoltDriverOptions>? configure = null) =>
        BoltDriver.Create(uri, BoltAuthToken.Basic("neo4j", password), options =>
        {
            options.InitialRetryDelay = TimeSpan.FromMilliseconds(5);
            options.MaxTransactionRetryTime = TimeSpan.FromSeconds(5);
            options.ConnectionTimeout = TimeSpan.FromSeconds(5);
            options.ConnectionReadTimeout = TimeSpan.FromSeconds(10);
            configure?.Invoke(options);
        });

    public static async Task<long> ReturnOneAsync(BoltDriver driver, CancellationToken cancellationToken)
    {
        await using var session = driver.AsyncSession();
        return await session.ExecuteReadAsync(async tx =>
        {
            var result = await tx.RunAsync("RETURN 1 AS n", cancellationToken: cancellationToken);
            var record = await result.SingleAsync(cancellationToken);
            return record.Get<long>("n");
        }, cancellationToken);
    }
}
