namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// The limits of a connection pool.
/// </summary>
/// <param name="MaxSize">The most connections per server.</param>
/// <param name="AcquisitionTimeout">How long to wait for a free connection.</param>
/// <param name="MaxConnectionLifetime">How long a connection is reused before it is replaced.</param>
internal sealed record PoolSettings(int MaxSize, TimeSpan AcquisitionTimeout, TimeSpan MaxConnectionLifetime);
