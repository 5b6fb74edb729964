using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Configures the embedded store.
/// </summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Store";

    /// <summary>Gets or sets the database file.</summary>
    /// <value>The default value is <c>graphbuilder.db</c> in the working folder.</value>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "graphbuilder.db";

    /// <summary>Gets or sets how long a write waits for another process's write to finish.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
