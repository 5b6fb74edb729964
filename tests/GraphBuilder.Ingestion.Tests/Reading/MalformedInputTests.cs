using System.Text;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Tests.Reading;

/// <summary>
/// Hostile and broken inputs for every reader: each must give its own items (articles or failed rows with a one-line
/// reason) and never throw, so one bad input cannot stop a run.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private const string Story = "Senator Maria Alvarez criticized Northwind Energy on Monday over its terminal plan.";
    private const int Limit = 64 * 1024;

    private readonly TempDirectory _directory = new();
    private readonly ArticleFileReader _reader = new(Options.Create(new IngestionOptions { MaxFileBytes = Limit }));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ReadAsync_JsonLinesWithALoneSurrogate_FailsThatLineOnlyWithAOneLineReason()
    {
        var lines = $"{{\"text\": \"{Story}\"}}\n{{\"text\": \"Bad \\ud800 text about Northwind Energy and its plans.\"}}\n{{\"text\": \"{Story} Again.\"}}\n";
        var path = _directory.Write("wire.jsonl", lines);

        var items = await ReadAsync(path);

        items.Count.ShouldBe(3);
        items[0].Article.ShouldNotBeNull();
        items[2].Article.ShouldNotBeNull();
        items[1].Location.ShouldBe(path + "#2");
        var reason = items[1].Failure.ShouldNotBeNull();
        reason.ShouldStartWith("invalid JSON string on line 2");
        reason.ShouldNotContain('\n');
    }

    [Fact]
    public async Task ReadAsync_JsonArrayWithALoneSurrogate_FailsThatObjectOnly()
    {
        var path = _directory.Write("two.json", $"[{{\"text\": \"{Story}\"}}, {{\"title\": \"\\udc00\", \"text\": \"{Story}\"}}]");

        var items = await ReadAsync(path);

        items[0].Article.ShouldNotBeNull();
        items[1].Failure.ShouldNotBeNull().ShouldStartWith("invalid JSON string");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public async Task ReadAsync_TextWithAByteOrderMark_IsDecodedByIt(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = _directory.Write("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Story)]);

        var item = (await ReadAsync(path)).ShouldHaveSingleItem();

        item.Article.ShouldNotBeNull().Text.ShouldBe(Story);
    }

    [Fact]
    public async Task ReadAsync_FuzzCorpusForEveryFormat_NeverThrowsAndReasonsAreOneLine()
    {
        var random = new Random(11);
        var seeds = new Dictionary<string, byte[]>
        {
            [".txt"] = Encoding.UTF8.GetBytes(Story),
            [".md"] = Encoding.UTF8.GetBytes($"# Title\n\n{Story}\n\n* a list\n\n```\ncode\n"),
            [".html"] = Encoding.UTF8.GetBytes($"<html><head><title>T</title></head><body><article><p>{Story}</p></article></body></html>"),
            [".json"] = Encoding.UTF8.GetBytes($"{{\"title\": \"T\", \"text\": \"{Story}\", \"publishedAt\": \"2026-03-02\"}}"),
            [".jsonl"] = Encoding.UTF8.GetBytes($"{{\"text\": \"{Story}\"}}\n{{\"text\": \"\\ud800{Story}\"}}\n"),
            [".pdf"] = TestPdf.Build("T", [Story]),
            [".csv"] = Encoding.UTF8.GetBytes($"title,text\n\"T\",\"{Story}\"\n"),
        };
        var files = new List<string>();
        foreach (var (extension, seed) in seeds)
        {
            var index = 0;
            foreach (var variant in Variants(seed, random))
            {
                files.Add(_directory.Write($"fuzz-{index++}{extension}", variant));
            }
        }

        foreach (var file in files)
        {
            var items = await ReadAsync(file);

            items.ShouldNotBeEmpty(file);
            foreach (var item in items)
            {
                (item.Article is not null || item.Failure is not null).ShouldBeTrue(file);
                item.Failure?.ShouldNotContain('\n', customMessage: file);
            }
        }
    }

    [Fact]
    public async Task ReadAsync_FuzzedFeedFiles_NeverThrow()
    {
        var random = new Random(12);
        var rss = Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><title>A</title><description>{Story}</description></item>"
            + "<item><title>B</title><link>not a link at all</link></item></channel></rss>");
        var atom = Encoding.UTF8.GetBytes(
            $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title><entry><id>1</id><title>A</title><updated>2026-03-02T00:00:00Z</updated>"
            + $"<content type=\"html\">&lt;p&gt;{Story}&lt;/p&gt;</content></entry></feed>");
        using var http = new HttpClient();
        var options = new IngestionOptions { MaxFileBytes = Limit };
        var index = 0;
        foreach (var variant in Variants(rss, random).Concat(Variants(atom, random)))
        {
            var path = _directory.Write($"feed-{index++}.xml", variant);
            var items = new List<SourceItem>();

            await foreach (var item in new FeedNewsSource("fuzz", path, http, options).ReadAsync(TestContext.Current.CancellationToken))
            {
                items.Add(item);
            }

            items.ShouldNotBeEmpty(path);
        }
    }

    /// <summary>Truncated, bit-flipped, mis-encoded, binary, oversized and empty versions of a good input.</summary>
    private static IEnumerable<byte[]> Variants(byte[] seed, Random random)
    {
        yield return seed;
        yield return [];
        for (var cut = 1; cut < seed.Length; cut += Math.Max(1, seed.Length / 7))
        {
            yield return seed[..cut];
        }

        for (var i = 0; i < 8; i++)
        {
            var flipped = (byte[])seed.Clone();
            flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
            yield return flipped;
        }

        yield return Encoding.Latin1.GetBytes("Caf\u00e9 " + Encoding.UTF8.GetString(seed));
        yield return Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(seed));
        yield return [.. Encoding.Unicode.GetPreamble(), .. seed];
        yield return [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        var binary = new byte[512];
        random.NextBytes(binary);
        yield return binary;
        yield return [.. seed, .. Enumerable.Repeat((byte)' ', Limit)];
        yield return [.. Enumerable.Repeat((byte)'{', 5000), .. seed];
    }

    private async Task<List<SourceItem>> ReadAsync(string path)
    {
        var items = new List<SourceItem>();
        await foreach (var item in _reader.ReadAsync(path, "test", TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        return items;
    }
}
