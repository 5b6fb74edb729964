namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a violation of the Bolt protocol: no agreed version, a reply that is not Bolt, or malformed PackStream.
/// </summary>
public class BoltProtocolException : BoltException
{
    /// <summary>Initializes a new instance of the <see cref="BoltProtocolException"/> class.</summary>
    public BoltProtocolException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltProtocolException"/> class with a message.</summary>
    /// <param name="message">The error message.</param>
    public BoltProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltProtocolException"/> class with a message and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The underlying error.</param>
    public BoltProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
