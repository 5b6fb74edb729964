using System.Net;
using System.Text.Json;

namespace GraphBuilder.Explorer.Tests;

public sealed class ExplorerApiTests(StoreFixture store) : IClassFixture<StoreFixture>, IDisposable
{
    private readonly ExplorerFactory _factory = new(store.Path);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Search_WordPrefixOfAName_ListsTheEntityInMostArticlesFirst()
    {
        var root = await GetJsonAsync("/api/search?q=puti");

        var ids = root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        ids[0].ShouldBe("person:vladimir-putin");
        ids.ShouldContain("work:the-putin-interviews");
        root.GetProperty("items")[0].GetProperty("articles").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Search_OneTypo_FindsTheEntityAsApproximate()
    {
        var root = await GetJsonAsync("/api/search?q=Merkle");

        var hit = root.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        hit.GetProperty("id").GetString().ShouldBe("person:angela-merkel");
        hit.GetProperty("approximate").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Search_TypeAndPage_FiltersAndPages()
    {
        var first = await GetJsonAsync("/api/search?q=s&type=Person&limit=1");
        var second = await GetJsonAsync("/api/search?q=s&type=Person&limit=1&offset=1");

        first.GetProperty("items").GetArrayLength().ShouldBe(1);
        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        second.GetProperty("offset").GetInt32().ShouldBe(1);
        second.GetProperty("items")[0].GetProperty("id").GetString().ShouldNotBe(first.GetProperty("items")[0].GetProperty("id").GetString());
        first.GetProperty("items")[0].GetProperty("type").GetString().ShouldBe("Person");
    }

    [Fact]
    public async Task Search_UnknownType_IsBadRequest()
    {
        using var client = _factory.CreateClient();

        (await client.GetAsync("/api/search?q=Putin&type=Planet")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Entity_Putin_HasInterviewedFromStoneWithTheSentenceAndBothNames()
    {
        var root = await GetJsonAsync("/api/entities/person:vladimir-putin");

        root.GetProperty("name").GetString().ShouldBe("Vladimir Putin");
        root.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain("Putin");
        var group = root.GetProperty("relations").EnumerateArray().Single(g => g.GetProperty("type").GetString() == "INTERVIEWED");
        var relation = group.GetProperty("relations").EnumerateArray().ShouldHaveSingleItem();
        relation.GetProperty("source").GetProperty("id").GetString().ShouldBe("person:oliver-stone");
        relation.GetProperty("source").GetProperty("name").GetString().ShouldBe("Oliver Stone");
        var evidence = relation.GetProperty("evidence").EnumerateArray().ShouldHaveSingleItem();
        evidence.GetProperty("sentence").GetString().ShouldBe(WrittenArticles.InterviewSentence);
        evidence.GetProperty("article").GetString().ShouldBe(WrittenArticles.InterviewId);
        var names = evidence.GetProperty("names").EnumerateArray().Select(n => (n.GetProperty("entity").GetString(), n.GetProperty("start").GetInt32(), n.GetProperty("end").GetInt32())).ToList();
        names.ShouldBe([("person:oliver-stone", 0, 12), ("person:vladimir-putin", 25, 39)]);
    }

    [Fact]
    public async Task Entity_RelationsPaged_GivesEachRelationOnce()
    {
        var first = await GetJsonAsync("/api/entities/person:vladimir-putin?limit=1");
        var second = await GetJsonAsync("/api/entities/person:vladimir-putin?limit=1&offset=1");

        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        second.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        var types = new[] { first, second }.SelectMany(p => p.GetProperty("relations").EnumerateArray().Select(g => g.GetProperty("type").GetString())).ToList();
        types.ShouldBe(["INTERVIEWED", "MET"]);
    }

    [Fact]
    public async Task Entity_Unknown_IsNotFound()
    {
        using var client = _factory.CreateClient();

        (await client.GetAsync("/api/entities/person:nobody")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Neighbourhood_DepthTwoFromMerkel_ReachesStoneThroughPutin()
    {
        var root = await GetJsonAsync("/api/entities/person:angela-merkel/neighbourhood?depth=2");

        var nodes = root.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("depth").GetInt32());
        nodes["person:angela-merkel"].ShouldBe(0);
        nodes["person:vladimir-putin"].ShouldBe(1);
        nodes["person:oliver-stone"].ShouldBe(2);
        root.GetProperty("truncated").GetBoolean().ShouldBeFalse();
        root.GetProperty("edges").EnumerateArray().ShouldContain(e => e.GetProperty("type").GetString() == "INTERVIEWED");
    }

    [Fact]
    public async Task Neighbourhood_NodeCap_CutsTheLeastMentionedAndSaysSo()
    {
        var root = await GetJsonAsync("/api/entities/person:vladimir-putin/neighbourhood?depth=2&maxNodes=2");

        var nodes = root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        nodes.Count.ShouldBe(2);
        nodes[0].ShouldBe("person:vladimir-putin");
        root.GetProperty("truncated").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Neighbourhood_Filters_KeepOnlyWhatPasses()
    {
        var byType = await GetJsonAsync("/api/entities/person:vladimir-putin/neighbourhood?types=MET");
        var byConfidence = await GetJsonAsync("/api/entities/person:vladimir-putin/neighbourhood?minConfidence=0.8");
        var byDate = await GetJsonAsync("/api/entities/person:vladimir-putin/neighbourhood?from=2017-06-20");

        Types(byType).ShouldBe(["MET"]);
        Types(byConfidence).ShouldBe(["INTERVIEWED"]);
        Types(byDate).ShouldBe(["MET"]);
    }

    [Fact]
    public async Task Explain_Putin_GivesAliasesAndDecisions()
    {
        var root = await GetJsonAsync("/api/entities/person:vladimir-putin/explain");

        root.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain("Putin");
        root.GetProperty("decisions").GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Article_Interview_GivesTextMentionSpansAndEvidence()
    {
        var root = await GetJsonAsync("/api/articles/" + WrittenArticles.InterviewId);

        var text = root.GetProperty("text").GetString()!;
        root.GetProperty("title").GetString().ShouldBe("Stone talks to Putin");
        text.ShouldStartWith(WrittenArticles.InterviewSentence);
        foreach (var mention in root.GetProperty("mentions").EnumerateArray())
        {
            text[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()].ShouldBe(mention.GetProperty("text").GetString());
        }

        var mentions = root.GetProperty("mentions").EnumerateArray().Select(m => (m.GetProperty("text").GetString(), m.GetProperty("entity").GetProperty("id").GetString())).ToList();
        mentions.ShouldContain(("The Putin Interviews", "work:the-putin-interviews"));
        mentions.ShouldContain(("Putin", "person:vladimir-putin"));
        root.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ShouldBe(["INTERVIEWED", "AIRED_ON"]);
    }

    [Fact]
    public async Task Status_WrittenStore_CountsTheGraphAndTheLedger()
    {
        var root = await GetJsonAsync("/api/status");

        root.GetProperty("articles").GetInt32().ShouldBe(3);
        root.GetProperty("ledger").GetProperty("ingested").GetInt32().ShouldBe(3);
        root.GetProperty("relations").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryEndpoint()
    {
        var root = await GetJsonAsync("/openapi/v1.json");

        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldBe(
            ["/api/search", "/api/entities/{id}", "/api/entities/{id}/neighbourhood", "/api/entities/{id}/explain", "/api/articles/{id}", "/api/status"],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/entities/person:vladimir-putin")]
    [InlineData("/articles/article:u-interview")]
    public async Task Page_DeepLinks_AnswerWithTheHtmlPage(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("GraphBuilder");
    }

    private static List<string?> Types(JsonElement root) =>
        [.. root.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Distinct()];

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
