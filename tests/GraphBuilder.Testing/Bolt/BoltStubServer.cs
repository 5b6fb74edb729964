using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GraphBuilder.Testing.Bolt;

/// <summary>
/// An in-process Bolt server on 127.0.0.1 that plays testkit-style stub scripts. Connection <c>n</c> plays script
/// <c>n</c> (the last script is replayed when it says <c>!: ALLOW RESTART</c>); further connections are an error.
/// Dispose the driver first (so the client says GOODBYE), then call <see cref="WaitForCompletionAsync"/>.
/// </summary>
public sealed class BoltStubServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly IReadOnlyList<StubScript> _scripts;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly TaskCompletionSource _allPlayed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _acceptLoop;
    private readonly X509Certificate2? _certificate;
    private int _connectionCount;
    private int _completedCount;

    private BoltStubServer(TcpListener listener, IReadOnlyList<StubScript> scripts, bool tls)
    {
        _listener = listener;
        _scripts = scripts;
        _certificate = tls ? CreateSelfSignedCertificate() : null;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Gets the port the server listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Gets "127.0.0.1:port".</summary>
    public string Address => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>Gets "bolt://127.0.0.1:port".</summary>
    public string BoltUri => "bolt://" + Address;

    /// <summary>Gets "neo4j://127.0.0.1:port".</summary>
    public string Neo4jUri => "neo4j://" + Address;

    /// <summary>Gets a URI with another scheme, for example "bolt+ssc" for a server started with TLS.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>"scheme://127.0.0.1:port".</returns>
    public string UriFor(string scheme) => scheme + "://" + Address;

    /// <summary>Gets how many connections the server has accepted.</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>Gets the mismatches and failures seen so far.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>
    /// Starts a server playing script texts, one per connection in order. "#HOST#", "#PORT#" and "#ADDRESS#" are
    /// replaced by this server's own values, then each entry of <paramref name="variables"/> as "#KEY#".
    /// </summary>
    /// <param name="scripts">The script texts.</param>
    /// <param name="variables">Extra substitutions, or <see langword="null"/>.</param>
    /// <returns>The running server.</returns>
    /// <param name="tls">Whether the server speaks TLS with a fresh self-signed certificate (use +ssc URIs).</param>
    public static BoltStubServer Start(IReadOnlyList<string> scripts, IReadOnlyDictionary<string, string>? variables = null, bool tls = false) =>
        Start(scripts.Select((text, i) => ($"script {i + 1}", text)).ToList(), variables, tls);

    /// <summary>Starts a server playing one script text.</summary>
    /// <param name="script">The script text.</param>
    /// <param name="variables">Extra substitutions, or <see langword="null"/>.</param>
    /// <returns>The running server.</returns>
    /// <param name="tls">Whether the server speaks TLS with a fresh self-signed certificate.</param>
    public static BoltStubServer Start(string script, IReadOnlyDictionary<string, string>? variables = null, bool tls = false) =>
        Start([script], variables, tls);

    /// <summary>Starts a server playing script files, one per connection in order.</summary>
    /// <param name="paths">The .script files.</param>
    /// <param name="variables">Extra substitutions, or <see langword="null"/>.</param>
    /// <returns>The running server.</returns>
    /// <param name="tls">Whether the server speaks TLS with a fresh self-signed certificate.</param>
    public static BoltStubServer StartFromFiles(IReadOnlyList<string> paths, IReadOnlyDictionary<string, string>? variables = null, bool tls = false) =>
        Start(paths.Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToList(), variables, tls);

    /// <summary>Starts a server playing one script file.</summary>
    /// <param name="path">The .script file.</param>
    /// <param name="variables">Extra substitutions, or <see langword="null"/>.</param>
    /// <returns>The running server.</returns>
    /// <param name="tls">Whether the server speaks TLS with a fresh self-signed certificate.</param>
    public static BoltStubServer StartFromFile(string path, IReadOnlyDictionary<string, string>? variables = null, bool tls = false) =>
        StartFromFiles([path], variables, tls);

    /// <summary>
    /// Waits until every script has been played to its end, then throws if anything went wrong.
    /// </summary>
    /// <param name="timeout">How long to wait; 10 seconds when <see langword="null"/>.</param>
    /// <returns>A task that completes when the scripts were played without error.</returns>
    /// <exception cref="StubScriptException">A script was not followed, or not finished in time.</exception>
    public async Task WaitForCompletionAsync(TimeSpan? timeout = null)
    {
        var finished = await Task.WhenAny(_allPlayed.Task, Task.Delay(timeout ?? TimeSpan.FromSeconds(10))) == _allPlayed.Task;
        var errors = Errors;
        if (errors.Count > 0)
        {
            throw new StubScriptException(string.Join(Environment.NewLine, errors));
        }

        if (!finished)
        {
            throw new StubScriptException(
                $"Only {Volatile.Read(ref _completedCount)} of {_scripts.Count} stub scripts were played to the end ({ConnectionCount} connections accepted).");
        }
    }

    /// <summary>Stops listening and closes open connections.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
            await Task.WhenAll(_connections);
        }
        catch (OperationCanceledException)
        {
        }

        _listener.Dispose();
        _stop.Dispose();
        _certificate?.Dispose();
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private static BoltStubServer Start(IReadOnlyList<(string Name, string Text)> scripts, IReadOnlyDictionary<string, string>? variables, bool tls)
    {
        ArgumentOutOfRangeException.ThrowIfZero(scripts.Count);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        try
        {
            var parsed = scripts.Select(s =>
            {
                var text = s.Text
                    .Replace("#HOST#", "127.0.0.1", StringComparison.Ordinal)
                    .Replace("#PORT#", port, StringComparison.Ordinal)
                    .Replace("#ADDRESS#", "127.0.0.1:" + port, StringComparison.Ordinal);
                foreach (var (key, value) in variables ?? new Dictionary<string, string>())
                {
                    text = text.Replace($"#{key}#", value, StringComparison.Ordinal);
                }

                return StubScript.Parse(text, s.Name);
            }).ToList();
            return new BoltStubServer(listener, parsed, tls);
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var index = Interlocked.Increment(ref _connectionCount) - 1;
            _connections.Add(ServeAsync(client, index));
        }
    }

    private async Task ServeAsync(TcpClient client, int index)
    {
        using (client)
        {
            client.NoDelay = true;
            StubScript script;
            if (index < _scripts.Count)
            {
                script = _scripts[index];
            }
            else if (_scripts[^1].Header.AllowRestart)
            {
                script = _scripts[^1];
            }
            else
            {
                _errors.Enqueue($"Unexpected connection #{index + 1}: only {_scripts.Count} script(s) were given and the last does not allow a restart.");
                return;
            }

            Stream stream = client.GetStream();
            try
            {
                if (_certificate is not null)
                {
                    var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                    await ssl.AuthenticateAsServerAsync(_certificate);
                    stream = ssl;
                }

                await new StubConnectionRunner(script, stream, $"connection #{index + 1}").RunAsync(_stop.Token);
                if (Interlocked.Increment(ref _completedCount) >= _scripts.Count)
                {
                    _allPlayed.TrySetResult();
                }
            }
            catch (StubScriptException ex)
            {
                _errors.Enqueue(ex.Message);
                _allPlayed.TrySetResult();
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or GraphBuilder.Bolt.BoltProtocolException
                or System.Security.Authentication.AuthenticationException)
            {
                if (!_stop.IsCancellationRequested)
                {
                    _errors.Enqueue($"{script.Name} (connection #{index + 1}): {ex.GetType().Name}: {ex.Message}");
                    _allPlayed.TrySetResult();
                }
            }
            finally
            {
                await stream.DisposeAsync();
            }
        }
    }
}
