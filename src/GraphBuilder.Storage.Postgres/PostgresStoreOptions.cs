using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Configures the PostgreSQL store, shared by any number of workers.
/// </summary>
public sealed class PostgresStoreOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Store";

    /// <summary>Gets or sets the Npgsql connection string (<c>Host=…;Port=…;Username=…;Password=…;Database=…</c>).</summary>
    /// <value>The default value is <see langword="null"/>; start-up fails without one.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets how many times a commit is tried when it meets another worker's (deadlock, lock taken).</summary>
    /// <value>The default value is 30.</value>
    [Range(1, 1000)]
    public int MaxCommitAttempts { get; set; } = 30;
}
