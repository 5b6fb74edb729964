namespace GraphBuilder.Bolt.Protocol;

/// <summary>
/// The per-transaction metadata of BEGIN (and of an auto-commit RUN).
/// </summary>
/// <param name="Database">The database, or <see langword="null"/> for the user's home database.</param>
/// <param name="AccessMode">Read or write.</param>
/// <param name="Bookmarks">The bookmarks to wait for.</param>
/// <param name="Timeout">The transaction timeout, or <see langword="null"/> for the server default.</param>
/// <param name="Metadata">The transaction metadata shown in the server's query log.</param>
internal sealed record TransactionSettings(
    string? Database,
    BoltAccessMode AccessMode,
    IReadOnlyList<string> Bookmarks,
    TimeSpan? Timeout = null,
    IReadOnlyDictionary<string, object?>? Metadata = null);
