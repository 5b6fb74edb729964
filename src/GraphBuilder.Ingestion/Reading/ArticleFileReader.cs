using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Reads article files of every supported format. Whatever is wrong with a file (missing, empty, too large, binary,
/// not UTF-8, no article text, malformed JSON) becomes a failed item naming the file and the reason; it never throws
/// for bad input, so one bad file cannot stop a run.
/// </summary>
public sealed class ArticleFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding StrictUtf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16 = new(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding StrictUtf32 = new(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true);

    private readonly IngestionOptions _options;

    /// <summary>Initializes a new instance of the <see cref="ArticleFileReader"/> class.</summary>
    /// <param name="options">The ingestion options.</param>
    public ArticleFileReader(IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>Reads the articles of one file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="source">The name of the source reading it.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The file's articles, or failed items.</returns>
    public async IAsyncEnumerable<SourceItem> ReadAsync(string path, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        var (bytes, hash, failure) = await ReadBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            yield return SourceItem.Failed(fullPath, source, failure, hash);
            yield break;
        }

        if (InputFormats.TryGet(fullPath, out var format) && format == InputFormat.Pdf)
        {
            // A PDF is binary by nature: it is parsed, not decoded.
            var pdf = PdfArticleText.Read(bytes!, cancellationToken);
            yield return pdf.Failure is not null
                ? SourceItem.Failed(fullPath, source, pdf.Failure, hash)
                : Article(fullPath, source, pdf.Text!, hash!, "no text in the PDF", pdf.Title ?? FileTitle(fullPath));
            yield break;
        }

        var (text, decodeFailure) = Decode(bytes!);
        if (decodeFailure is not null)
        {
            yield return SourceItem.Failed(fullPath, source, decodeFailure, hash);
            yield break;
        }

        if (format < 0)
        {
            yield return SourceItem.Failed(
                fullPath,
                source,
                $"unsupported file type '{Path.GetExtension(fullPath)}' (expected {string.Join(", ", InputFormats.Extensions)})",
                hash);
            yield break;
        }

        foreach (var item in ParseGuarded(fullPath, source, text!, format, hash!))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Parses like <see cref="Parse"/>, but whatever a parser throws on hostile input becomes the input's failed item
    /// with a one-line reason, so one bad file never stops a run.
    /// </summary>
    /// <param name="location">Where the text came from.</param>
    /// <param name="source">The name of the source.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="format">The input's format.</param>
    /// <param name="hash">The SHA-256 of the input's bytes.</param>
    /// <returns>The input's articles, or failed items.</returns>
    public IReadOnlyList<SourceItem> ParseGuarded(string location, string source, string text, InputFormat format, string hash)
    {
        try
        {
            return [.. Parse(location, source, text, format, hash)];
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            return [SourceItem.Failed(location, source, OneLine($"cannot be read as {format}: {exception.GetType().Name}: {exception.Message}"), hash)];
        }
    }

    /// <summary>Parses the text of an input in a format.</summary>
    /// <param name="location">Where the text came from.</param>
    /// <param name="source">The name of the source.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="format">The input's format.</param>
    /// <param name="hash">The SHA-256 of the input's bytes.</param>
    /// <returns>The input's articles, or failed items.</returns>
    public IEnumerable<SourceItem> Parse(string location, string source, string text, InputFormat format, string hash)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (format)
        {
            case InputFormat.Json:
                foreach (var item in ParseJson(location, source, text, hash))
                {
                    yield return item;
                }

                yield break;
            case InputFormat.JsonLines:
                foreach (var item in ParseJsonLines(location, source, text))
                {
                    yield return item;
                }

                yield break;
            case InputFormat.Html:
                var html = HtmlArticleExtractor.Extract(text);
                yield return Article(
                    location,
                    source,
                    html.Text,
                    hash,
                    "no article text found in the HTML",
                    html.Title,
                    Url: html.Url,
                    PublishedAt: html.PublishedAt,
                    Publisher: html.Publisher);
                yield break;
            case InputFormat.Pdf:
                yield return SourceItem.Failed(location, source, "a PDF must be read from its bytes, not from text", hash);
                yield break;
            case InputFormat.Feed:
                foreach (var item in ParseFeed(location, source, text, hash))
                {
                    yield return item;
                }

                yield break;
            case InputFormat.Markdown:
                var (plain, title, published) = MarkdownText.Convert(text);
                yield return Article(location, source, plain, hash, "no text left after removing Markdown", title ?? FileTitle(location), PublishedAt: published);
                yield break;
            default:
                yield return Article(location, source, text.Trim(), hash, "no text", FileTitle(location));
                yield break;
        }
    }

    private async Task<(byte[]? Bytes, string? Hash, string? Failure)> ReadBytesAsync(string path, CancellationToken cancellationToken)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (!file.Exists)
            {
                return (null, null, Directory.Exists(path) ? "is a folder, not a file" : "file not found");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return (null, null, "cannot be read: " + exception.Message);
        }

        if (file.Length == 0)
        {
            return (null, null, "file is empty");
        }

        if (file.Length > _options.MaxFileBytes)
        {
            return (null, null, string.Create(
                CultureInfo.InvariantCulture,
                $"file is {file.Length:N0} bytes, over the limit of {_options.MaxFileBytes:N0} bytes (GraphBuilder:Ingestion:MaxFileBytes)"));
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, null, "cannot be read: " + exception.Message);
        }

        return (bytes, System.Convert.ToHexStringLower(SHA256.HashData(bytes)), null);
    }

    private static (string? Text, string? Failure) Decode(byte[] bytes)
    {
        // A byte order mark names the encoding: UTF-16 and UTF-32 text is full of NUL bytes and is not binary.
        if (Bom(bytes) is { } marked)
        {
            try
            {
                return (marked.Encoding.GetString(bytes, marked.Length, bytes.Length - marked.Length), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, $"invalid {marked.Encoding.WebName} after its byte order mark; save the file as UTF-8");
            }
        }

        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"binary content (a NUL byte at offset {nul}), not a text article"));
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = exception.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" at byte {exception.Index}") : string.Empty;
            return (null, $"invalid UTF-8{offset}; save the file as UTF-8");
        }
    }

    private static (Encoding Encoding, int Length)? Bom(byte[] bytes)
    {
        // UTF-32 LE before UTF-16 LE: its mark begins with UTF-16 LE's.
        foreach (var encoding in (ReadOnlySpan<Encoding>)[StrictUtf8WithBom, StrictUtf32, StrictUtf16, StrictUtf16BigEndian])
        {
            var preamble = encoding.Preamble;
            if (bytes.AsSpan().StartsWith(preamble))
            {
                return (encoding, preamble.Length);
            }
        }

        return null;
    }

    private static string OneLine(string reason) => reason.ReplaceLineEndings(" ");

    private SourceItem Article(
        string location,
        string source,
        string text,
        string hash,
        string emptyReason,
        string? Title = null,
        string? Url = null,
        DateTimeOffset? PublishedAt = null,
        string? Publisher = null)
    {
        if (text.Trim().Length < _options.MinTextLength)
        {
            return SourceItem.Failed(
                location,
                source,
                string.Create(CultureInfo.InvariantCulture, $"{emptyReason} (fewer than {_options.MinTextLength} characters)"),
                hash);
        }

        return SourceItem.Of(new ArticleInput(location, source, text) { Title = Title, Url = Url, PublishedAt = PublishedAt, Publisher = Publisher });
    }

    private IEnumerable<SourceItem> ParseFeed(string location, string source, string text, string hash)
    {
        string? publisher;
        IReadOnlyList<FeedFileItem> items;
        try
        {
            (publisher, items) = FeedFileItems.Read(text);
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return [SourceItem.Failed(location, source, OneLine("malformed feed: " + exception.Message), hash)];
        }

        if (items.Count == 0)
        {
            return [SourceItem.Failed(location, source, "the feed has no items", hash)];
        }

        // Each item is an article of its own, found again by its id when the feed is read again.
        return items.Select(item => Article(
            $"{location}#{item.Id}",
            source,
            item.Text,
            System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Id + "\n" + item.Text))),
            "no article text in the feed item",
            item.Title ?? FileTitle(location),
            Url: item.Link,
            PublishedAt: item.PublishedAt,
            Publisher: publisher));
    }

    private IEnumerable<SourceItem> ParseJson(string location, string source, string text, string hash)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            return [SourceItem.Failed(location, source, "malformed JSON: " + exception.Message, hash)];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return [FromObjectGuarded(location, source, root, hash, string.Empty)];
            }

            if (root.ValueKind == JsonValueKind.Array)
            {
                return [.. root.EnumerateArray().Select((element, index) =>
                    FromObjectGuarded(string.Create(CultureInfo.InvariantCulture, $"{location}#{index + 1}"), source, element, hash, string.Empty))];
            }

            return [SourceItem.Failed(location, source, "JSON must be an article object or an array of them", hash)];
        }
    }

    private IEnumerable<SourceItem> ParseJsonLines(string location, string source, string text)
    {
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var lineLocation = string.Create(CultureInfo.InvariantCulture, $"{location}#{lineNumber}");
            var lineHash = System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));
            JsonDocument? document = null;
            string? error = null;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException exception)
            {
                error = exception.Message;
            }

            if (document is null)
            {
                yield return SourceItem.Failed(
                    lineLocation,
                    source,
                    string.Create(CultureInfo.InvariantCulture, $"malformed JSON on line {lineNumber}: {error}"),
                    lineHash);
                continue;
            }

            using (document)
            {
                yield return FromObjectGuarded(lineLocation, source, document.RootElement, lineHash, $" on line {lineNumber}");
            }
        }
    }

    private SourceItem FromObjectGuarded(string location, string source, JsonElement element, string hash, string where)
    {
        try
        {
            return FromObject(location, source, element, hash);
        }
        catch (InvalidOperationException exception)
        {
            // JSON may escape a lone surrogate ("\ud800"), which no .NET string read from it may hold: that item fails, not the file.
            return SourceItem.Failed(location, source, OneLine($"invalid JSON string{where}: {exception.Message}"), hash);
        }
    }

    private SourceItem FromObject(string location, string source, JsonElement element, string hash)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return SourceItem.Failed(location, source, "not a JSON object", hash);
        }

        string? String(string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()!.Trim()
                : null;

        // schema.org's NewsArticle writes the text as "articleBody" and the title as "headline"; other exporters "body"
        // or "content", as one string or as its paragraphs (strings, or blocks with their "text"). A field that is there
        // but empty is the empty article it says it is.
        var text = TextFields.Select(name => element.TryGetProperty(name, out var value) ? Paragraphs(value) : null).FirstOrDefault(t => t is not null);
        if (text is null)
        {
            return SourceItem.Failed(location, source, "the article object has no 'text' (nor 'articleBody', 'body' or 'content') as a string or an array of paragraphs", hash);
        }

        // The project's own field names first, then the ones other exporters write ("published", schema.org's
        // "datePublished", "publisher"), so that a feed written elsewhere keeps its dates and outlets.
        DateTimeOffset? published = null;
        if (First(String, "publishedAt", "published", "datePublished", "date") is { } field)
        {
            if (!DateTimeOffset.TryParse(field.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return SourceItem.Failed(location, source, $"'{field.Name}' is not a date: '{field.Value}'", hash);
            }

            published = parsed;
        }

        // schema.org gives the publisher as an object with its "name".
        var outlet = First(String, "source", "publisher", "site")?.Value
            ?? (element.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
                && publisher.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(name.GetString())
                ? name.GetString()!.Trim()
                : null);
        return Article(
            location, source, text.Trim(), hash, "'text' is empty", First(String, "title", "headline")?.Value, First(String, "url", "link")?.Value, published, outlet);
    }

    // A text field's text: a string, or paragraphs (strings, or objects with a string "text") joined as paragraphs are;
    // null for anything else.
    private static string? Paragraphs(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return null;
        }

        var paragraphs = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var paragraph = item.ValueKind == JsonValueKind.String ? item
                : item.ValueKind == JsonValueKind.Object && item.TryGetProperty("text", out var inner) && inner.ValueKind == JsonValueKind.String ? inner
                : default;
            if (paragraph.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            paragraphs.Add(paragraph.GetString()!.Trim());
        }

        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    // The fields that may hold an article's text, in the order they are looked for.
    private static readonly string[] TextFields = ["text", "articleBody", "body", "content"];

    private static (string Name, string Value)? First(Func<string, string?> read, params string[] names)
    {
        foreach (var name in names)
        {
            if (read(name) is { } value)
            {
                return (name, value);
            }
        }

        return null;
    }

    private static string FileTitle(string location) => Path.GetFileNameWithoutExtension(location.Split('#')[0]);
}
