namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Maps file extensions to input formats.
/// </summary>
public static class InputFormats
{
    /// <summary>Gets the extensions ingestion reads, with their leading dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".pdf", ".xml", ".rss", ".atom"];

    /// <summary>Finds the format of a file by its extension.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="format">The format, when the extension is known.</param>
    /// <returns><see langword="true"/> when the extension is one ingestion reads.</returns>
    public static bool TryGet(string path, out InputFormat format)
    {
        format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" => InputFormat.Text,
            ".md" or ".markdown" => InputFormat.Markdown,
            ".html" or ".htm" => InputFormat.Html,
            ".json" => InputFormat.Json,
            ".jsonl" => InputFormat.JsonLines,
            ".pdf" => InputFormat.Pdf,
            ".xml" or ".rss" or ".atom" => InputFormat.Feed,
            _ => (InputFormat)(-1),
        };
        return format >= 0;
    }
}
