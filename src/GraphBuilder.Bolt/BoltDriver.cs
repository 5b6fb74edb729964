using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Messaging.Requests;
using GraphBuilder.Bolt.Protocol;
using GraphBuilder.Bolt.Retry;
using GraphBuilder.Bolt.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace GraphBuilder.Bolt;

/// <summary>
/// Represents the entry point of the Bolt client: it owns the connection pools (and routing tables for neo4j://)
/// and creates sessions. Create one per application and dispose it at shutdown.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    /// <summary>Initializes a new instance of the <see cref="BoltDriver"/> class.</summary>
    /// <param name="options">The settings; validated here.</param>
    /// <param name="loggerFactory">The logger factory, or <see langword="null"/> for no logging.</param>
    /// <param name="timeProvider">The time provider, or <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public BoltDriver(BoltDriverOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new BoltDriverOptionsValidator().Validate(null, options);
        var rules = BoltConnectionRules.Check(options, string.Empty).ToList();
        if (validation.Failed || rules.Count > 0)
        {
            var failures = (validation.Failed ? validation.Failures : []).Concat(rules);
            throw new ArgumentException($"Invalid Bolt driver options: {string.Join("; ", failures)}", nameof(options));
        }

        if (options.FetchSize == 0)
        {
            throw new ArgumentException("FetchSize must be positive, or -1 to fetch all records at once.", nameof(options));
        }

        Options = options;
        TimeProvider = timeProvider ?? TimeProvider.System;
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("GraphBuilder.Bolt");
        Target = DriverTarget.Parse(options.Uri);
        var auth = options.AuthToken
            ?? (options.User is not null ? BoltAuthToken.Basic(options.User, options.Password ?? string.Empty) : BoltAuthToken.None);
        var hello = new HelloSettings(
            options.UserAgent,
            auth,
            Target.Routing ? Target.RoutingContext : null,
            options.NotificationsMinimumSeverity,
            [.. options.NotificationsDisabledClassifications]);
        var connectionSettings = new ConnectionSettings(hello, Target.Tls, options.ConnectionTimeout, options.ConnectionReadTimeout);
        var poolSettings = new PoolSettings(options.MaxConnectionPoolSize, options.ConnectionAcquisitionTimeout, options.MaxConnectionLifetime);
        ConnectionPool CreatePool(ServerAddress address) => new(address, connectionSettings, poolSettings, TimeProvider, logger);
        ConnectionProvider = Target.Routing
            ? new RoutingConnectionProvider(Target.Address, Target.RoutingContext, CreatePool, TimeProvider, logger)
            : new DirectConnectionProvider(CreatePool(Target.Address));
        RetryPipeline = TransactionRetryPipeline.Create(options.MaxTransactionRetryTime, options.InitialRetryDelay, TimeProvider, logger);
    }

    /// <summary>Gets the driver's settings.</summary>
    public BoltDriverOptions Options { get; }

    /// <summary>Gets a value indicating whether connections use TLS.</summary>
    public bool Encrypted => Target.Tls != TlsMode.None;

    internal TimeProvider TimeProvider { get; }

    internal DriverTarget Target { get; }

    internal IConnectionProvider ConnectionProvider { get; }

    internal ResiliencePipeline RetryPipeline { get; }

    /// <summary>Creates a driver for a URI and credentials.</summary>
    /// <param name="uri">bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// with host and port.</param>
    /// <param name="authToken">The credentials, for example <see cref="BoltAuthToken.Basic"/>.</param>
    /// <param name="configure">Adjusts the other options.</param>
    /// <returns>The driver.</returns>
    public static BoltDriver Create(string uri, BoltAuthToken authToken, Action<BoltDriverOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        var options = new BoltDriverOptions { Uri = uri, AuthToken = authToken };
        configure?.Invoke(options);
        return new BoltDriver(options);
    }

    /// <summary>Creates a session on a database.</summary>
    /// <param name="database">The database, or <see langword="null"/> for <see cref="BoltDriverOptions.Database"/> or the home database.</param>
    /// <returns>The session; dispose it with <c>await using</c>.</returns>
    public BoltSession AsyncSession(string? database = null) => new(this, new BoltSessionOptions { Database = database });

    /// <summary>Creates a session with explicit settings.</summary>
    /// <param name="configure">Sets the session options.</param>
    /// <returns>The session.</returns>
    public BoltSession AsyncSession(Action<BoltSessionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new BoltSessionOptions();
        configure(options);
        return new BoltSession(this, options);
    }

    /// <summary>
    /// Runs one query in a managed transaction (retried like <see cref="BoltSession.ExecuteWriteAsync{T}(Func{BoltTransaction, Task{T}}, CancellationToken)"/>)
    /// and returns all its records and the summary.
    /// </summary>
    /// <param name="query">The Cypher text.</param>
    /// <param name="parameters">The parameters, or <see langword="null"/>.</param>
    /// <param name="queryOptions">The database and access mode, or <see langword="null"/> for a write on the default database.</param>
    /// <param name="cancellationToken">A token to cancel the query and its retries.</param>
    /// <returns>The records, keys and summary.</returns>
    public async Task<BoltEagerResult> ExecuteQueryAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        BoltQueryOptions? queryOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        queryOptions ??= new BoltQueryOptions();
        var session = new BoltSession(this, new BoltSessionOptions { Database = queryOptions.Database });
        await using (session.ConfigureAwait(false))
        {
            return await session.ExecuteAsync(
                queryOptions.AccessMode,
                async tx =>
                {
                    var result = await tx.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
                    var records = await result.ToListAsync(cancellationToken).ConfigureAwait(false);
                    return new BoltEagerResult(records, result.Keys, result.Summary!);
                },
                TelemetryMessage.ExecuteQuery,
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens (or reuses) a connection and runs nothing, to check the URI and credentials.</summary>
    /// <param name="cancellationToken">A token to cancel the check.</param>
    /// <returns>A task that completes when a connection was established.</returns>
    /// <exception cref="BoltException">The server cannot be reached or rejected the credentials.</exception>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var connection = await ConnectionProvider.AcquireAsync(BoltAccessMode.Read, Options.Database, [], cancellationToken).ConfigureAwait(false);
        await ConnectionProvider.ReleaseAsync(connection).ConfigureAwait(false);
    }

    /// <summary>Closes every pooled connection (sending GOODBYE).</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public ValueTask DisposeAsync() => ConnectionProvider.DisposeAsync();
}
