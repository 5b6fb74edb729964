namespace GraphBuilder.Testing.Bolt;

/// <summary>Thrown when the client did not follow the stub script; the message says where and why.</summary>
public sealed class StubScriptException : Exception
{
    public StubScriptException()
    {
    }

    public StubScriptException(string message)
        : base(message)
    {
    }

    public StubScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
