using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphBuilder.Testing.Http;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 that serves fixed responses by path, for feed and page tests without a network.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (int Status, string ContentType, string Body)> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<HttpListenerResponse, CancellationToken, Task>> _handlers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public LoopbackHttpServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public LoopbackHttpServer Serve(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200)
    {
        lock (_routes)
        {
            _routes[path] = (status, contentType, body);
        }

        return this;
    }

    /// <summary>Answers a path with custom behaviour: redirects, trickled or chunked bodies.</summary>
    public LoopbackHttpServer Handle(string path, Func<HttpListenerResponse, CancellationToken, Task> handler)
    {
        lock (_routes)
        {
            _handlers[path] = handler;
        }

        return this;
    }

    /// <summary>Answers a path with a redirect to the given location.</summary>
    public LoopbackHttpServer Redirect(string path, string location, int status = 302) => Handle(path, (response, _) =>
    {
        response.StatusCode = status;
        response.RedirectLocation = location;
        response.Close();
        return Task.CompletedTask;
    });

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Stop();
        _listener.Close();
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            (int Status, string ContentType, string Body) route;
            Func<HttpListenerResponse, CancellationToken, Task>? handler;
            lock (_routes)
            {
                route = _routes.GetValueOrDefault(context.Request.Url!.AbsolutePath, (404, "text/plain", "not found"));
                handler = _handlers.GetValueOrDefault(context.Request.Url!.AbsolutePath);
            }

            if (handler is not null)
            {
                _ = RunHandlerAsync(handler, context.Response);
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(route.Body);
            context.Response.StatusCode = route.Status;
            context.Response.ContentType = route.ContentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private async Task RunHandlerAsync(Func<HttpListenerResponse, CancellationToken, Task> handler, HttpListenerResponse response)
    {
        try
        {
            await handler(response, _stopping.Token);
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException or OperationCanceledException or IOException)
        {
            // The client went away (as a fetcher that enforces a limit does) or the server stopped.
        }
    }
}
