using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GraphBuilder.Ingestion.Tests.Reading;

/// <summary>
/// Builds PDFs in the test with PdfPig's writer: each page a list of printed lines in Helvetica.
/// </summary>
internal static class TestPdf
{
    public static byte[] Build(string? title, params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(595, 842);
            var y = 780.0;
            foreach (var line in lines)
            {
                // An empty line leaves a gap, as between paragraphs.
                if (line.Length > 0)
                {
                    page.AddText(line, 11, new PdfPoint(50, y), font);
                }

                y -= line.Length > 0 ? 15 : 30;
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose trailer says it is encrypted with the standard handler, for a password no one knows.</summary>
    public static byte[] Encrypted()
    {
        var bytes = Build("Secret", ["Senator Maria Alvarez spoke in Harbor City on Monday."]);
        var text = Encoding.Latin1.GetString(bytes);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        var owner = new string('A', 64);
        var user = new string('B', 64);
        var encrypt = $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{owner}> /U <{user}> >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        return Encoding.Latin1.GetBytes(text.Insert(open + 2, " " + encrypt));
    }
}
