namespace GraphBuilder.Ingestion.Queue;

/// <summary>
/// The exception thrown when the configured work queue cannot be reached or set up. Its message names the server's URL
/// without credentials; it is an <see cref="IOException"/>, so the command line reports it in one line.
/// </summary>
public sealed class WorkQueueUnavailableException : IOException
{
    /// <summary>Initializes a new instance of the <see cref="WorkQueueUnavailableException"/> class.</summary>
    public WorkQueueUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WorkQueueUnavailableException"/> class.</summary>
    /// <param name="message">The one-line message.</param>
    public WorkQueueUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WorkQueueUnavailableException"/> class.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The client's exception.</param>
    public WorkQueueUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
