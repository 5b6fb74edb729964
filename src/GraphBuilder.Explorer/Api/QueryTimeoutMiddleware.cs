using GraphBuilder.Explorer.Api.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Explorer.Api;

/// <summary>
/// Bounds each API request in time: the token its queries get is cancelled after <c>QueryTimeout</c>, and a request
/// cancelled that way is answered 503 with the reason, never left running.
/// </summary>
internal sealed class QueryTimeoutMiddleware(RequestDelegate next, IOptions<ExplorerOptions> options, ILogger<QueryTimeoutMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var timeout = options.Value.QueryTimeout;
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        bound.CancelAfter(timeout);
        var aborted = context.RequestAborted;
        context.RequestAborted = bound.Token;
        try
        {
            // A store interrupted by the token may report it as its own error, not as a cancellation: the token decides.
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && bound.IsCancellationRequested && !aborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            Log.QueryTimedOut(logger, context.Request.Path, timeout);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsJsonAsync(new ApiError($"the query took longer than {timeout.TotalSeconds:0.#} s; narrow it"), aborted).ConfigureAwait(false);
        }
        finally
        {
            context.RequestAborted = aborted;
        }
    }
}
