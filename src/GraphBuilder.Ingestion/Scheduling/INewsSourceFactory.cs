using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Creates sources of one type from their configuration. A new source type is one source class and one factory
/// registered with <c>services.AddSingleton&lt;INewsSourceFactory, MyFactory&gt;()</c>.
/// </summary>
public interface INewsSourceFactory
{
    /// <summary>Gets the type name configured in <see cref="SourceOptions.Type"/>, such as <c>Folder</c>.</summary>
    string Type { get; }

    /// <summary>Checks a source's settings.</summary>
    /// <param name="options">The source's configuration.</param>
    /// <returns>What is wrong, or nothing.</returns>
    IEnumerable<string> Validate(SourceOptions options);

    /// <summary>Creates the source.</summary>
    /// <param name="options">The source's configuration.</param>
    /// <returns>The source.</returns>
    INewsSource Create(SourceOptions options);
}
