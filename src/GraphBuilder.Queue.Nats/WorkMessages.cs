using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphBuilder.Graph.Model;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Queue.Nats;

/// <summary>Turns source items into work messages and back, and names them for the stream's deduplication.</summary>
internal static class WorkMessages
{
    /// <summary>Makes the message of an item, with the article's text in it.</summary>
    public static WorkMessage From(SourceItem item)
    {
        if (item.Article is not { } article)
        {
            return new WorkMessage(item.Source, item.Location) { ContentHash = item.ContentHash, Failure = item.Failure ?? "unreadable" };
        }

        return new WorkMessage(item.Source, item.Location)
        {
            ContentHash = ArticleIdentity.ContentHash(article.Text),
            Text = article.Text,
            Title = article.Title,
            Url = article.Url,
            Publisher = article.Publisher,
            PublishedAt = article.PublishedAt,
        };
    }

    /// <summary>
    /// Gets the message's id (the <c>Nats-Msg-Id</c> header): the same item with the same content, published by two
    /// leases' listings, has the same id, and the stream stores it once within its duplicate window.
    /// </summary>
    public static string Id(WorkMessage message)
    {
        var identity = string.Join('\n', message.Source, message.Location, message.ContentHash ?? string.Empty, message.Failure ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    public static byte[] Serialize(WorkMessage message) => JsonSerializer.SerializeToUtf8Bytes(message, WorkMessageJsonContext.Default.WorkMessage);

    /// <summary>Reads a message, or gives <see langword="null"/> for bytes that are not one.</summary>
    public static WorkMessage? Deserialize(byte[]? data)
    {
        if (data is null || data.Length == 0)
        {
            return null;
        }

        try
        {
            var message = JsonSerializer.Deserialize(data, WorkMessageJsonContext.Default.WorkMessage);
            return message is { Source.Length: > 0, Location.Length: > 0 } ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Turns a message whose article travels in it, or that names a failure, back into its item.</summary>
    public static SourceItem? ToItem(WorkMessage message) =>
        message switch
        {
            { Failure: { } failure } => SourceItem.Failed(message.Location, message.Source, failure, message.ContentHash),
            { Text: { } text } => SourceItem.Of(new ArticleInput(message.Location, message.Source, text)
            {
                Title = message.Title,
                Url = message.Url,
                Publisher = message.Publisher,
                PublishedAt = message.PublishedAt,
            }),
            _ => null,
        };
}
