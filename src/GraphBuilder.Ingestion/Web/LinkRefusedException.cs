namespace GraphBuilder.Ingestion.Web;

/// <summary>
/// Thrown by the connection guard when the address a host name resolves to at connection time is not allowed.
/// </summary>
internal sealed class LinkRefusedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="LinkRefusedException"/> class.</summary>
    public LinkRefusedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LinkRefusedException"/> class.</summary>
    /// <param name="message">The reason, naming the rule.</param>
    public LinkRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LinkRefusedException"/> class.</summary>
    /// <param name="message">The reason, naming the rule.</param>
    /// <param name="innerException">The cause.</param>
    public LinkRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
