namespace GraphBuilder.Neo4j;

/// <summary>
/// Represents a write Neo4j refused, with the server's status code (for example
/// <c>Neo.ClientError.Security.Unauthorized</c>) at the start of its message, so that logs and commands show it.
/// </summary>
public sealed class Neo4jWriteException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="Neo4jWriteException"/> class.</summary>
    public Neo4jWriteException()
        : this("Neo4j refused the write.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Neo4jWriteException"/> class.</summary>
    /// <param name="message">The message.</param>
    public Neo4jWriteException(string message)
        : base(message)
    {
        Code = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="Neo4jWriteException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The client's exception.</param>
    public Neo4jWriteException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="Neo4jWriteException"/> class.</summary>
    /// <param name="code">The server's status code.</param>
    /// <param name="message">The server's message.</param>
    /// <param name="innerException">The client's exception.</param>
    public Neo4jWriteException(string code, string message, Exception? innerException)
        : base($"{code}: {message}", innerException)
    {
        Code = code;
    }

    /// <summary>Gets the server's status code, or an empty string when the server gave none.</summary>
    public string Code { get; }
}
