using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Queue.Nats;

/// <summary>
/// Configures the NATS JetStream work queue, in the same section as the provider and URL (<c>GraphBuilder:Queue</c>,
/// bound to <see cref="GraphBuilder.Ingestion.Queue.QueueOptions"/>).
/// </summary>
public sealed class NatsQueueOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Queue";

    /// <summary>Gets or sets the name of the work-queue stream.</summary>
    /// <value>The default value is <c>GRAPHBUILDER_WORK</c>.</value>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]+$")]
    public string Stream { get; set; } = "GRAPHBUILDER_WORK";

    /// <summary>Gets or sets the subject prefix of the work messages (one subject per source below it).</summary>
    /// <value>The default value is <c>graphbuilder.work</c>.</value>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$")]
    public string Subject { get; set; } = "graphbuilder.work";

    /// <summary>Gets or sets the name of the durable consumer every worker shares.</summary>
    /// <value>The default value is <c>graphbuilder-workers</c>.</value>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]+$")]
    public string Consumer { get; set; } = "graphbuilder-workers";

    /// <summary>Gets or sets the key-value bucket of the sources' leases and of the last failure of each message.</summary>
    /// <value>The default value is <c>graphbuilder-leases</c>.</value>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]+$")]
    public string LeaseBucket { get; set; } = "graphbuilder-leases";

    /// <summary>
    /// Gets or sets how long a message taken by a worker waits for its acknowledgement before it is delivered again; a
    /// worker busy on a long article tells the server it is still working every third of this.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AckWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many times a message is delivered: the last delivery records the input as failed with the last
    /// reason instead of trying again, so a poison message never blocks the stream.
    /// </summary>
    /// <value>The default value is 5.</value>
    [Range(2, 100)]
    public int MaxDeliver { get; set; } = 5;

    /// <summary>
    /// Gets or sets how long a source's lease lasts while its holder lists the source and publishes its items; the
    /// holder renews it half-way, and a worker that dies loses it after this.
    /// </summary>
    /// <value>The default value is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:02", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the stream's duplicate window: the same item published again within it is stored once.</summary>
    /// <value>The default value is 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets how long connecting to the server may take at start-up.</summary>
    /// <value>The default value is 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
