using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Nlp.Tests.Entities;

/// <summary>The <c>accurate</c> profile: the shipped entity model with MiniLM layer-3 features.</summary>
public sealed class AccurateEntityRecognizerTests
{
    private static readonly Lazy<NlpPipeline> Pipeline = new(() => EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Accurate }));

    [Fact]
    public void LoadEntities_AccurateProfile_LoadsTheContextualModel()
    {
        var model = EnglishPipeline.LoadEntities(new EmbeddedModelStore(), NlpProfile.Accurate);

        model.IsContextual.ShouldBeTrue();
        EnglishPipeline.LoadEntities(new EmbeddedModelStore(), NlpProfile.Fast).IsContextual.ShouldBeFalse();
    }

    [Fact]
    public void Process_ShortNewsText_FindsPeopleOrganisationsAndPlaces()
    {
        const string text = "Finance Minister Laura Bennett told reporters in Glasgow on Tuesday that Northwind Bank would cut "
            + "200 jobs. The bank's chief executive, Tomas Keller, said the Scottish government had been informed.";

        var document = Pipeline.Value.Process(text);
        var found = document.Entities.Select(e => (document.Slice(e.Span), e.Label)).ToHashSet();

        found.ShouldContain(("Laura Bennett", EntityLabel.Person));
        found.ShouldContain(("Tomas Keller", EntityLabel.Person));
        found.ShouldContain(("Glasgow", EntityLabel.Location));
        found.ShouldContain(("Northwind Bank", EntityLabel.Organization));
        document.Entities.ShouldAllBe(e => e.Extractor == "ner-accurate" && e.Confidence > 0 && e.Confidence <= 1);
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
}
