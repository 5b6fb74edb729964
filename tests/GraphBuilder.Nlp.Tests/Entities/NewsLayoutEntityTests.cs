using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Nlp.Tests.Entities;

public sealed class NewsLayoutEntityTests
{
    private static readonly Lazy<NlpPipeline> Fast = new(() => EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Fast }));
    private static readonly Lazy<NlpPipeline> Accurate = new(() => EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Accurate }));

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static List<(string File, Document Document)> Annotate(string profile) =>
        [.. Directory.GetFiles(RepositoryPaths.LayoutArticles, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), (profile == "fast" ? Fast : Accurate).Value.Process(File.ReadAllText(path))))];

    private static IEnumerable<string> Describe(string file, Document document) =>
        document.Entities.Select(e => $"{file}\t{e.Label}\t{document.Slice(e.Span)}");

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Process_NewsLayout_MatchesGoldenFile(string profile)
    {
        var expected = File.ReadAllLines(TestRepository.TestData($"news-layout-{profile}.expected.txt"));

        var found = Annotate(profile).SelectMany(a => Describe(a.File, a.Document));

        found.ShouldBe(expected);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Process_NewsLayout_GluesNoLayoutWordToAName(string profile)
    {
        var names = Annotate(profile).SelectMany(a => a.Document.Entities.Select(e => a.Document.Slice(e.Span))).ToList();

        names.ShouldNotContain(n => n.Split(' ', StringSplitOptions.None).Intersect(Weekdays).Any());
        names.ShouldNotContain(n => n.EndsWith(" May", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains('/', StringComparison.Ordinal) || n.Contains('|', StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains("Resigns", StringComparison.Ordinal) || n.Contains("Slams", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains("Wake", StringComparison.Ordinal) || n.Contains("Dump", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains("Writer", StringComparison.Ordinal) || n.Contains("PHOTO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Process_NameBeforeTheEndOfAQuotation_StopsThere(string profile)
    {
        // The cluster's wire story, where the fast recogniser had run "Aldous Petroleum," on into "Whitfield".
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.ClusterArticles("kestrel-bay"), "2026-04-11-wire-kestrel-bay-spill.txt"));
        var document = (profile == "fast" ? Fast : Accurate).Value.Process(text);

        var names = document.Entities.Select(e => document.Slice(e.Span)).ToList();

        names.ShouldContain("Aldous Petroleum");
        names.ShouldNotContain(n => n.Contains('"', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Process_NameInAShowLineOfDividers_StopsAtTheDivider(string profile)
    {
        // The cluster's programme page (read raw), whose show line had given "Funmi Oyekunle · Irawo" as one name.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.ClusterArticles("ogbomoso"), "2027-09-08-irawo-fm-straight-talk-obelle-iyaloja.md"));
        var document = (profile == "fast" ? Fast : Accurate).Value.Process(text);

        var names = document.Entities.Select(e => document.Slice(e.Span)).ToList();

        names.ShouldContain(n => n.StartsWith("Funmi Oyekunle", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.Contains('\u00B7', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Process_NameBeforeItsGlossInParentheses_StopsAtTheParenthesis(string profile)
    {
        // The cluster's wire story (read raw), whose accurate recogniser had run the English name into the Spanish one.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.ClusterArticles("atacama"), "2027-03-03-andeannewswire-chile-charges-lithium-miner.txt"));
        var document = (profile == "fast" ? Fast : Accurate).Value.Process(text);

        var names = document.Entities.Select(e => document.Slice(e.Span)).ToList();

        names.ShouldNotContain(n => n.Contains('(', StringComparison.Ordinal) || n.Contains(')', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Process_NewsLayout_StillFindsTheStorysNames(string profile)
    {
        var people = Annotate(profile)
            .SelectMany(a => a.Document.Entities.Where(e => e.Label == EntityLabel.Person).Select(e => a.Document.Slice(e.Span)))
            .ToHashSet(StringComparer.Ordinal);

        new[] { "Ruth Okafor", "Okafor", "Tomas Reyes", "Maria Castillo", "Henrik Vale", "Ruth Avila", "Avila" }.Except(people).ShouldBeEmpty();
    }
}
