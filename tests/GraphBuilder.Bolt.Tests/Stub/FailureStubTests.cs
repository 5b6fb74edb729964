using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class FailureStubTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteWriteAsync_WrongPassword_ThrowsAuthenticationExceptionWithoutRetry()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("wrong_password.script"));
        var attempts = 0;
        await using (var driver = StubDriver.Create(stub.BoltUri, password: "wrong"))
        {
            await using var session = driver.AsyncSession();

            var exception = await Should.ThrowAsync<BoltAuthenticationException>(() => session.ExecuteWriteAsync(_ =>
            {
                attempts++;
                return Task.FromResult(0);
            }, Token));

            exception.Code.ShouldBe("Neo.ClientError.Security.Unauthorized");
            exception.IsRetryable.ShouldBeFalse();
        }

        attempts.ShouldBe(0);
        stub.ConnectionCount.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteWriteAsync_SyntaxError_ResetsAfterIgnoredAndSurfacesAtOnce()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("failure_ignored_reset.script"));
        var attempts = 0;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            var exception = await Should.ThrowAsync<BoltServerException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await tx.RunAsync("RETURN 1 AS", cancellationToken: Token);
            }, Token));

            exception.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
            exception.Message.ShouldBe("Invalid input: expected an identifier");
            exception.Classification.ShouldBe("ClientError");
        }

        attempts.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteWriteAsync_TransientFailureOnCommit_RetriesAndSucceeds()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("transient_then_success.script"));
        var attempts = 0;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            var counters = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var result = await tx.RunAsync("MERGE (e:Entity {id: $id})", new Dictionary<string, object?> { ["id"] = "e1" }, Token);
                return (await result.ConsumeAsync(Token)).Counters;
            }, Token);

            counters.NodesCreated.ShouldBe(1);
            session.LastBookmarks.ShouldBe(["bm:2"]);
        }

        attempts.ShouldBe(2);
        stub.ConnectionCount.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteWriteAsync_TransientTerminated_IsReclassifiedAndNotRetried()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("terminated_not_retried.script"));
        var attempts = 0;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            var exception = await Should.ThrowAsync<BoltServerException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await tx.RunAsync("MERGE (e:Entity {id: $id})", new Dictionary<string, object?> { ["id"] = "e1" }, Token);
            }, Token));

            exception.Code.ShouldBe("Neo.ClientError.Transaction.Terminated");
        }

        attempts.ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteReadAsync_ConnectionDroppedMidTransaction_RetriesOnNewConnection()
    {
        await using var stub = BoltStubServer.StartFromFiles(
            [StubDriver.Script("dropped_mid_transaction.script"), StubDriver.Script("return_1_any_auth.script")]);
        var attempts = 0;
        long value;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            value = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var result = await tx.RunAsync("RETURN 1 AS n", cancellationToken: Token);
                return (await result.SingleAsync(Token)).Get<long>("n");
            }, Token);
        }

        value.ShouldBe(1);
        attempts.ShouldBe(2);
        stub.ConnectionCount.ShouldBe(2);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteWriteAsync_RetryBudgetZero_SurfacesConnectionError()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("dropped_mid_transaction.script"));
        await using var driver = StubDriver.Create(stub.BoltUri, configure: o => o.MaxTransactionRetryTime = TimeSpan.Zero);

        var exception = await Should.ThrowAsync<BoltConnectionException>(() => StubDriver.ReturnOneAsync(driver, Token));

        exception.IsRetryable.ShouldBeTrue();
        stub.ConnectionCount.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteWriteAsync_WorkSwallowsTransientFailure_StillRetries()
    {
        var script = """
            !: BOLT 5.4
            A: HELLO {"{}": "*"}
            A: LOGON {"{}": "*"}
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "MERGE (e:Entity {id: $id})" {"id": "e1"} {}
               PULL {"n": 1000}
            S: FAILURE {"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}
               IGNORED
            C: RESET
            S: SUCCESS {}
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "MERGE (e:Entity {id: $id})" {"id": "e1"} {}
               PULL {"n": 1000}
            S: SUCCESS {"fields": []}
               SUCCESS {"type": "w"}
            C: COMMIT
            S: SUCCESS {}
            ?: GOODBYE
            """;
        await using var stub = BoltStubServer.Start(script);
        var attempts = 0;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                try
                {
                    await (await tx.RunAsync("MERGE (e:Entity {id: $id})", new Dictionary<string, object?> { ["id"] = "e1" }, Token)).ConsumeAsync(Token);
                }
                catch (BoltServerException)
                {
                    // Swallowed on purpose: the commit must still report the transient failure.
                }
            }, Token);
        }

        attempts.ShouldBe(2);
        await stub.WaitForCompletionAsync();
    }
}
