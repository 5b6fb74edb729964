namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Describes a moment in a scheduled source's loop: its next run was scheduled, or a run finished.
/// </summary>
public sealed class SourceScheduleEventArgs : EventArgs
{
    /// <summary>Initializes a new instance of the <see cref="SourceScheduleEventArgs"/> class.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="at">The due time of the next run, or the time the run finished.</param>
    public SourceScheduleEventArgs(string source, DateTimeOffset at)
    {
        Source = source;
        At = at;
    }

    /// <summary>Gets the source's name.</summary>
    public string Source { get; }

    /// <summary>Gets the due time of the next run, or the time the run finished.</summary>
    public DateTimeOffset At { get; }
}
