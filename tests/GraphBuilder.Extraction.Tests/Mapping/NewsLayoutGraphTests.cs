using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Extraction.Tests.Mapping;

public sealed class NewsLayoutGraphTests
{
    // Who wrote, photographed or published the articles: the stories never say these people work anywhere.
    private static readonly string[] Furniture = ["Lena Marsh", "Jane Doe", "Daniel Brandt", "DANIEL BRANDT", "Priya Nair", "Kofi Mensah"];

    private static readonly string[] Agencies = ["Reuters", "AP", "Associated Press", "Harbor Gazette", "HARBOR GAZETTE", "Wellston Daily"];

    private static List<ArticleDraft> Extract(string profile) =>
        [.. Directory.GetFiles(RepositoryPaths.LayoutArticles, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => ShippedExtractors.For(profile).Extract(
                File.ReadAllText(path), new ArticleSource("https://news.example/" + Path.GetFileName(path), null, null, null), DateTimeOffset.UnixEpoch))];

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_NewsLayout_GivesNoRelationFromBylinesCreditsTrailersOrDatelines(string profile)
    {
        var relations = Extract(profile)
            .SelectMany(d => d.Relations.Select(r => (Source: d.Entities[r.Source].Name, r.Type, Target: d.Entities[r.Target].Name)))
            .ToList();

        relations.ShouldNotContain(r => Furniture.Contains(r.Source) || Furniture.Contains(r.Target));
        relations.ShouldNotContain(r => r.Type == RelationKind.WorksFor && Agencies.Contains(r.Target));
        relations.ShouldNotContain(r => Agencies.Contains(r.Source) && r.Type == RelationKind.BasedIn);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_NewsLayout_GivesNoEntityMadeOfHeadlineWordsOrDates(string profile)
    {
        var names = Extract(profile).SelectMany(d => d.Entities).Select(e => e.Name).ToList();

        names.ShouldNotContain(n => n.Contains("Resigns", StringComparison.Ordinal) || n.Contains("Wake Of", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains("Slams", StringComparison.Ordinal) || n.Contains("Layoffs", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains("Strike Over", StringComparison.Ordinal) || n.Contains("Dump", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.EndsWith(" Sunday", StringComparison.Ordinal) || n.EndsWith(" Monday", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.EndsWith(" May", StringComparison.Ordinal) || n.Contains('|', StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains("Writer", StringComparison.Ordinal) || n.Contains("PHOTO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_NewsLayout_KeepsTheStorysPeopleAndTheirRelations(string profile)
    {
        var drafts = Extract(profile);
        var people = drafts.SelectMany(d => d.Entities).Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var relations = drafts.SelectMany(d => d.Relations.Select(r => (d.Entities[r.Source].Name, r.Type, d.Entities[r.Target].Name))).ToList();

        new[] { "Ruth Okafor", "Tomas Reyes", "Maria Castillo", "Henrik Vale", "Ruth Avila" }.Except(people).ShouldBeEmpty();
        relations.ShouldContain(("Ruth Avila", RelationKind.Criticized, "Northwind Energy"));
    }
}
