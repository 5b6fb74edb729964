using GraphBuilder.Bolt.Retry;

namespace GraphBuilder.Bolt;

/// <summary>
/// Represents an error raised by the Bolt client. The base of every exception the client throws on purpose.
/// </summary>
public class BoltException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="BoltException"/> class.</summary>
    public BoltException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltException"/> class with a message.</summary>
    /// <param name="message">The error message.</param>
    public BoltException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltException"/> class with a message and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The underlying error.</param>
    public BoltException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Gets a value indicating whether a managed transaction that failed with this error is retried.
    /// </summary>
    public bool IsRetryable => ErrorClassification.IsRetryable(this);
}
