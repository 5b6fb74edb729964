namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Records the outcome of each scheduled source's latest run, for <c>graphbuilder status</c>.
/// </summary>
public interface ISourceRunLog
{
    /// <summary>Records the outcome of a source's run, replacing its previous one.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the record is durable.</returns>
    Task RecordSourceRunAsync(SourceRun run, CancellationToken cancellationToken = default);

    /// <summary>Reads the latest run of every source that has run.</summary>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The runs, by source name.</returns>
    Task<IReadOnlyList<SourceRun>> ReadSourceRunsAsync(CancellationToken cancellationToken = default);
}
