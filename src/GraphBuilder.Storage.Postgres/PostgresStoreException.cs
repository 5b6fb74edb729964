using System.Data.Common;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Represents a PostgreSQL store that cannot be used: the server is unreachable, refuses the credentials, or the
/// database is missing. The message names the server as host:port and the database, never the password.
/// </summary>
public sealed class PostgresStoreException : DbException
{
    /// <summary>Initializes a new instance of the <see cref="PostgresStoreException"/> class.</summary>
    public PostgresStoreException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PostgresStoreException"/> class.</summary>
    /// <param name="message">The message.</param>
    public PostgresStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PostgresStoreException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The server's or the driver's exception.</param>
    public PostgresStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
