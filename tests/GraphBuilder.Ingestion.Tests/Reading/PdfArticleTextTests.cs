using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Tests.Reading;

public sealed class PdfArticleTextTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ArticleFileReader _reader = new(Options.Create(new IngestionOptions()));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ReadAsync_TwoPagePdf_ReadsThePagesInOrderWithTheDocumentTitle()
    {
        var path = _directory.Write("vote.pdf", TestPdf.Build(
            "Council backs ferry plan",
            [
                "Senator Maria Alvarez criticized Northwind Energy on",
                "Monday over its plan for a gas termi-",
                "nal in Harbor City.",
                string.Empty,
                "Residents asked for public hearings.",
            ],
            ["Tomas Reyes replied on Tuesday that the permit was sound."]));

        var article = (await ReadAsync(path)).ShouldHaveSingleItem().Article.ShouldNotBeNull();

        article.Title.ShouldBe("Council backs ferry plan");
        article.Text.ShouldBe(
            "Senator Maria Alvarez criticized Northwind Energy on Monday over its plan for a gas terminal in Harbor City.\n\n"
            + "Residents asked for public hearings.\n\n"
            + "Tomas Reyes replied on Tuesday that the permit was sound.");
    }

    [Fact]
    public async Task ReadAsync_PdfWithoutTitle_TakesTheFileName()
    {
        var path = _directory.Write("harbor-report.pdf", TestPdf.Build(null, ["The Harbor Council approved the budget for the new ferry on Friday."]));

        var article = (await ReadAsync(path)).ShouldHaveSingleItem().Article.ShouldNotBeNull();

        article.Title.ShouldBe("harbor-report");
        article.Text.ShouldBe("The Harbor Council approved the budget for the new ferry on Friday.");
    }

    [Fact]
    public async Task ReadAsync_PdfWithNoText_FailsSayingSo()
    {
        var path = _directory.Write("scan.pdf", TestPdf.Build("Scanned page", []));

        var item = (await ReadAsync(path)).ShouldHaveSingleItem();

        item.Article.ShouldBeNull();
        item.Location.ShouldBe(path);
        item.Failure.ShouldNotBeNull().ShouldContain("no text in the PDF");
    }

    [Fact]
    public async Task ReadAsync_CorruptPdf_FailsAsDamaged()
    {
        var path = _directory.Write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a PDF body\n"u8.ToArray());

        var item = (await ReadAsync(path)).ShouldHaveSingleItem();

        item.Location.ShouldBe(path);
        item.Failure.ShouldNotBeNull().ShouldContain("damaged");
    }

    [Fact]
    public async Task ReadAsync_TextFileNamedPdf_FailsAsNotAPdf()
    {
        var path = _directory.Write("notes.pdf", "Harbor City council met on Monday to discuss the ferry.");

        (await ReadAsync(path)).ShouldHaveSingleItem().Failure.ShouldBe("not a PDF (no %PDF- header)");
    }

    [Fact]
    public async Task ReadAsync_EncryptedPdf_FailsAsEncrypted()
    {
        var path = _directory.Write("locked.pdf", TestPdf.Encrypted());

        var item = (await ReadAsync(path)).ShouldHaveSingleItem();

        item.Location.ShouldBe(path);
        item.Failure.ShouldNotBeNull().ShouldContain("encrypted");
    }

    [Fact]
    public void JoinLines_HyphenBeforeCapitalOrDigit_KeepsTheHyphenInOneWord()
    {
        PdfArticleText.JoinLines("a north-\nWest wind in 2025-\n26").ShouldBe("a north-West wind in 2025-26");
    }

    private async Task<List<SourceItem>> ReadAsync(string path)
    {
        var items = new List<SourceItem>();
        await foreach (var item in _reader.ReadAsync(path, "test", TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        return items;
    }
}
