using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Configures how writes to the external sinks are guarded: Polly's circuit breaker, bound from
/// <c>GraphBuilder:Sink:CircuitBreaker</c> and validated with Polly's own ranges.
/// </summary>
public sealed class SinkResilienceOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Sink";

    /// <summary>
    /// Gets or sets the circuit breaker around the sink writes: once <c>FailureRatio</c> of at least
    /// <c>MinimumThroughput</c> writes within <c>SamplingDuration</c> have failed, writes stop for <c>BreakDuration</c>,
    /// then one probe write decides whether they resume.
    /// </summary>
    /// <value>The default value breaks at half of 3 or more writes failing within 2 minutes, for 1 minute.</value>
    [ValidateObjectMembers]
    public CircuitBreakerStrategyOptions CircuitBreaker { get; set; } = new()
    {
        FailureRatio = 0.5,
        MinimumThroughput = 3,
        SamplingDuration = TimeSpan.FromMinutes(2),
        BreakDuration = TimeSpan.FromMinutes(1),
    };
}
