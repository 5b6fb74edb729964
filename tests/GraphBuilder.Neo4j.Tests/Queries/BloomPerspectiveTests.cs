using System.Text.Json;
using System.Text.RegularExpressions;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Neo4j.Tests.Queries;

public sealed class BloomPerspectiveTests
{
    private static readonly string PerspectivePath = Path.Combine(AppContext.BaseDirectory, "cypher", "bloom", "graphbuilder-perspective.json");

    [Fact]
    public void Perspective_Json_ParsesWithTheKeysBloomImports()
    {
        using var document = Read();
        var root = document.RootElement;

        foreach (var key in new[] { "name", "id", "version", "categories", "labels", "relationshipTypes", "palette", "templates", "sceneActions", "hiddenRelationshipTypes", "hiddenCategories", "metadata" })
        {
            root.TryGetProperty(key, out _).ShouldBeTrue($"the perspective has '{key}'");
        }

        Guid.TryParse(root.GetProperty("id").GetString(), out _).ShouldBeTrue("the perspective's id is a UUID");
        root.GetProperty("metadata").GetProperty("pathSegments").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Categories_Perspective_OneForEveryLabelWithCaptionColourAndIcon()
    {
        using var document = Read();
        var categories = document.RootElement.GetProperty("categories").EnumerateArray().ToList();

        var labels = categories.SelectMany(c => c.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)).ToList();
        labels.ShouldBe([.. GraphVocabulary.EntityLabels, GraphVocabulary.ArticleLabel], ignoreOrder: true);
        categories.Select(c => c.GetProperty("id").GetInt32()).ShouldBeUnique();
        foreach (var category in categories)
        {
            var name = category.GetProperty("name").GetString();
            category.GetProperty("color").GetString().ShouldNotBeNull().ShouldMatch("^#[0-9A-Fa-f]{6}$", $"{name} has a colour");
            category.GetProperty("icon").GetString().ShouldNotBeNullOrWhiteSpace($"{name} has an icon");
            var captions = category.GetProperty("captionKeys").EnumerateArray().Select(k => k.GetString()!).ToList();
            captions.ShouldNotBeEmpty($"{name} has a caption");
            captions.ShouldAllBe(k => CypherText.PropertyKeys.Contains(k));
            document.RootElement.GetProperty("labels").TryGetProperty(category.GetProperty("labels")[0].GetString()!, out _).ShouldBeTrue($"{name}'s label is described under 'labels'");
        }
    }

    [Fact]
    public void RelationshipTypes_Perspective_AreExactlyTheVocabulary()
    {
        using var document = Read();
        var types = document.RootElement.GetProperty("relationshipTypes").EnumerateArray().ToList();

        types.Select(t => t.GetProperty("name").GetString()!).ShouldBe(CypherText.RelationshipTypes, ignoreOrder: true);
        foreach (var type in types)
        {
            type.TryGetProperty("size", out var size).ShouldBeTrue();
            size.GetDouble().ShouldBeGreaterThan(0);
            type.GetProperty("color").GetString().ShouldNotBeNull().ShouldMatch("^#[0-9A-Fa-f]{6}$");
        }
        foreach (var segment in document.RootElement.GetProperty("metadata").GetProperty("pathSegments").EnumerateArray())
        {
            CypherText.Labels.ShouldContain(segment.GetProperty("source").GetString()!);
            CypherText.RelationshipTypes.ShouldContain(segment.GetProperty("relationshipType").GetString()!);
            CypherText.Labels.ShouldContain(segment.GetProperty("target").GetString()!);
        }
    }

    [Fact]
    public void Templates_SearchPhrases_CoverTheMainQueriesWithDeclaredParameters()
    {
        using var document = Read();
        var templates = document.RootElement.GetProperty("templates").EnumerateArray().ToList();

        var texts = templates.Select(t => t.GetProperty("text").GetString()!).ToList();
        texts.ShouldContain("Profile of $name");
        texts.ShouldContain("Path between $a and $b");
        texts.ShouldContain("Relations of $name above $confidence");
        templates.Select(t => t.GetProperty("id").GetString()).ShouldBeUnique();
        foreach (var template in templates)
        {
            var text = template.GetProperty("text").GetString()!;
            var cypher = template.GetProperty("cypher").GetString()!;
            var inText = Regex.Matches(text, @"\$(\w+)").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
            var declared = template.GetProperty("params").EnumerateArray().Select(p => p.GetProperty("name").GetString()!.TrimStart('$')).Order(StringComparer.Ordinal).ToList();
            declared.ShouldBe(inText, customMessage: $"'{text}' declares each parameter of its phrase");
            CypherText.Parameters(cypher).Order(StringComparer.Ordinal).ToList().ShouldBe(inText, customMessage: $"'{text}' uses each parameter of its phrase and no other");
            template.GetProperty("isUpdateQuery").GetBoolean().ShouldBeFalse();
            CypherText.Structure(cypher).ShouldNotContain(';');
            CypherText.HasDynamicLabelOrType(cypher).ShouldBeFalse($"'{text}' takes no label or type from a parameter");
            CypherText.NodeLabels(cypher).ShouldAllBe(l => CypherText.Labels.Contains(l), $"'{text}' uses only the vocabulary's labels");
            CypherText.Types(cypher).ShouldAllBe(t => CypherText.RelationshipTypes.Contains(t), $"'{text}' uses only the vocabulary's types");
            CypherText.Properties(cypher).ShouldAllBe(k => CypherText.PropertyKeys.Contains(k), $"'{text}' reads only the model's properties");
        }
    }

    private static JsonDocument Read() => JsonDocument.Parse(File.ReadAllText(PerspectivePath));
}
