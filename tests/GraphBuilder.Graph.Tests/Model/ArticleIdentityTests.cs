using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Tests.Model;

public sealed class ArticleIdentityTests
{
    [Fact]
    public void For_SameUrlSpelledDifferently_GivesOneId()
    {
        var hash = ArticleIdentity.ContentHash("text");

        var a = ArticleIdentity.For("HTTPS://News.Example/a/b#comments", hash);
        var b = ArticleIdentity.For("https://news.example/a/b", hash);

        a.ShouldBe(b);
    }

    [Fact]
    public void For_NoUrl_UsesContentHash()
    {
        var id = ArticleIdentity.For(null, ArticleIdentity.ContentHash("some text"));

        id.ShouldStartWith("article:h-");
    }

    [Fact]
    public void For_SameUrlEditedText_KeepsId()
    {
        var before = ArticleIdentity.For("https://news.example/a", ArticleIdentity.ContentHash("first version"));
        var after = ArticleIdentity.For("https://news.example/a", ArticleIdentity.ContentHash("second version"));

        after.ShouldBe(before);
    }
}
