using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Reads the text of a PDF with PdfPig: pages in order, each page's letters in the order the document draws them,
/// lines of a paragraph joined with spaces (a word hyphenated across a line break joined again), paragraphs and pages
/// separated by blank lines; the title from the document information when it has one.
/// </summary>
internal static class PdfArticleText
{
    private static ReadOnlySpan<byte> Header => "%PDF-"u8;

    /// <summary>Reads a PDF's text.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="cancellationToken">A token checked between pages.</param>
    /// <returns>The text and title, or why there is none.</returns>
    public static (string? Text, string? Title, string? Failure) Read(byte[] bytes, CancellationToken cancellationToken)
    {
        // Look for the header near the start, as readers do, so a text file renamed .pdf gets a plain reason.
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf(Header) < 0)
        {
            return (null, null, "not a PDF (no %PDF- header)");
        }

        try
        {
            using var document = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var pageText = JoinLines(ContentOrderTextExtractor.GetText(page, addDoubleNewline: true));
                if (pageText.Length > 0)
                {
                    text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(pageText);
                }
            }

            var title = document.Information.Title is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            return text.Length == 0
                ? (null, title, string.Create(
                    CultureInfo.InvariantCulture,
                    $"no text in the PDF ({document.NumberOfPages} pages of images or drawings; scanned pages need OCR first)"))
                : (text.ToString(), title, null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, null, "the PDF is encrypted and needs a password; save an unprotected copy");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig reports damage through many exception types; each is a reason to fail the file, not the run.
            return (null, null, $"the PDF is damaged or unreadable: {exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>Joins the lines of a page's text into paragraphs.</summary>
    /// <param name="pageText">The page's text, a line per line of print, blank lines between paragraphs.</param>
    /// <returns>The paragraphs, separated by blank lines.</returns>
    internal static string JoinLines(string pageText)
    {
        var result = new StringBuilder(pageText.Length);
        var paragraphStart = true;
        foreach (var rawLine in pageText.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                if (!paragraphStart)
                {
                    result.Append("\n\n");
                    paragraphStart = true;
                }

                continue;
            }

            if (!paragraphStart)
            {
                // "extrac-" + "tion" is one word; "north-" + "West" and "2025-" + "26" keep their hyphen, still one word.
                var brokenWord = result.Length > 1 && result[^1] == '-' && char.IsLetterOrDigit(result[^2]);
                if (brokenWord && char.IsLower(line[0]))
                {
                    result.Length--;
                }
                else if (!brokenWord)
                {
                    result.Append(' ');
                }
            }

            result.Append(line);
            paragraphStart = false;
        }

        return result.ToString().TrimEnd();
    }
}
