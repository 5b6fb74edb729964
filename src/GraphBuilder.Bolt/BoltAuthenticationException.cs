namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a rejected authentication (Neo.ClientError.Security.*). It is never retried.
/// </summary>
public class BoltAuthenticationException : BoltServerException
{
    /// <summary>Initializes a new instance of the <see cref="BoltAuthenticationException"/> class.</summary>
    public BoltAuthenticationException()
        : base("Neo.ClientError.Security.Unauthorized", "The client is unauthorized.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltAuthenticationException"/> class with a message.</summary>
    /// <param name="message">The error message.</param>
    public BoltAuthenticationException(string message)
        : base("Neo.ClientError.Security.Unauthorized", message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltAuthenticationException"/> class with a message and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The underlying error.</param>
    public BoltAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltAuthenticationException"/> class with the server's code.</summary>
    /// <param name="code">The Neo4j status code.</param>
    /// <param name="message">The server's message.</param>
    public BoltAuthenticationException(string code, string message)
        : base(code, message)
    {
    }
}
