namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a fully read result of <see cref="BoltDriver.ExecuteQueryAsync"/>.
/// </summary>
/// <param name="Records">The records.</param>
/// <param name="Keys">The column names.</param>
/// <param name="Summary">The summary with the update counters.</param>
public sealed record BoltEagerResult(IReadOnlyList<BoltRecord> Records, IReadOnlyList<string> Keys, BoltResultSummary Summary);
