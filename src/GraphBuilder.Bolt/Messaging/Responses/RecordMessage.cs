namespace GraphBuilder.Bolt.Messaging.Responses;

/// <summary>
/// RECORD (0x71): one row of values.
/// </summary>
/// <param name="Values">The field values, in the order of the RUN SUCCESS "fields".</param>
internal sealed record RecordMessage(IReadOnlyList<object?> Values) : IResponseMessage
{
    /// <inheritdoc/>
    public bool IsSummary => false;
}
