using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Typing;

/// <summary>
/// The repairs <see cref="EntityTypeRefiner"/> makes to names the recogniser cut or ran on, given the readings it gave
/// the hualien-taroko and rayong-map-ta-phut clusters' stories (which a short text does not always reproduce).
/// </summary>
public sealed class NameRepairTests
{
    private const string Dateline = "MAP TA PHUT, Rayong, Thailand, June 4, 2027 (Siam Wire) —";

    [Fact]
    public void Process_NameRunOnOverASemicolon_IsCutThere()
    {
        var document = new DocumentBuilder("Guests: Yudaw Pisaw, chairman of the Skadu Tribal Council; Lin Mei-hua, executive director of Taroko Mountain Watch")
            .Entity("Yudaw Pisaw", EntityKind.Person)
            .Entity("Skadu Tribal Council; Lin Mei", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.Select(e => document.Slice(e.Span)).ShouldContain("Skadu Tribal Council");
        document.Entities.ShouldNotContain(e => document.Slice(e.Span).Contains(';', StringComparison.Ordinal));
    }

    [Fact]
    public void Process_GroupsNameCutAfterAHyphenatedWord_GoesOnOverItsHead()
    {
        var document = new DocumentBuilder("said Wichai Saengthong, 64, who heads the Khlong Pla Kot Small-Scale Fishers Group, an association of boat owners.")
            .Entity("Wichai Saengthong", EntityKind.Person)
            .Entity("Khlong Pla Kot Small-Scale", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.Select(e => document.Slice(e.Span)).ShouldContain("Khlong Pla Kot Small-Scale Fishers Group");
    }

    [Fact]
    public void Process_DatelinesRegionsReadAsBodies_ArePlaces()
    {
        var document = new DocumentBuilder("MAP TA PHUT, Rayong, Thailand, June 4, 2027 (Siam Wire) — A pipeline ruptured at the plant.")
            .Entity("MAP TA PHUT", EntityKind.Location)
            .Entity("Rayong", EntityKind.Organization)
            .Entity("Thailand", EntityKind.Organization)
            .Entity("Siam Wire", EntityKind.Organization)
            .Build();
        document.Annotated.SetLayout([new LayoutSpan(LayoutKind.Dateline, new TextSpan(0, Dateline.Length))]);

        new EntityTypeRefiner().Process(document);

        document.Entities.Single(e => document.Slice(e.Span) == "Rayong").Kind.ShouldBe(EntityKind.Location);
        document.Entities.Single(e => document.Slice(e.Span) == "Thailand").Kind.ShouldBe(EntityKind.Location);
        document.Entities.Single(e => document.Slice(e.Span) == "Siam Wire").Kind.ShouldBe(EntityKind.Organization);
    }

    [Fact]
    public void Process_DatelinesTownRunOnOverItsComma_IsTheTownAndTheRegion()
    {
        var document = new DocumentBuilder("MAP TA PHUT, Rayong, Thailand, June 4, 2027 (Siam Wire) — A pipeline ruptured at the plant.")
            .Entity("TA PHUT, Rayong", EntityKind.Organization)
            .Build();
        document.Annotated.SetLayout([new LayoutSpan(LayoutKind.Dateline, new TextSpan(0, Dateline.Length))]);

        new EntityTypeRefiner().Process(document);

        document.Entities.ShouldContain(e => document.Slice(e.Span) == "MAP TA PHUT" && e.Kind == EntityKind.Location);
        document.Entities.ShouldContain(e => document.Slice(e.Span) == "Rayong" && e.Kind == EntityKind.Location);
    }
}
