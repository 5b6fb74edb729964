using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;

namespace GraphBuilder.Explorer.Web;

/// <summary>
/// Serves the page: its built files, and its <c>index.html</c> for <c>/</c> and for the deep links
/// <c>/entities/…</c> and <c>/articles/…</c>, so that they work on reload. Without a built page, <c>/</c> says how
/// to build it.
/// </summary>
internal static class ExplorerPage
{
    public const string NotBuilt = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>GraphBuilder explorer</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
        <h1>GraphBuilder explorer</h1>
        <p>The API works, but the explorer page is not built. It is built from <code>web/</code> with Node.js 20 or later:</p>
        <pre>cd web &amp;&amp; npm ci &amp;&amp; npm run build</pre>
        <p>or install Node.js and build the program again (<code>dotnet build</code> runs those two commands when the page is missing).</p>
        <p>The API: <a href="/openapi/v1.json">/openapi/v1.json</a>, <a href="/api/status">/api/status</a>, <code>/api/search?q=…</code>.</p>
        </body></html>
        """;

    /// <summary>The folder of the built page: configured, or <c>explorer-web</c> beside the program.</summary>
    public static string WebRoot(ExplorerOptions options) =>
        Path.GetFullPath(options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "explorer-web"));

    public static void Map(IEndpointRouteBuilder endpoints, IFileProvider files)
    {
        foreach (var pattern in new[] { "/", "/entities/{**rest}", "/articles/{**rest}" })
        {
            endpoints.MapGet(pattern, (HttpContext context) => IndexAsync(context, files)).ExcludeFromDescription();
        }
    }

    private static async Task IndexAsync(HttpContext context, IFileProvider files)
    {
        var index = files.GetFileInfo("index.html");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        if (!index.Exists)
        {
            await context.Response.WriteAsync(NotBuilt, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await context.Response.SendFileAsync(index, context.RequestAborted).ConfigureAwait(false);
    }
}
