using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Explorer.Security;

/// <summary>
/// Requires the configured credential on every request (page, API and OpenAPI document alike): an <c>X-Api-Key</c>
/// header, or basic authentication with the configured user and password or with the API key as the password, which a
/// browser asks for. With no credential configured only loopback clients are served, whatever address was bound.
/// </summary>
internal sealed class CredentialMiddleware(RequestDelegate next, IOptions<ExplorerOptions> options)
{
    private const string Realm = "Basic realm=\"GraphBuilder explorer\", charset=\"UTF-8\"";

    public Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.RequiresCredential)
        {
            if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            return next(context);
        }

        if (Carries(context.Request, settings))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = Realm;
        return Task.CompletedTask;
    }

    private static bool Carries(HttpRequest request, ExplorerOptions settings)
    {
        if (!string.IsNullOrEmpty(settings.ApiKey) && request.Headers.TryGetValue("X-Api-Key", out var key) && Same(key.ToString(), settings.ApiKey))
        {
            return true;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        var (user, password) = (decoded[..colon], decoded[(colon + 1)..]);
        var byKey = !string.IsNullOrEmpty(settings.ApiKey) && Same(password, settings.ApiKey);
        var byUser = !string.IsNullOrEmpty(settings.User) && !string.IsNullOrEmpty(settings.Password)
            && Same(user, settings.User) & Same(password, settings.Password);
        return byKey || byUser;
    }

    // Compared in constant time, so that the time of a refusal does not tell how much of a guess was right.
    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
