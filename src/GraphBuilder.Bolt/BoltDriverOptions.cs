using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Bolt;

/// <summary>
/// Represents the settings of a <see cref="BoltDriver"/>. Bound from the configuration section <see cref="SectionName"/>.
/// </summary>
public sealed class BoltDriverOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Bolt";

    /// <summary>
    /// Gets or sets the server URI: bolt://, bolt+s://, bolt+ssc:// (one server) or neo4j://, neo4j+s://, neo4j+ssc:// (routing).
    /// </summary>
    /// <value>The default value is "bolt://localhost:7687".</value>
    [Required]
    [RegularExpression(
        @"^(bolt|neo4j)(\+s|\+ssc)?://[^/?#\s]+/?(\?.*)?$",
        ErrorMessage = "The URI must be bolt[+s|+ssc]://host[:port] or neo4j[+s|+ssc]://host[:port][?context].")]
    public string Uri { get; set; } = "bolt://localhost:7687";

    /// <summary>Gets or sets the user name for basic authentication; ignored when <see cref="AuthToken"/> is set.</summary>
    /// <value>The default value is <see langword="null"/> (no authentication).</value>
    public string? User { get; set; }

    /// <summary>Gets or sets the password for basic authentication.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Password { get; set; }

    /// <summary>Gets or sets the credentials; when <see langword="null"/>, <see cref="User"/> and <see cref="Password"/> are used.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public BoltAuthToken? AuthToken { get; set; }

    /// <summary>Gets or sets the database used when a session names none; <see langword="null"/> means the user's home database.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Database { get; set; }

    /// <summary>Gets or sets the application's user agent, "Name/Version".</summary>
    /// <value>The default value is "GraphBuilder/1.0".</value>
    [Required]
    public string UserAgent { get; set; } = "GraphBuilder/1.0";

    /// <summary>Gets or sets the most connections per server.</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 10_000)]
    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>Gets or sets how long to wait for a free pooled connection.</summary>
    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the limit for connecting: TCP, TLS, handshake and authentication.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the limit for waiting on one response; when <see langword="null"/> the server's
    /// "connection.recv_timeout_seconds" hint is used, or no limit.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public TimeSpan? ConnectionReadTimeout { get; set; }

    /// <summary>Gets or sets how long a connection is reused before it is replaced.</summary>
    /// <value>The default value is 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how many records one PULL asks for; -1 fetches everything at once.</summary>
    /// <value>The default value is 1000.</value>
    [Range(-1, int.MaxValue)]
    public int FetchSize { get; set; } = 1000;

    /// <summary>Gets or sets the time budget for retrying a managed transaction.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the first retry delay; later delays double, with ±20 % style jitter.</summary>
    /// <value>The default value is 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the minimum notification severity ("WARNING", "INFORMATION" or "OFF"); Bolt 5.2+.</summary>
    /// <value>The default value is <see langword="null"/> (the server default).</value>
    public string? NotificationsMinimumSeverity { get; set; }

    /// <summary>Gets the notification classifications to disable, for example "HINT"; Bolt 5.2+.</summary>
    /// <value>The default value is empty.</value>
    public IList<string> NotificationsDisabledClassifications { get; } = [];
}
