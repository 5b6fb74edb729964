using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Queue.Nats.Tests;

public sealed class WorkMessagesTests
{
    [Fact]
    public void Id_SameItemListedTwice_IsTheSame()
    {
        var item = SourceItem.Of(new ArticleInput("/news/a.txt", "local", "Maria Alvarez met Tomas Reyes in Harbor City."));

        WorkMessages.Id(WorkMessages.From(item)).ShouldBe(WorkMessages.Id(WorkMessages.From(item)));
    }

    [Fact]
    public void Id_ChangedText_Differs()
    {
        var before = SourceItem.Of(new ArticleInput("/news/a.txt", "local", "Maria Alvarez met Tomas Reyes in Harbor City."));
        var after = SourceItem.Of(new ArticleInput("/news/a.txt", "local", "Maria Alvarez met Tomas Reyes in Port Ellis."));

        WorkMessages.Id(WorkMessages.From(before)).ShouldNotBe(WorkMessages.Id(WorkMessages.From(after)));
    }

    [Fact]
    public void Deserialize_RoundTrip_GivesTheSameItem()
    {
        var item = SourceItem.Of(new ArticleInput("/news/a.txt", "local", "Text of the article.") { Title = "A", PublishedAt = DateTimeOffset.UnixEpoch });

        var back = WorkMessages.ToItem(WorkMessages.Deserialize(WorkMessages.Serialize(WorkMessages.From(item)))!);

        back.ShouldBe(item);
    }

    [Fact]
    public void Deserialize_NotAWorkMessage_GivesNull()
    {
        WorkMessages.Deserialize("{\"x\":1}"u8.ToArray()).ShouldBeNull();
        WorkMessages.Deserialize([0xFF, 0x00]).ShouldBeNull();
    }
}
