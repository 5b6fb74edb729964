using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class RoutingStubTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteWriteAsync_ExpiredRoutingTable_RefreshesBeforeEachTransaction()
    {
        await using var writer = BoltStubServer.StartFromFile(StubDriver.Script("routing_writer.script"));
        await using var router = BoltStubServer.StartFromFile(
            StubDriver.Script("routing_router.script"),
            new Dictionary<string, string> { ["WRITER"] = writer.Address });
        await using (var driver = StubDriver.Create(router.Neo4jUri + "?region=eu"))
        {
            await using var session = driver.AsyncSession("neo4j");

            for (var i = 0; i < 2; i++)
            {
                await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync("CREATE (n)", cancellationToken: Token)).ConsumeAsync(Token), Token);
            }
        }

        await router.WaitForCompletionAsync();
        await writer.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteWriteAsync_NotALeader_ForgetsWriterRefreshesAndRetries()
    {
        await using var writer1 = BoltStubServer.StartFromFile(StubDriver.Script("routing_not_a_leader.script"));
        await using var writer2 = BoltStubServer.StartFromFile(StubDriver.Script("routing_writer.script"));
        await using var router = BoltStubServer.StartFromFile(
            StubDriver.Script("routing_router_two_writers.script"),
            new Dictionary<string, string> { ["WRITER1"] = writer1.Address, ["WRITER2"] = writer2.Address });
        var attempts = 0;
        await using (var driver = StubDriver.Create(router.Neo4jUri))
        {
            await using var session = driver.AsyncSession("neo4j");

            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync("CREATE (n)", cancellationToken: Token)).ConsumeAsync(Token);
            }, Token);
        }

        attempts.ShouldBe(2);
        await router.WaitForCompletionAsync();
        await writer1.WaitForCompletionAsync();
        await writer2.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteReadAsync_HomeDatabase_RoutesToReader()
    {
        await using var reader = BoltStubServer.StartFromFile(StubDriver.Script("routing_reader.script"));
        await using var writer = BoltStubServer.Start("!: BOLT 5.4");
        await using var router = BoltStubServer.StartFromFile(
            StubDriver.Script("routing_router_reader.script"),
            new Dictionary<string, string> { ["WRITER"] = writer.Address, ["READER"] = reader.Address });
        long count;
        await using (var driver = StubDriver.Create(router.Neo4jUri))
        {
            await using var session = driver.AsyncSession();

            count = await session.ExecuteReadAsync(async tx =>
                (await (await tx.RunAsync("MATCH (n) RETURN count(n) AS c", cancellationToken: Token)).SingleAsync(Token)).Get<long>("c"), Token);
        }

        count.ShouldBe(7);
        writer.ConnectionCount.ShouldBe(0);
        await router.WaitForCompletionAsync();
        await reader.WaitForCompletionAsync();
    }
}
