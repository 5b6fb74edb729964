namespace GraphBuilder.Ingestion.Web;

/// <summary>
/// The outcome of one fetch: the decoded text, or the reason it could not be had.
/// </summary>
/// <param name="Text">The text, when the fetch succeeded.</param>
/// <param name="Error">The one-line reason, when it failed.</param>
internal sealed record WebFetchResult(string? Text, string? Error)
{
    /// <summary>Creates a failed result.</summary>
    /// <param name="error">The reason.</param>
    /// <returns>The result.</returns>
    public static WebFetchResult Failed(string error) => new(null, error);
}
