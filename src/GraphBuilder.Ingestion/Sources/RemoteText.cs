using System.Net;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Fetches the text behind a URL or file path for the sources that read the web, turning every way it can fail
/// (HTTP status, size limit, timeout, network error, missing file) into a reason instead of an exception.
/// </summary>
internal static class RemoteText
{
    public static async Task<(string? Text, string? Error)> FetchAsync(string address, HttpClient http, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.IsFile)
            {
                var path = uri?.LocalPath ?? address;
                return File.Exists(path) ? (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), null) : (null, "file not found");
            }

            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return (null, $"response is over the limit of {maxBytes} bytes");
            }

            return (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (HttpRequestException exception)
        {
            return (null, "request failed: " + (exception.StatusCode is HttpStatusCode status ? $"HTTP {(int)status}" : exception.Message));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "request timed out");
        }
        catch (IOException exception)
        {
            return (null, "cannot be read: " + exception.Message);
        }
    }
}
