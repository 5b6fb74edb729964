using GraphBuilder.Explorer.Api;
using GraphBuilder.Explorer.Security;
using GraphBuilder.Explorer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Explorer;

/// <summary>
/// Adds the explorer to a web application: the credential check, the page's files, the API and the OpenAPI document.
/// </summary>
public static class ExplorerApplicationBuilderExtensions
{
    /// <summary>Adds the explorer's middleware and endpoints, in the order that keeps every answer behind the credential.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IApplicationBuilder UseGraphExplorer(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<ExplorerOptions>>().Value;
        var webRoot = ExplorerPage.WebRoot(options);
        IFileProvider files = Directory.Exists(webRoot) ? new PhysicalFileProvider(webRoot) : new NullFileProvider();
        if (!files.GetFileInfo("index.html").Exists)
        {
            Log.PageMissing(app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExplorerApplicationBuilderExtensions)), webRoot);
        }

        app.UseMiddleware<CredentialMiddleware>();
        app.Use(async (context, next) =>
        {
            // Everything the page needs comes from this server: no request leaves for another origin.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context).ConfigureAwait(false);
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<QueryTimeoutMiddleware>());
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            ExplorerApi.Map(endpoints);
            endpoints.MapOpenApi();
            ExplorerPage.Map(endpoints, files);
        });
        return app;
    }
}
