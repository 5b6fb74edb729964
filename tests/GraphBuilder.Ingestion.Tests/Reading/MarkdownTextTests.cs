using GraphBuilder.Ingestion.Reading;

namespace GraphBuilder.Ingestion.Tests.Reading;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Convert_Markdown_TakesTitleKeepsItAsTheFirstLineAndRemovesMarkup()
    {
        const string Markdown = "# Alvarez speaks\n\n*Harbor City.* In an interview with the **Coastal Herald**, [Sen. Alvarez](https://x.example) spoke.\n\n- first point\n```\ncode\n```\n";

        var (text, title) = MarkdownText.Convert(Markdown);

        title.ShouldBe("Alvarez speaks");
        text.ShouldBe("Alvarez speaks\n\nHarbor City. In an interview with the Coastal Herald, Sen. Alvarez spoke.\n\nfirst point");
    }
}
