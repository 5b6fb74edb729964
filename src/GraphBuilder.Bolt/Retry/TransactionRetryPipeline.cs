using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace GraphBuilder.Bolt.Retry;

/// <summary>
/// Builds the Polly pipeline that reruns managed transactions: retryable errors only (see
/// <see cref="ErrorClassification"/>), exponential back-off with jitter, until the time budget is spent.
/// </summary>
internal static class TransactionRetryPipeline
{
    /// <summary>The context property holding the <see cref="TimeProvider"/> timestamp of the first attempt.</summary>
    public static readonly ResiliencePropertyKey<long> StartedAt = new("GraphBuilder.Bolt.StartedAt");

    /// <summary>Creates the pipeline.</summary>
    /// <param name="maxRetryTime">The time budget measured from the first attempt; zero disables retries.</param>
    /// <param name="initialDelay">The first delay; later delays double.</param>
    /// <param name="timeProvider">The time provider, for delays and the budget.</param>
    /// <param name="logger">The logger.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline Create(TimeSpan maxRetryTime, TimeSpan initialDelay, TimeProvider timeProvider, ILogger logger)
    {
        var retry = new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is { } exception
                && ErrorClassification.IsRetryable(exception)
                && WithinBudget(args.Context, maxRetryTime, timeProvider)),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = initialDelay,
            MaxDelay = maxRetryTime > TimeSpan.Zero ? maxRetryTime : null,
            MaxRetryAttempts = int.MaxValue,
            OnRetry = args =>
            {
                Log.RetryingTransaction(logger, args.RetryDelay, args.AttemptNumber + 1, args.Outcome.Exception);
                return default;
            },
        };

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }

    private static bool WithinBudget(ResilienceContext context, TimeSpan maxRetryTime, TimeProvider timeProvider) =>
        context.Properties.TryGetValue(StartedAt, out var started) && timeProvider.GetElapsedTime(started) < maxRetryTime;
}
