using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes a graph snapshot in one format.
/// </summary>
public interface IGraphExporter
{
    /// <summary>Gets the format written.</summary>
    ExportFormat Format { get; }

    /// <summary>Writes the snapshot.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="path">The file to write, or for <see cref="ExportFormat.Csv"/> the folder.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>The files written.</returns>
    Task<IReadOnlyList<string>> ExportAsync(GraphSnapshot snapshot, string path, CancellationToken cancellationToken = default);
}
