namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Represents what a group's articles name around it: the anchors co-mentioned with it and the sources it appears in,
/// each with its number of articles.
/// </summary>
/// <param name="Neighbours">Each co-mentioned anchor with its number of articles.</param>
/// <param name="Sources">Each source with its number of articles.</param>
public sealed record GroupContext(IReadOnlyDictionary<string, int> Neighbours, IReadOnlyDictionary<string, int> Sources)
{
    /// <summary>Gets an empty context.</summary>
    public static GroupContext Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>());
}
