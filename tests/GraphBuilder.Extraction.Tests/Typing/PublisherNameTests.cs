using GraphBuilder.Extraction.Typing;

namespace GraphBuilder.Extraction.Tests.Typing;

public sealed class PublisherNameTests
{
    [Theory]
    [InlineData("https://en.wikinews.org/wiki/Wikinews_interviews_a_magician", "wikinews")]
    [InlineData("https://www.bbc.co.uk/news/world-123", "bbc")]
    [InlineData("https://www.abc.net.au/news/2024-01-01/story", "abc")]
    [InlineData("http://www.theglobeandmail.com/news/world/article1/", "theglobeandmail")]
    [InlineData("https://edition.cnn.com/2024/01/01/politics/story", "cnn")]
    public void SiteLabel_NewsAddress_IsTheSitesOwnLabel(string address, string label)
    {
        PublisherName.SiteLabel(address).ShouldBe(label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/data/news/article-1.txt")]
    [InlineData("file:///data/news/article-1.txt")]
    [InlineData("https://news.example/test")]
    [InlineData("https://127.0.0.1/story")]
    [InlineData("https://localhost/story")]
    public void SiteLabel_NoOutletsAddress_IsNull(string? address)
    {
        PublisherName.SiteLabel(address).ShouldBeNull();
    }

    [Theory]
    [InlineData("theglobeandmail", true, "The", "Globe", "and", "Mail")]
    [InlineData("wikinews", true, "Wikinews")]
    [InlineData("bbc", true, "BBC")]
    [InlineData("wikinews", false, "Wikinews", "Tuesday")]
    [InlineData("bbc", false, "BB")]
    public void Spells_Words_TellWhetherTheyRunTogetherIntoTheLabel(string label, bool expected, params string[] words)
    {
        PublisherName.Spells(words, label).ShouldBe(expected);
    }
}
