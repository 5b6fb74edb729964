using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Mapping;

public sealed class MentionExtentTests
{
    private static Dictionary<string, string> SpansByName(string profile, string text, EntityKind? kind = EntityKind.Person)
    {
        return ShippedExtractors.Extract(profile, text).Entities
            .Where(e => kind is null || e.Kind == kind)
            .ToDictionary(e => e.Name, e => string.Join(" | ", e.Spans.Select(s => s.Text)), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_RoleNounBeforeAPersonsName_IsPartOfTheMentionButNotOfTheName(string profile)
    {
        var spans = SpansByName(profile, "The guests included actor Jason Beghe and the science fiction writer Ruth Avila.");

        spans["Jason Beghe"].ShouldBe("actor Jason Beghe");
        spans["Ruth Avila"].ShouldBe("science fiction writer Ruth Avila");
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_TimeNounOrVerbBeforeAPersonsName_IsNotPartOfTheMention(string profile)
    {
        var spans = SpansByName(profile, "Last week Maria Okafor said the council would vote. Reporters asked Daniel Brandt about it.");

        spans["Maria Okafor"].ShouldBe("Maria Okafor");
        spans["Daniel Brandt"].ShouldBe("Daniel Brandt");
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_ThingWithARolesEndingBeforeAPersonsName_IsNotPartOfTheMention(string profile)
    {
        var spans = SpansByName(profile, "Maria Okafor spoke first. In a recent paper Okafor and colleagues describe the government Daniel Brandt led.");

        spans["Maria Okafor"].ShouldBe("Maria Okafor | Okafor");
        spans["Daniel Brandt"].ShouldBe("Daniel Brandt");
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_TypeNounAfterAnOrganisationsName_IsPartOfTheMentionOnlyWhenItIsTheOrganisation(string profile)
    {
        var spans = SpansByName(profile, "The Reuters news agency reported the fire. Pictures on the Greenpeace website showed smoke.", kind: null);

        spans["Reuters"].ShouldBe("Reuters news agency");
        spans["Greenpeace"].ShouldBe("Greenpeace");
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_GivenNameThatIsACommonWord_StaysInThePersonsName(string profile)
    {
        var spans = SpansByName(profile, "Belgium started with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making early attempts.");

        spans.Keys.ShouldContain("Dries Mertens");
        spans.Keys.ShouldNotContain("Mertens");
    }
}
