namespace GraphBuilder.Testing.Bolt;

/// <summary>Ends a script run early on purpose: S: &lt;EXIT&gt; or a GOODBYE answered automatically.</summary>
internal sealed class StubExitException : Exception
{
    public StubExitException()
        : base("The script closed the connection.")
    {
    }

    public StubExitException(string message)
        : base(message)
    {
    }

    public StubExitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
