using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class VersionBehaviourStubTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_Bolt44WithoutUtcPatch_ReadsLegacyDateTime()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("v4x4_legacy_datetime.script"));
        object? value;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            value = await session.ExecuteWriteAsync(async tx =>
            {
                var result = await tx.RunAsync(
                    "RETURN $t AS t",
                    new Dictionary<string, object?> { ["t"] = new Dictionary<string, object?> { ["a"] = 1L } },
                    Token);
                return (await result.SingleAsync(Token))["t"];
            }, Token);
        }

        value.ShouldBe(new BoltDateTime(4500, 42, 3600));
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteWriteAsync_Bolt57GqlFailure_ReadsNeo4jCodeAndRetries()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("v5x7_gql_failure.script"));
        var attempts = 0;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync("MERGE (e:Entity {id: 1})", cancellationToken: Token)).ConsumeAsync(Token);
            }, Token);
        }

        attempts.ShouldBe(2);
        await stub.WaitForCompletionAsync();
    }
}
