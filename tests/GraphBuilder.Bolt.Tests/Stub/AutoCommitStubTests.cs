using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class AutoCommitStubTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_AutoCommit_SendsMetadataInRunAndChainsBookmarks()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("auto_commit.script"));
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession("neo4j");

            var write = await session.RunAsync("CALL { CREATE (n) } IN TRANSACTIONS", cancellationToken: Token);
            var summary = await write.ConsumeAsync(Token);
            var read = await session.RunAsync("RETURN 1 AS n", accessMode: BoltAccessMode.Read, cancellationToken: Token);
            var record = await read.SingleAsync(Token);

            summary.Counters.NodesCreated.ShouldBe(1);
            record.Get<int>("n").ShouldBe(1);
            session.LastBookmarks.ShouldBe(["bm:auto2"]);
        }

        stub.ConnectionCount.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }
}
