using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class BoltStubServerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitForCompletionAsync_ClientSendsOtherQuery_ReportsLineExpectedAndActual()
    {
        await using var stub = BoltStubServer.Start("""
            !: BOLT 5.4
            A: HELLO {"{}": "*"}
            A: LOGON {"{}": "*"}
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN 2 AS n" {} {}
            """);
        await using (var driver = StubDriver.Create(stub.BoltUri, configure: o => o.MaxTransactionRetryTime = TimeSpan.Zero))
        {
            await Should.ThrowAsync<BoltConnectionException>(() => driver.ExecuteQueryAsync("RETURN 1 AS n", cancellationToken: Token));
        }

        var exception = await Should.ThrowAsync<StubScriptException>(() => stub.WaitForCompletionAsync());

        exception.Message.ShouldContain("line 6");
        exception.Message.ShouldContain("expected 'C: RUN \"RETURN 2 AS n\" {} {}'");
        exception.Message.ShouldContain("RUN \"RETURN 1 AS n\" {} {}");
    }

    [Fact]
    public async Task WaitForCompletionAsync_ClientNeverConnects_ReportsUnplayedScript()
    {
        await using var stub = BoltStubServer.Start("!: BOLT 5.4\nA: HELLO {\"{}\": \"*\"}");

        var exception = await Should.ThrowAsync<StubScriptException>(() => stub.WaitForCompletionAsync(TimeSpan.FromMilliseconds(100)));

        exception.Message.ShouldContain("Only 0 of 1");
    }

    [Fact]
    public async Task Start_ExtraConnection_IsReportedAsError()
    {
        await using var stub = BoltStubServer.Start("!: BOLT 5.4\nA: HELLO {\"{}\": \"*\"}\nA: LOGON {\"{}\": \"*\"}\n?: GOODBYE");
        await using (var first = StubDriver.Create(stub.BoltUri))
        {
            await first.VerifyConnectivityAsync(Token);
        }

        await using (var second = StubDriver.Create(stub.BoltUri))
        {
            await Should.ThrowAsync<BoltConnectionException>(() => second.VerifyConnectivityAsync(Token));
        }

        stub.Errors.ShouldHaveSingleItem().ShouldContain("Unexpected connection #2");
    }
}
