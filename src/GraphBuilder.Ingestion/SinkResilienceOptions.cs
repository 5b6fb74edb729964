using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Configures the circuit breaker around writes to the external sinks (Neo4j): after repeated failures the breaker
/// opens and no write is attempted for <see cref="BreakDuration"/>; articles stay pending meanwhile, then one probe
/// decides whether the sink is back.
/// </summary>
public sealed class SinkResilienceOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Sink";

    /// <summary>Gets or sets the share of failed sink writes, within <see cref="SamplingDuration"/>, that opens the breaker.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets the fewest sink writes within <see cref="SamplingDuration"/> before the breaker may open.</summary>
    /// <value>The default value is 3.</value>
    [Range(2, 10_000)]
    public int MinimumThroughput { get; set; } = 3;

    /// <summary>Gets or sets the window over which failures are counted.</summary>
    /// <value>The default value is 2 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00.5", "1.00:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how long the breaker stays open before a probe write is let through.</summary>
    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00.5", "1.00:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);
}
