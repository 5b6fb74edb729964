namespace GraphBuilder.Bolt.Protocol;

/// <summary>
/// What the client says about itself when it opens a connection.
/// </summary>
/// <param name="UserAgent">The application's "Name/Version".</param>
/// <param name="AuthToken">The credentials.</param>
/// <param name="RoutingContext">The routing context for neo4j:// connections, or <see langword="null"/> for bolt://.</param>
/// <param name="MinimumNotificationSeverity">The minimum notification severity, or <see langword="null"/> for the server default.</param>
/// <param name="DisabledNotificationClassifications">The notification classifications to disable.</param>
internal sealed record HelloSettings(
    string UserAgent,
    BoltAuthToken AuthToken,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    string? MinimumNotificationSeverity,
    IReadOnlyList<string> DisabledNotificationClassifications);
