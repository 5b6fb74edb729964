namespace GraphBuilder.Bolt;

/// <summary>
/// Represents the settings of one <see cref="BoltSession"/>.
/// </summary>
public sealed class BoltSessionOptions
{
    /// <summary>Gets or sets the database; <see langword="null"/> uses the driver's <see cref="BoltDriverOptions.Database"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Database { get; set; }

    /// <summary>Gets or sets the bookmarks the session's first transaction waits for (causal consistency).</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> Bookmarks { get; set; } = [];

    /// <summary>Gets or sets the fetch size; <see langword="null"/> uses <see cref="BoltDriverOptions.FetchSize"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? FetchSize { get; set; }

    /// <summary>Gets or sets the server-side transaction timeout; <see langword="null"/> uses the server default.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public TimeSpan? TransactionTimeout { get; set; }

    /// <summary>Gets or sets metadata attached to every transaction, shown in the server's query log.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IReadOnlyDictionary<string, object?>? TransactionMetadata { get; set; }
}
