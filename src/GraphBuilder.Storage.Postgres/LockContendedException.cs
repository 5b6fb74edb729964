namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Represents a lock the block reached after its first set that another worker's transaction holds: the attempt ends
/// and the commit starts again, waiting for every lock it now knows of first.
/// </summary>
internal sealed class LockContendedException : Exception
{
    public LockContendedException()
        : base("Another worker holds a lock this commit's block reached.")
    {
    }

    public LockContendedException(string message)
        : base(message)
    {
    }

    public LockContendedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
