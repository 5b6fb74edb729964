using GraphBuilder.Ingestion.Reading;

namespace GraphBuilder.Ingestion.Tests.Reading;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Convert_Markdown_TakesTitleKeepsItAsTheFirstLineAndRemovesMarkup()
    {
        const string Markdown = "# Alvarez speaks\n\n*Harbor City.* In an interview with the **Coastal Herald**, [Sen. Alvarez](https://x.example) spoke.\n\n- first point\n```\ncode\n```\n";

        var (text, title, _) = MarkdownText.Convert(Markdown);

        title.ShouldBe("Alvarez speaks");
        text.ShouldBe("Alvarez speaks\n\nHarbor City. In an interview with the Coastal Herald, Sen. Alvarez spoke.\n\nfirst point");
    }

    [Fact]
    public void Convert_TableOfLabelsAndValues_GivesALabelledLinePerRow()
    {
        const string Markdown = "| | |\n|---|---|\n| Programme | *Beira de Rio* |\n| Host | Ana Beatriz Cordeiro Vasconcelos |\n\nAfter the table.\n";

        var (text, _, _) = MarkdownText.Convert(Markdown);

        text.ShouldBe("Programme: Beira de Rio\nHost: Ana Beatriz Cordeiro Vasconcelos\n\nAfter the table.");
    }

    [Fact]
    public void Convert_WiderTable_GivesEachRowsCellsInOrder()
    {
        const string Markdown = "| Name | Role | Since |\n| :--- | :---: | ---: |\n| Nia Roberts | nurse | 2019 |\n";

        var (text, _, _) = MarkdownText.Convert(Markdown);

        text.ShouldBe("Name; Role; Since\nNia Roberts; nurse; 2019");
    }

    [Fact]
    public void Convert_FrontMatter_IsMetadataNotText()
    {
        const string Markdown = "---\ntitle: \"BlackHarrow returns\"\ndate: 2026-12-02\nauthor: Ironclad Forensics Threat Intelligence\ntags:\n  - ransomware\n---\n\nThe intrusion began in July.\n";

        var (text, title, published) = MarkdownText.Convert(Markdown);

        text.ShouldBe("The intrusion began in July.");
        title.ShouldBe("BlackHarrow returns");
        published.ShouldBe(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Convert_HeadingAndFrontMatterTitle_KeepsTheHeading()
    {
        var (_, title, _) = MarkdownText.Convert("---\ntitle: From the front matter\n---\n# From the heading\n\nText.");

        title.ShouldBe("From the heading");
    }

    [Fact]
    public void Convert_OpeningRuleWithoutFields_IsNoFrontMatter()
    {
        var (text, _, published) = MarkdownText.Convert("---\nA line of prose, not a field.\n---\nMore prose.");

        text.ShouldBe("A line of prose, not a field.\n\nMore prose.");
        published.ShouldBeNull();
    }
}
