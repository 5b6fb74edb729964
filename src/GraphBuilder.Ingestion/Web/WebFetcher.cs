using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GraphBuilder.Ingestion.Web;

/// <summary>
/// Fetches the text behind a URL (or, for the operator's own configured address, a file path) within the limits of
/// <see cref="IngestionOptions"/>: only http and https, every hop's address checked unless it is the operator's own,
/// at most <see cref="IngestionOptions.MaxRedirects"/> redirects, one deadline for headers and body together, and a
/// byte limit counted while reading whatever the headers say. Every way it can fail becomes a one-line reason.
/// </summary>
internal sealed class WebFetcher
{
    private const int ReadBufferBytes = 64 * 1024;

    private readonly HttpClient _http;
    private readonly IngestionOptions _options;

    /// <summary>Initializes a new instance of the <see cref="WebFetcher"/> class.</summary>
    /// <param name="http">The client; the one registered for feeds follows no redirects itself and guards its connections.</param>
    /// <param name="options">The limits.</param>
    public WebFetcher(HttpClient http, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
    }

    /// <summary>Fetches the operator's own configured address (a URL or a file path) as given.</summary>
    /// <param name="address">The address.</param>
    /// <param name="allowPrivateLinks">Whether redirects may lead to private addresses even when this one is public.</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    /// <returns>The text or the reason.</returns>
    public async Task<WebFetchResult> FetchConfiguredAsync(string address, bool allowPrivateLinks, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            var path = uri?.LocalPath ?? address;
            try
            {
                var file = new FileInfo(path);
                return !file.Exists ? WebFetchResult.Failed("file not found")
                    : file.Length > _options.MaxFileBytes ? WebFetchResult.Failed(OverLimit(_options.MaxFileBytes))
                    : new WebFetchResult(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), null);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return WebFetchResult.Failed("cannot be read: " + exception.Message);
            }
        }

        var allowPrivate = allowPrivateLinks || await IsPrivateAsync(uri, cancellationToken).ConfigureAwait(false);
        return await FetchAsync(uri, new LinkTrust(FirstHopTrusted: true, allowPrivate), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fetches a link that the remote side chose, such as a feed item's link, checking every hop.</summary>
    /// <param name="link">The link.</param>
    /// <param name="allowPrivate">Whether loopback and private-network addresses may be reached.</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    /// <returns>The text or the reason.</returns>
    public Task<WebFetchResult> FetchLinkAsync(string link, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return Task.FromResult(WebFetchResult.Failed("link refused (rule: http-only): not an absolute URL"));
        }

        return FetchAsync(uri, new LinkTrust(FirstHopTrusted: false, allowPrivate), cancellationToken);
    }

    /// <summary>Tells whether a URL's host is a loopback or private-network address (a feed there may link to its neighbours).</summary>
    /// <param name="uri">The URL.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    /// <returns>Whether every address of the host is private or loopback.</returns>
    public static async Task<bool> IsPrivateAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        try
        {
            var addresses = await ResolveAsync(uri, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0 && addresses.All(address => AddressRules.Classify(address) == AddressScope.Private);
        }
        catch (Exception exception) when (exception is System.Net.Sockets.SocketException or ArgumentException)
        {
            return false;
        }
    }

    private async Task<WebFetchResult> FetchAsync(Uri uri, LinkTrust trust, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.RequestTimeout);
        try
        {
            var checkHop = !trust.FirstHopTrusted;
            for (var redirects = 0; ; redirects++)
            {
                if (checkHop && await RefusalAsync(uri, trust.AllowPrivate, deadline.Token).ConfigureAwait(false) is { } refusal)
                {
                    return WebFetchResult.Failed(redirects == 0 ? refusal : $"{refusal} (after redirect to {uri})");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                if (checkHop)
                {
                    request.Options.Set(LinkTrust.RequestKey, trust);
                }

                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects >= _options.MaxRedirects)
                    {
                        return WebFetchResult.Failed($"too many redirects (more than {_options.MaxRedirects}; GraphBuilder:Ingestion:MaxRedirects)");
                    }

                    uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    checkHop = true;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return WebFetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                return await ReadBodyAsync(response.Content, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebFetchResult.Failed($"request timed out after {_options.RequestTimeout.TotalSeconds:0.#} s (GraphBuilder:Ingestion:RequestTimeout)");
        }
        catch (HttpRequestException exception) when (FindRefusal(exception) is { } refusal)
        {
            return WebFetchResult.Failed(refusal.Message);
        }
        catch (HttpRequestException exception)
        {
            return WebFetchResult.Failed("request failed: " + (exception.StatusCode is HttpStatusCode status ? $"HTTP {(int)status}" : exception.Message));
        }
        catch (IOException exception)
        {
            return WebFetchResult.Failed("cannot be read: " + exception.Message);
        }
    }

    private static async Task<string?> RefusalAsync(Uri uri, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (uri.Scheme is not ("http" or "https"))
        {
            return $"link refused (rule: http-only): only http and https links are followed, not '{uri.Scheme}'";
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(uri, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            return $"request failed: cannot resolve '{uri.IdnHost}' ({exception.SocketErrorCode})";
        }

        foreach (var address in addresses)
        {
            var scope = AddressRules.Classify(address);
            if (scope == AddressScope.Forbidden || (scope == AddressScope.Private && !allowPrivate))
            {
                return AddressRules.Refusal(address, scope);
            }
        }

        return null;
    }

    private static async Task<IPAddress[]> ResolveAsync(Uri uri, CancellationToken cancellationToken) =>
        IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken).ConfigureAwait(false);

    private async Task<WebFetchResult> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var limit = _options.MaxFileBytes;
        if (content.Headers.ContentLength > limit)
        {
            return WebFetchResult.Failed(OverLimit(limit));
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream();
            var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(0, ReadBufferBytes), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    // The limit is counted on the bytes as they arrive: a chunked or lying response stops here.
                    if (body.Length + read > limit)
                    {
                        return WebFetchResult.Failed(OverLimit(limit));
                    }

                    body.Write(buffer, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return new WebFetchResult(Decode(body.GetBuffer().AsSpan(0, (int)body.Length), content.Headers.ContentType), null);
        }
    }

    private static string Decode(ReadOnlySpan<byte> bytes, MediaTypeHeaderValue? contentType)
    {
        // As HttpContent.ReadAsStringAsync does: a byte order mark wins, then the declared charset, then UTF-8.
        var encoding = Encoding.UTF8;
        if (contentType?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }

        var preambleLength = 0;
        foreach (var candidate in (ReadOnlySpan<Encoding>)[Encoding.UTF8, Encoding.UTF32, Encoding.Unicode, Encoding.BigEndianUnicode])
        {
            var preamble = candidate.Preamble;
            if (preamble.Length > 0 && bytes.StartsWith(preamble))
            {
                encoding = candidate;
                preambleLength = preamble.Length;
                break;
            }
        }

        return encoding.GetString(bytes[preambleLength..]);
    }

    private static string OverLimit(long limit) => $"response is over the limit of {limit} bytes (GraphBuilder:Ingestion:MaxFileBytes)";

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static LinkRefusedException? FindRefusal(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is LinkRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
