namespace GraphBuilder.Bolt;

/// <summary>
/// Represents the settings of one <see cref="BoltDriver.ExecuteQueryAsync"/> call.
/// </summary>
public sealed record BoltQueryOptions
{
    /// <summary>Gets the database; <see langword="null"/> uses the driver's <see cref="BoltDriverOptions.Database"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Database { get; init; }

    /// <summary>Gets whether the query writes (routed to a writer) or only reads.</summary>
    /// <value>The default value is <see cref="BoltAccessMode.Write"/>.</value>
    public BoltAccessMode AccessMode { get; init; } = BoltAccessMode.Write;
}
