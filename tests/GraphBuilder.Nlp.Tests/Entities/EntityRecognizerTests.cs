using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Nlp.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static readonly Lazy<NlpPipeline> Pipeline = new(() => EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Fast }));

    private static IEnumerable<string> Describe(Document document) =>
        document.Entities.Select(e => $"{e.Label}\t{document.Slice(e.Span)}");

    [Fact]
    public void Process_ShippedModelOnNewsText_MatchesGoldenFile()
    {
        var text = File.ReadAllText(TestRepository.TestData("news-entities.txt"));
        var expected = File.ReadAllLines(TestRepository.TestData("news-entities.expected.txt"));

        var document = Pipeline.Value.Process(text);

        Describe(document).ShouldBe(expected);
    }

    [Fact]
    public void Process_ShippedModel_GivesConfidencesInUnitInterval()
    {
        var document = Pipeline.Value.Process("Chancellor Angela Merkel met French President Emmanuel Macron in Berlin.");

        document.Entities.ShouldNotBeEmpty();
        document.Entities.ShouldAllBe(e => e.Confidence > 0 && e.Confidence <= 1);
        document.Entities.ShouldAllBe(e => e.Extractor == "ner-fast");
    }

    [Fact]
    public void Process_SampleArticle_FindsItsNamesWithTheirLabels()
    {
        var path = RepositoryPaths.RequireTassSample();

        var document = Pipeline.Value.Process(File.ReadAllText(path));
        var found = document.Entities.Select(e => (document.Slice(e.Span), e.Label)).ToHashSet();

        found.ShouldContain(("Vladimir Putin", EntityLabel.Person));
        found.ShouldContain(("Oliver Stone", EntityLabel.Person));
        found.ShouldContain(("Democratic National Committee", EntityLabel.Organization));
        found.ShouldContain(("WikiLeaks", EntityLabel.Organization));
        found.ShouldContain(("Clinton", EntityLabel.Person));
        found.ShouldContain(("Bernie Sanders", EntityLabel.Person));
        found.ShouldContain(("Debbie Wasserman Schultz", EntityLabel.Person));
        found.ShouldContain(("Salon.com", EntityLabel.Organization));
        found.ShouldContain(("Showtime", EntityLabel.Organization));
    }

    [Fact]
    public void Process_HyphenatedNames_KeepsThemWholeButNotEnglishCompounds()
    {
        var document = Pipeline.Value.Process("Kim Jong-un met Jean-Claude Juncker and Hau Lung-bin to discuss the Obama-era rules.");
        var names = document.Entities.Select(e => document.Slice(e.Span)).ToList();

        names.ShouldContain("Kim Jong-un");
        names.ShouldContain("Jean-Claude Juncker");
        names.ShouldNotContain(n => n.Contains("-era", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PER", EntityLabel.Person)]
    [InlineData("ORG", EntityLabel.Organization)]
    [InlineData("LOC", EntityLabel.Location)]
    [InlineData("MISC", EntityLabel.Miscellaneous)]
    public void LabelOf_ConllType_MapsToEntityLabel(string type, EntityLabel label)
    {
        EntityRecognizer.LabelOf(type).ShouldBe(label);
    }
}
