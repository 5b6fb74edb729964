using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Explorer.Tests;

/// <summary>
/// A store of three short articles written for these tests, with their entities, mentions and relations marked by
/// hand, so that every answer of the explorer is known in advance.
/// </summary>
internal static class WrittenArticles
{
    public const string InterviewSentence = "Oliver Stone interviewed Vladimir Putin in Moscow.";
    public const string InterviewId = "article:u-interview";
    public const string SummitId = "article:u-summit";

    public static readonly DateTimeOffset Day = new(2017, 6, 12, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(string path)
    {
        using var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = path }), NullLogger<SqliteStore>.Instance);
        var articles = new[]
        {
            Article(
                InterviewId,
                "Stone talks to Putin",
                Day,
                [InterviewSentence, "Putin said the talks were frank.", "Showtime aired The Putin Interviews in June."],
                [
                    (EntityKind.Person, "Oliver Stone", new[] { "Oliver Stone" }),
                    (EntityKind.Person, "Vladimir Putin", ["Vladimir Putin", "Putin"]),
                    (EntityKind.Location, "Moscow", ["Moscow"]),
                    (EntityKind.Organization, "Showtime", ["Showtime"]),
                    (EntityKind.Work, "The Putin Interviews", ["The Putin Interviews"]),
                ],
                [(0, 1, RelationKind.Interviewed, 0, 0.85), (4, 3, RelationKind.AiredOn, 2, 0.7)]),
            Article(
                SummitId,
                "Merkel meets Putin",
                Day.AddDays(20),
                ["Angela Merkel met Vladimir Putin in Hamburg.", "Merkel criticized the Kremlin."],
                [
                    (EntityKind.Person, "Angela Merkel", new[] { "Angela Merkel", "Merkel" }),
                    (EntityKind.Person, "Vladimir Putin", ["Vladimir Putin"]),
                    (EntityKind.Location, "Hamburg", ["Hamburg"]),
                    (EntityKind.Organization, "Kremlin", ["Kremlin"]),
                ],
                [(0, 1, RelationKind.Met, 0, 0.6), (0, 3, RelationKind.Criticized, 1, 0.4)]),
            Article(
                "article:u-snowden",
                "Stone meets Snowden",
                Day.AddDays(40),
                ["Oliver Stone met Edward Snowden in Moscow."],
                [
                    (EntityKind.Person, "Oliver Stone", new[] { "Oliver Stone" }),
                    (EntityKind.Person, "Edward Snowden", ["Edward Snowden"]),
                    (EntityKind.Location, "Moscow", ["Moscow"]),
                ],
                [(0, 1, RelationKind.Met, 0, 0.75)]),
        };

        foreach (var draft in articles)
        {
            var entry = new LedgerEntry(draft.Article.Id + ".txt", "tests", ArticleStatus.Ingested, Day, Day)
            {
                ArticleId = draft.Article.Id,
                ContentHash = draft.Article.ContentHash,
                PipelineVersion = draft.PipelineVersion,
            };
            await store.Writer.CommitArticleAsync(draft, entry);
        }
    }

    /// <summary>Writes an article's draft: its sentences joined by spaces, each entity at every place its forms occur.</summary>
    private static ArticleDraft Article(
        string id,
        string title,
        DateTimeOffset published,
        string[] sentences,
        (EntityKind Kind, string Name, string[] Forms)[] entities,
        (int Source, int Target, RelationKind Type, int Sentence, double Confidence)[] relations)
    {
        var text = string.Join(" ", sentences);
        var starts = sentences.Select((s, i) => sentences.Take(i).Sum(p => p.Length + 1)).ToArray();
        var kept = sentences.Select((s, i) => new ArticleSentence(i, starts[i], starts[i] + s.Length, s)).ToList();
        var spans = Spans(text, [.. entities.Select(e => e.Forms)], kept);
        var drafts = entities.Select((e, i) => new DraftEntity(e.Kind, e.Name, [.. e.Forms.Where(f => f != e.Name)], spans[i], [])).ToList();
        var draftRelations = relations.Select(r => new DraftRelation(
            r.Source,
            r.Target,
            r.Type,
            new Evidence(id, sentences[r.Sentence], starts[r.Sentence], starts[r.Sentence] + sentences[r.Sentence].Length, r.Confidence, "written/1")))
            .ToList();
        var article = new Article(id, "https://news.example/" + id[10..], title, "tests", published, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))), published);
        return new ArticleDraft(article, drafts, draftRelations, [], "tests/1") { Sentences = kept };
    }

    /// <summary>Finds each entity's forms in the text, longest forms first, so "The Putin Interviews" is not Putin.</summary>
    private static List<MentionSpan>[] Spans(string text, string[][] forms, List<ArticleSentence> sentences)
    {
        var taken = new bool[text.Length];
        var spans = forms.Select(_ => new List<MentionSpan>()).ToArray();
        foreach (var (entity, form) in forms.SelectMany((f, i) => f.Select(form => (i, form))).OrderByDescending(p => p.form.Length))
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                if (!taken[at])
                {
                    Array.Fill(taken, true, at, form.Length);
                    spans[entity].Add(new MentionSpan(at, at + form.Length, sentences.Single(s => at >= s.Start && at < s.End).Index, form));
                }
            }
        }

        foreach (var list in spans)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return spans;
    }
}
