using GraphBuilder.Bolt.Retry;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace GraphBuilder.Bolt.Tests.Retry;

public sealed class TransactionRetryPipelineTests
{
    [Fact]
    public async Task ExecuteAsync_TransientThenSuccess_RetriesUntilSuccess()
    {
        var pipeline = TransactionRetryPipeline.Create(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), TimeProvider.System, NullLogger.Instance);
        var attempts = 0;

        var result = await RunAsync(pipeline, () =>
        {
            attempts++;
            return attempts < 3 ? throw new BoltServerException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock") : 42;
        });

        result.ShouldBe(42);
        attempts.ShouldBe(3);
    }

    [Fact]
    public async Task ExecuteAsync_NonRetryable_ThrowsAfterOneAttempt()
    {
        var pipeline = TransactionRetryPipeline.Create(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), TimeProvider.System, NullLogger.Instance);
        var attempts = 0;

        var exception = await Should.ThrowAsync<BoltServerException>(() => RunAsync(pipeline, () =>
        {
            attempts++;
            return attempts > 0 ? throw new BoltServerException("Neo.ClientError.Statement.SyntaxError", "bad") : 0;
        }));

        exception.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        attempts.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_BudgetSpent_StopsRetrying()
    {
        var pipeline = TransactionRetryPipeline.Create(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20), TimeProvider.System, NullLogger.Instance);
        var attempts = 0;

        await Should.ThrowAsync<BoltConnectionException>(() => RunAsync(pipeline, () =>
        {
            attempts++;
            return attempts > 0 ? throw new BoltConnectionException("lost") : 0;
        }));

        attempts.ShouldBeGreaterThan(1);
        attempts.ShouldBeLessThan(20);
    }

    private static async Task<int> RunAsync(ResiliencePipeline pipeline, Func<int> work)
    {
        var context = ResilienceContextPool.Shared.Get(TestContext.Current.CancellationToken);
        context.Properties.Set(TransactionRetryPipeline.StartedAt, TimeProvider.System.GetTimestamp());
        try
        {
            return await pipeline.ExecuteAsync(_ => ValueTask.FromResult(work()), context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
