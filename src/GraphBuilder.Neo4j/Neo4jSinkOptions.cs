using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Neo4j;

/// <summary>
/// Configures the Neo4j sink. Its section, <c>GraphBuilder:Neo4j</c>, also holds the Bolt driver's settings
/// (<c>Uri</c>, <c>User</c>, <c>Password</c>, <c>Database</c>, <c>MaxTransactionRetryTime</c> and the others of
/// <see cref="Bolt.BoltDriverOptions"/>): the sink is on when <c>Uri</c> is set.
/// </summary>
public sealed class Neo4jSinkOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Neo4j";

    /// <summary>Gets or sets how many rows one <c>UNWIND</c> statement carries.</summary>
    /// <value>The default value is 2000.</value>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2000;
}
