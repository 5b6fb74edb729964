using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class HandshakeStubTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("v5x4_return_1.script")]
    [InlineData("v5x8_manifest_return_1.script")]
    [InlineData("v4x4_return_1.script")]
    public async Task ExecuteWriteAsync_NegotiatedVersion_RunsQuery(string script)
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script(script));
        long value;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            value = await session.ExecuteWriteAsync(async tx =>
            {
                var result = await tx.RunAsync("RETURN 1 AS n", cancellationToken: Token);
                return (await result.SingleAsync(Token)).Get<long>("n");
            }, Token);

            session.LastBookmarks.ShouldBe(["bm:1"]);
        }

        value.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task VerifyConnectivityAsync_NoCommonVersion_ThrowsProtocolException()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("no_common_version.script"));
        await using var driver = StubDriver.Create(stub.BoltUri);

        var exception = await Should.ThrowAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));

        exception.Message.ShouldContain("no version was agreed");
        var stubError = await Should.ThrowAsync<StubScriptException>(() => stub.WaitForCompletionAsync());
        stubError.Message.ShouldContain("no matching version");
    }

    [Fact]
    public async Task VerifyConnectivityAsync_HttpPort_ThrowsProtocolExceptionNamingHttp()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("http_port.script"));
        await using var driver = StubDriver.Create(stub.BoltUri);

        var exception = await Should.ThrowAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));

        exception.Message.ShouldContain("HTTP");
        exception.IsRetryable.ShouldBeFalse();
    }

    [Fact]
    public async Task ExecuteWriteAsync_NoCommonVersion_IsNotRetried()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("no_common_version.script"));
        await using var driver = StubDriver.Create(stub.BoltUri);

        await Should.ThrowAsync<BoltProtocolException>(() => StubDriver.ReturnOneAsync(driver, Token));

        stub.ConnectionCount.ShouldBe(1);
    }
}
