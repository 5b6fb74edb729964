using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Neo4j;

/// <summary>
/// Configures the Neo4j sink. The sink is on when <see cref="Uri"/> is set.
/// </summary>
public sealed class Neo4jSinkOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Neo4j";

    /// <summary>Gets or sets the server's URI: <c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c>, <c>neo4j://</c>, <c>neo4j+s://</c> or <c>neo4j+ssc://</c>.</summary>
    /// <value>The default value is <see langword="null"/>: no Neo4j, the embedded store only.</value>
    public string? Uri { get; set; }

    /// <summary>Gets or sets the user for basic authentication.</summary>
    /// <value>The default value is <c>neo4j</c>.</value>
    public string? User { get; set; } = "neo4j";

    /// <summary>Gets or sets the password. It is read from configuration or the environment and never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the database; the server's home database when not set.</summary>
    public string? Database { get; set; }

    /// <summary>Gets or sets how many rows one <c>UNWIND</c> statement carries.</summary>
    /// <value>The default value is 2000.</value>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2000;

    /// <summary>Gets or sets how long a write keeps being retried on transient errors before it is left pending.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets a value indicating whether a server is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Uri);
}
