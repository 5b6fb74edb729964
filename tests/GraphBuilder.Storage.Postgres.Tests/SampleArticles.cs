using System.Globalization;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Storage.Postgres.Tests;

/// <summary>Generated article drafts whose names meet across articles: short forms, full names, acronyms.</summary>
internal static class SampleArticles
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly (EntityKind Kind, string Name, string[] Acronyms)[] Names =
    [
        (EntityKind.Person, "Angela Merkel", []),
        (EntityKind.Person, "Merkel", []),
        (EntityKind.Person, "Olaf Scholz", []),
        (EntityKind.Person, "Scholz", []),
        (EntityKind.Person, "Bill Clinton", []),
        (EntityKind.Person, "Hillary Clinton", []),
        (EntityKind.Person, "Clinton", []),
        (EntityKind.Person, "Bernie Sanders", []),
        (EntityKind.Person, "Sanders", []),
        (EntityKind.Organization, "European Central Bank", ["ECB"]),
        (EntityKind.Organization, "ECB", []),
        (EntityKind.Organization, "Northwind Energy", []),
        (EntityKind.Organization, "Northwind", []),
        (EntityKind.Location, "Berlin", []),
        (EntityKind.Location, "Arkansas", []),
    ];

    public static ArticleDraft Article(int index)
    {
        // Three names an article, chosen so that short forms, full names and acronyms meet across many articles.
        var id = string.Create(CultureInfo.InvariantCulture, $"article:{index:D3}");
        var picked = Enumerable.Range(0, 3).Select(k => Names[((index * 7) + (k * 4)) % Names.Length]).DistinctBy(n => n.Name).ToList();
        var entities = picked.Select((n, k) => new DraftEntity(n.Kind, n.Name, [], [new MentionSpan(k * 30, (k * 30) + n.Name.Length, k, n.Name)], []) { Acronyms = n.Acronyms }).ToList();
        var sentence = string.Join(' ', picked.Select(n => n.Name)) + " met.";
        var relations = new List<DraftRelation> { new(0, 1, RelationKind.Met, new Evidence(id, sentence, 0, sentence.Length, 0.5 + ((index % 5) / 10.0), "test/1")) };
        var article = new Article(id, "https://news.example/" + id, id, index % 2 == 0 ? "Wire" : "Daily", T0.AddHours(index), "hash-" + id, T0);
        return new ArticleDraft(article, entities, relations, [(0, 1, 1), (1, 2, 1)], "v1");
    }
}
