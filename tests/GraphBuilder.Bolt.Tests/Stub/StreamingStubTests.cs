using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class StreamingStubTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_FetchSizeTwo_PullsBatchesWhileHasMore()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("fetch_size_has_more.script"));
        var values = new List<long>();
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession(o => o.FetchSize = 2);

            await session.ExecuteReadAsync(async tx =>
            {
                var result = await tx.RunAsync("UNWIND range(1, 5) AS x RETURN x", cancellationToken: Token);
                await foreach (var record in result.WithCancellation(Token))
                {
                    values.Add(record.Get<long>("x"));
                }

                return result.Summary!.QueryType;
            }, Token);
        }

        values.ShouldBe([1L, 2L, 3L, 4L, 5L]);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task RunAsync_RecordAndParameterLargerThanOneChunk_RoundTrip()
    {
        var large = string.Concat(Enumerable.Repeat("0123456789", 15_000));
        var script = $$"""
            !: BOLT 5.4
            A: HELLO {"{}": "*"}
            A: LOGON {"{}": "*"}
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "RETURN $text AS text" {"text": "{{large}}"} {}
               PULL {"n": 1000}
            S: SUCCESS {"fields": ["text"]}
               RECORD ["{{large}}"]
               SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {}
            ?: GOODBYE
            """;
        await using var stub = BoltStubServer.Start(script);
        string text;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession();

            text = await session.ExecuteWriteAsync(async tx =>
            {
                var result = await tx.RunAsync("RETURN $text AS text", new Dictionary<string, object?> { ["text"] = large }, Token);
                return (await result.SingleAsync(Token)).Get<string>("text");
            }, Token);
        }

        text.Length.ShouldBe(150_000);
        text.ShouldBe(large);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ExecuteQueryAsync_TelemetryEnabled_SendsTelemetryAndReturnsCounters()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("execute_query_telemetry.script"));
        BoltEagerResult result;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            var rows = new[]
            {
                new Dictionary<string, object?> { ["id"] = "a", ["props"] = new Dictionary<string, object?> { ["name"] = "Alice", ["score"] = 1.5 } },
                new Dictionary<string, object?> { ["id"] = "b", ["props"] = new Dictionary<string, object?> { ["name"] = "Bob", ["score"] = 2.0 } },
            };

            result = await driver.ExecuteQueryAsync(
                "UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props",
                new Dictionary<string, object?> { ["rows"] = rows },
                new BoltQueryOptions { Database = "news" },
                Token);
        }

        result.Records.ShouldBeEmpty();
        result.Summary.Counters.NodesCreated.ShouldBe(2);
        result.Summary.Counters.PropertiesSet.ShouldBe(4);
        result.Summary.Counters.ContainsUpdates.ShouldBeTrue();
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task ConsumeAsync_AfterFirstBatch_DiscardsTheRest()
    {
        await using var stub = BoltStubServer.StartFromFile(StubDriver.Script("discard_alternatives.script"));
        BoltRecord? first = null;
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession(o => o.FetchSize = 1);

            await session.ExecuteWriteAsync(async tx =>
            {
                var result = await tx.RunAsync("UNWIND range(1, 100) AS x RETURN x", cancellationToken: Token);
                await foreach (var record in result.WithCancellation(Token))
                {
                    first = record;
                    break;
                }

                return await result.ConsumeAsync(Token);
            }, Token);
        }

        first.ShouldNotBeNull().Get<long>("x").ShouldBe(1);
        await stub.WaitForCompletionAsync();
    }

    [Fact]
    public async Task CommitAsync_EnumerationLeftEarly_DiscardsInsteadOfBuffering()
    {
        var script = """
            !: BOLT 5.4
            A: HELLO {"{}": "*"}
            A: LOGON {"{}": "*"}
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "UNWIND range(1, 100) AS x RETURN x" {} {}
               PULL {"n": 1}
            S: SUCCESS {"fields": ["x"], "qid": 0}
               RECORD [1]
               SUCCESS {"has_more": true}
            C: DISCARD {"n": -1, "qid": 0}
            S: SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {}
            ?: GOODBYE
            """;
        await using var stub = BoltStubServer.Start(script);
        await using (var driver = StubDriver.Create(stub.BoltUri))
        {
            await using var session = driver.AsyncSession(o => o.FetchSize = 1);

            await session.ExecuteWriteAsync(async tx =>
            {
                var result = await tx.RunAsync("UNWIND range(1, 100) AS x RETURN x", cancellationToken: Token);
                await foreach (var record in result.WithCancellation(Token))
                {
                    record.Get<long>("x").ShouldBe(1);
                    break;
                }
            }, Token);
        }

        await stub.WaitForCompletionAsync();
    }
}
