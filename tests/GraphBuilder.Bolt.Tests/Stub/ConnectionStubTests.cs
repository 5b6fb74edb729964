using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class ConnectionStubTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteWriteAsync_BoltSscOverTls_AcceptsSelfSignedCertificate()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("v5x4_return_1.script"), tls: true);
        long value;
        await using (var driver = StubDriver.Create(stub.UriFor("bolt+ssc")))
        {
            driver.Encrypted.ShouldBeTrue();
            await using var session = driver.AsyncSession();

            value = await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: Token)).SingleAsync(Token)).Get<long>("n"), Token);
        }

        value.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task VerifyConnectivityAsync_BoltSWithSelfSignedCertificate_FailsWithoutRetry()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("v5x4_return_1.script"), tls: true);
        await using var driver = StubDriver.Create(stub.UriFor("bolt+s"));

        var exception = await Should.ThrowAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));

        exception.Message.ShouldContain("TLS");
        exception.IsRetryable.ShouldBeFalse();
    }

    [Fact]
    public async Task VerifyConnectivityAsync_PlainBoltAgainstTlsServer_SaysItMayExpectTls()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("v5x4_return_1.script"), tls: true);
        await using var driver = StubDriver.Create(stub.UriFor("bolt"));

        var exception = await Should.ThrowAsync<BoltConnectionException>(() => driver.VerifyConnectivityAsync(Token));

        exception.Message.ShouldContain("if it expects TLS, use a bolt+s:// URI");
    }

    [Fact]
    public async Task VerifyConnectivityAsync_TlsAgainstPlainServer_SaysTheServerDoesNotUseTls()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("v5x4_return_1.script"));
        await using var driver = StubDriver.Create(stub.UriFor("bolt+ssc"));

        var exception = await Should.ThrowAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));

        exception.Message.ShouldContain("if the server does not use TLS");
        exception.IsRetryable.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_ServerSilentPastReadTimeout_ThrowsConnectionException()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("slow_server.script"));
        await using var driver = StubDriver.Create(stub.BoltUri, configure: o =>
        {
            o.ConnectionReadTimeout = TimeSpan.FromMilliseconds(300);
            o.MaxTransactionRetryTime = TimeSpan.Zero;
        });

        var exception = await Should.ThrowAsync<BoltConnectionException>(() => StubDriver.ReturnOneAsync(driver, Token));

        exception.Message.ShouldContain("No response");
    }

    [Fact]
    public async Task RunAsync_Cancelled_ThrowsOperationCanceledAndDiscardsConnection()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("slow_server.script"));
        await using var driver = StubDriver.Create(stub.BoltUri);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));

        var exception = await Record.ExceptionAsync(() => StubDriver.ReturnOneAsync(driver, cancellation.Token));

        exception.ShouldBeAssignableTo<OperationCanceledException>();
        await Should.ThrowAsync<BoltConnectionException>(() => driver.VerifyConnectivityAsync(Token));
    }

    [Fact]
    public async Task BeginTransactionAsync_PoolExhausted_TimesOutAcquiring()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("begin_rollback.script"));
        await using (var driver = StubDriver.Create(stub.BoltUri, configure: o =>
        {
            o.MaxConnectionPoolSize = 1;
            o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(200);
        }))
        {
            await using var first = driver.AsyncSession();
            await using var second = driver.AsyncSession();
            var transaction = await first.BeginTransactionAsync(cancellationToken: Token);

            var exception = await Should.ThrowAsync<BoltConnectionException>(() => second.BeginTransactionAsync(cancellationToken: Token));

            exception.Message.ShouldContain("became free");
            await transaction.RollbackAsync(Token);
        }

        stub.ConnectionCount.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task RunAsync_IdleConnectionClosedByServer_OpensNewConnection()
    {
        await using var stub = BoltStubServer.StartFromFiles(
            [StubDriver.Script("closed_while_idle_first.script"), StubDriver.Script("closed_while_idle_second.script")]);
        long second;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();
            var first = await (await session.RunAsync("RETURN 1 AS n", cancellationToken: Token)).SingleAsync(Token);
            first.Get<long>("n").ShouldBe(1);
            await Task.Delay(200, Token);

            second = (await (await session.RunAsync("RETURN 2 AS n", cancellationToken: Token)).SingleAsync(Token)).Get<long>("n");
        }

        second.ShouldBe(2);
        stub.ConnectionCount.ShouldBe(2);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteWriteAsync_ManyConcurrentSessions_ShareBoundedPool()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("concurrent_writes.script"));
        long created;
        await using (var driver = StubDriver.Create(stub.BoltUri, configure: o => o.MaxConnectionPoolSize = 3))
        {
            var writes = Enumerable.Range(0, 24).Select(async i =>
            {
                await using var session = driver.AsyncSession();
                return await session.ExecuteWriteAsync(async tx =>
                {
                    var result = await tx.RunAsync("MERGE (e:Entity {id: $id})", new Dictionary<string, object?> { ["id"] = i }, Token);
                    return (await result.ConsumeAsync(Token)).Counters.NodesCreated;
                }, Token);
            });

            created = (await Task.WhenAll(writes)).Sum();
        }

        created.ShouldBe(24);
        stub.ConnectionCount.ShouldBeInRange(1, 3);
        await stub.WaitForCompletionAsync();
    }
}
