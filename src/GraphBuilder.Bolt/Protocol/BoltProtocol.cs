using System.Runtime.InteropServices;
using GraphBuilder.Bolt.Messaging;
using GraphBuilder.Bolt.Messaging.Requests;
using GraphBuilder.Bolt.Messaging.Responses;
using GraphBuilder.Bolt.Retry;

namespace GraphBuilder.Bolt.Protocol;

/// <summary>
/// The behaviour of one negotiated Bolt version. This is the only place that compares versions
/// (house style: version differences live in Protocol/, not in the messages).
/// </summary>
internal sealed class BoltProtocol
{
    private static readonly BoltVersion Logon = new(5, 1);
    private static readonly BoltVersion NotificationConfig = new(5, 2);
    private static readonly BoltVersion BoltAgent = new(5, 3);
    private static readonly BoltVersion Telemetry = new(5, 4);
    private static readonly BoltVersion Classifications = new(5, 6);
    private static readonly string Product = "GraphBuilder.Bolt/" + (typeof(BoltProtocol).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");

    private BoltProtocol(BoltVersion version) => Version = version;

    /// <summary>Gets the negotiated version.</summary>
    public BoltVersion Version { get; }

    /// <summary>Gets a value indicating whether authentication is a separate LOGON message (5.1+) rather than part of HELLO.</summary>
    public bool UsesLogon => Version >= Logon;

    /// <summary>Gets a value indicating whether the connection speaks the UTC DateTime structures without negotiation (5.0+).</summary>
    public bool UtcDateTimeByDefault => Version.Major >= 5;

    /// <summary>Creates the behaviour for a version.</summary>
    /// <param name="version">The negotiated version.</param>
    /// <returns>The behaviour.</returns>
    public static BoltProtocol For(BoltVersion version) => new(version);

    /// <summary>Creates HELLO (with the auth token before 5.1) and, from 5.1, LOGON; the two are pipelined.</summary>
    /// <param name="settings">What the client says about itself.</param>
    /// <returns>The messages to send, in order.</returns>
    public IReadOnlyList<IRequestMessage> CreateAuthentication(HelloSettings settings)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = settings.UserAgent };
        if (Version >= BoltAgent)
        {
            extra["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = Product,
                ["platform"] = RuntimeInformation.OSDescription,
                ["language"] = "C#/" + Environment.Version,
                ["language_details"] = RuntimeInformation.FrameworkDescription,
            };
        }

        if (settings.RoutingContext is not null)
        {
            extra["routing"] = settings.RoutingContext;
        }

        if (!UtcDateTimeByDefault)
        {
            // 4.3/4.4: ask for the UTC DateTime structures; the server echoes "utc" when it agrees.
            extra["patch_bolt"] = new[] { "utc" };
        }

        if (Version >= NotificationConfig)
        {
            AddNotificationConfig(extra, settings.MinimumNotificationSeverity, settings.DisabledNotificationClassifications);
        }

        if (!UsesLogon)
        {
            foreach (var entry in settings.AuthToken.ToMap())
            {
                extra[entry.Key] = entry.Value;
            }

            return [new HelloMessage(extra)];
        }

        return [new HelloMessage(extra), new LogonMessage(settings.AuthToken.ToMap())];
    }

    /// <summary>Decides whether the connection uses the UTC DateTime structures after HELLO.</summary>
    /// <param name="helloSuccess">The HELLO SUCCESS metadata.</param>
    /// <returns><see langword="true"/> for 5.x, or 4.4 when the server echoed patch_bolt "utc".</returns>
    public bool UsesUtcDateTime(SuccessMessage helloSuccess) =>
        UtcDateTimeByDefault
        || (helloSuccess.Metadata.TryGetValue("patch_bolt", out var patches)
            && patches is IEnumerable<object?> list
            && list.Contains("utc"));

    /// <summary>Creates TELEMETRY when the version (5.4+) and the server's "telemetry.enabled" hint allow it.</summary>
    /// <param name="api">The API code.</param>
    /// <param name="serverEnabled">The server's hint.</param>
    /// <returns>The message, or <see langword="null"/> when telemetry is not sent.</returns>
    public TelemetryMessage? CreateTelemetry(long api, bool serverEnabled) =>
        Version >= Telemetry && serverEnabled ? new TelemetryMessage(api) : null;

    /// <summary>Creates the extra dictionary of BEGIN or of an auto-commit RUN. Drivers omit keys they do not need.</summary>
    /// <param name="settings">The transaction settings.</param>
    /// <returns>The dictionary.</returns>
    public static Dictionary<string, object?> CreateTransactionExtra(TransactionSettings settings)
    {
        var extra = new Dictionary<string, object?>();
        if (settings.Bookmarks.Count > 0)
        {
            extra["bookmarks"] = settings.Bookmarks;
        }

        if (settings.Timeout is { } timeout)
        {
            extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        }

        if (settings.Metadata is { Count: > 0 } metadata)
        {
            extra["tx_metadata"] = metadata;
        }

        if (settings.AccessMode == BoltAccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (!string.IsNullOrEmpty(settings.Database))
        {
            extra["db"] = settings.Database;
        }

        return extra;
    }

    /// <summary>Creates ROUTE in its 4.4+ form (database in the extra dictionary).</summary>
    /// <param name="routingContext">The routing context.</param>
    /// <param name="bookmarks">The bookmarks.</param>
    /// <param name="database">The database, or <see langword="null"/> for the home database.</param>
    /// <returns>The message.</returns>
    public static RouteMessage CreateRoute(IReadOnlyDictionary<string, object?> routingContext, IReadOnlyList<string> bookmarks, string? database) =>
        new(routingContext, bookmarks, new Dictionary<string, object?> { ["db"] = string.IsNullOrEmpty(database) ? null : database });

    /// <summary>Creates the exception for a FAILURE: reads "neo4j_code" (5.7+) or "code", then classifies it.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The exception.</returns>
    public static BoltServerException CreateException(FailureMessage failure)
    {
        var code = failure.Metadata.TryGetValue("neo4j_code", out var neo4jCode) && neo4jCode is string c1 ? c1
            : failure.Metadata.TryGetValue("code", out var legacyCode) && legacyCode is string c2 ? c2
            : "Neo.DatabaseError.General.UnknownError";
        var exception = ErrorClassification.CreateServerException(code, failure.Message);
        exception.GqlStatus = failure.Metadata.TryGetValue("gql_status", out var gql) ? gql as string : null;
        exception.GqlStatusDescription = failure.Metadata.TryGetValue("description", out var description) ? description as string : null;
        return exception;
    }

    private void AddNotificationConfig(Dictionary<string, object?> extra, string? minimumSeverity, IReadOnlyList<string> disabled)
    {
        if (minimumSeverity is not null)
        {
            extra["notifications_minimum_severity"] = minimumSeverity;
        }

        if (disabled.Count > 0)
        {
            // Renamed in 5.6 (message.adoc §5.6).
            extra[Version >= Classifications ? "notifications_disabled_classifications" : "notifications_disabled_categories"] = disabled;
        }
    }
}
