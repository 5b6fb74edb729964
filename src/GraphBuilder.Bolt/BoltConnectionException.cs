namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a failure to reach a server or a connection lost while in use (the drivers' "service unavailable").
/// Managed transactions retry it.
/// </summary>
public class BoltConnectionException : BoltException
{
    /// <summary>Initializes a new instance of the <see cref="BoltConnectionException"/> class.</summary>
    public BoltConnectionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltConnectionException"/> class with a message.</summary>
    /// <param name="message">The error message.</param>
    public BoltConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltConnectionException"/> class with a message and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The underlying error.</param>
    public BoltConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
