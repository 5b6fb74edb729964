using System.Text.Json;
using GraphBuilder.Graph.Drafts;

namespace GraphBuilder.Extraction.Tests;

public sealed class KnowledgeExtractorTests
{
    private static readonly string[] Articles =
    [
        "Senator Maria Alvarez criticized Northwind Energy on Monday over its plan for a gas terminal in Harbor City. Alvarez said residents were never asked.",
        "Tomas Reyes, chief executive of Northwind Energy, told investors in Harbor City that profit rose by a third. Reyes thanked the board for its patience.",
        "Flooding closed the main bridge into Harbor City for a second day, and Governor Ruth Avila asked Washington for emergency funds.",
        "The Calder Motors recall will cost the company $40 million, said Omar Haddad, a senior engineer at Calder Motors in Detroit, Michigan.",
        "Prime Minister Elena Kovac will chair the Baltic Energy Summit in Riga next month, her spokesman Ivo Laar said on Friday.",
        "Coach Sam Bello of the Harbor City Gulls called on league president Dana Whitfield to resign after the final in Portland.",
    ];

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_ManyThreadsAtOnce_GiveWhatOneThreadGives(string profile)
    {
        var extractor = ShippedExtractors.For(profile);
        var expected = Articles.Select(text => Describe(Extract(extractor, text))).ToArray();

        // Each article four times, on up to four threads at once, in an order that pairs every article with others.
        var work = Enumerable.Range(0, Articles.Length * 4).Select(i => i % Articles.Length).ToArray();
        var actual = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(Extract(extractor, Articles[work[i]])));

        for (var i = 0; i < work.Length; i++)
        {
            actual[i].ShouldBe(expected[work[i]], $"article {work[i]}, run {i}");
        }
    }

    private static ArticleDraft Extract(KnowledgeExtractor extractor, string text) =>
        extractor.Extract(text, new ArticleSource("https://news.example/concurrent", null, null, null), DateTimeOffset.UnixEpoch);

    // The whole draft, tuples' fields included (co-mentions, coreference reasons).
    private static string Describe(ArticleDraft draft) => JsonSerializer.Serialize(draft, Json);
}
