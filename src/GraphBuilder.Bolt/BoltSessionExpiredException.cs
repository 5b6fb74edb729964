namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a server that can no longer serve the session's access mode, for example a writer that lost its
/// leadership. Managed transactions retry it after the routing table is refreshed.
/// </summary>
public class BoltSessionExpiredException : BoltConnectionException
{
    /// <summary>Initializes a new instance of the <see cref="BoltSessionExpiredException"/> class.</summary>
    public BoltSessionExpiredException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltSessionExpiredException"/> class with a message.</summary>
    /// <param name="message">The error message.</param>
    public BoltSessionExpiredException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltSessionExpiredException"/> class with a message and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The underlying error.</param>
    public BoltSessionExpiredException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
