namespace GraphBuilder.Bolt.Messaging.Responses;

/// <summary>
/// SUCCESS (0x70) metadata.
/// </summary>
/// <param name="Metadata">The metadata dictionary.</param>
internal sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage
{
    /// <inheritdoc/>
    public bool IsSummary => true;

    /// <summary>Gets a value indicating whether more records remain after a PULL or DISCARD ("has_more").</summary>
    public bool HasMore => Metadata.TryGetValue("has_more", out var value) && value is true;

    /// <summary>Gets a metadata entry as a string.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The string, or <see langword="null"/>.</returns>
    public string? GetString(string key) => Metadata.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>Gets a metadata entry as an integer.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The integer, or <see langword="null"/>.</returns>
    public long? GetInteger(string key) => Metadata.TryGetValue(key, out var value) && value is long l ? l : null;
}
