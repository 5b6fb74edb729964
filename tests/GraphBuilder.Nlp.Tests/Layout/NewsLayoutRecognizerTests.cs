using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Layout;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Sentences;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Tests.Layout;

public sealed class NewsLayoutRecognizerTests
{
    private const string Story = "Mayor Ruth Okafor resigned on Sunday after the city council published an audit of the port authority and its dump of records.";

    private static Document Recognize(string text)
    {
        var pipeline = new NlpPipeline([new Tokenizer(), new SentenceSplitter(), new NewsLayoutRecognizer()]);
        return pipeline.Process(text);
    }

    private static IEnumerable<(LayoutKind, string)> Pieces(Document document) =>
        document.Layout.Select(l => (l.Kind, document.Slice(l.Span)));

    [Theory]
    [InlineData("By Jane Doe", LayoutKind.Byline)]
    [InlineData("By Lena Marsh, Staff Writer", LayoutKind.Byline)]
    [InlineData("CREDIT: HARBOR GAZETTE PHOTO/DANIEL BRANDT", LayoutKind.Credit)]
    [InlineData("REUTERS PHOTO/KOFI MENSAH", LayoutKind.Credit)]
    [InlineData("Image: David Brandt.", LayoutKind.Credit)]
    [InlineData("Source: Reuters | Harbor Gazette", LayoutKind.SourceLine)]
    [InlineData("PTI RKM ANU", LayoutKind.SourceLine)]
    [InlineData("IANS SKP", LayoutKind.SourceLine)]
    [InlineData("FOR IMMEDIATE RELEASE", LayoutKind.ReleaseLine)]
    [InlineData("Press Release", LayoutKind.ReleaseLine)]
    [InlineData("MEDIA STATEMENT", LayoutKind.ReleaseLine)]
    [InlineData("EMBARGOED UNTIL 00:01 CET, 16 JULY 2026", LayoutKind.ReleaseLine)]
    public void Process_FurnitureLine_IsOnePieceOfItsKind(string line, LayoutKind kind)
    {
        var document = Recognize(line + "\n\n" + Story);

        Pieces(document).ShouldBe([(kind, line)]);
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) — ", "WASHINGTON (Reuters) — Senator Ruth Avila spoke.")]
    [InlineData("WELLSTON, Oct. 4 (AP) - ", "WELLSTON, Oct. 4 (AP) - Dock workers walked off the job.")]
    [InlineData("BRUSSELS, Aug 12, 2026 (AFP) - ", "BRUSSELS, Aug 12, 2026 (AFP) - Belgian rider Lucas Verhoeven has been suspended.")]
    [InlineData("HARBOR CITY — ", "HARBOR CITY — The mayor resigned.")]
    [InlineData("PORT CALDER, Ore., April 11 (AP) - ", "PORT CALDER, Ore., April 11 (AP) - A tanker ran aground.")]
    [InlineData("ASTORIA, Ore. - ", "ASTORIA, Ore. - The two Democrats met.")]
    [InlineData("ALBANY, N.Y. — ", "ALBANY, N.Y. — The session closed.")]
    [InlineData("SANTA FE, New Mexico, Oct. 4 — ", "SANTA FE, New Mexico, Oct. 4 — The vote was close.")]
    [InlineData("MAP TA PHUT, Rayong, Thailand, June 4, 2027 (Siam Wire) — ", "MAP TA PHUT, Rayong, Thailand, June 4, 2027 (Siam Wire) — A pipeline ruptured.")]
    [InlineData("New Delhi, Nov 28 (PTI) ", "New Delhi, Nov 28 (PTI) The Competition Commission of India has ordered a probe.")]
    [InlineData("BENGALURU: ", "BENGALURU: FreshKart co-founder Ananya Iyer spoke on Saturday.")]
    public void Process_Dateline_IsThePrefixUpToItsDash(string dateline, string line)
    {
        var document = Recognize(line);

        Pieces(document).ShouldBe([(LayoutKind.Dateline, dateline.TrimEnd())]);
    }

    [Theory]
    [InlineData("UPDATE: The mayor resigned on Sunday.")]
    [InlineData("WATCH: The mayor resigned on Sunday.")]
    [InlineData("The mayor said, Nov 28 (PTI) was a busy day.")]
    [InlineData("TAX CUT DUE")]
    public void Process_LabelOrSentenceShapedLikeAFurnitureLine_IsNoFurniture(string line)
    {
        var document = Recognize(line + "\n\n" + Story);

        Pieces(document).ShouldNotContain(p => p.Item1 == LayoutKind.Dateline || p.Item1 == LayoutKind.SourceLine);
    }

    [Fact]
    public void Process_SpeakersLabelOpeningSeveralLines_IsNoDateline()
    {
        var document = Recognize("LEBLANC: I do. His plan is reckless.\n\nDOUCETTE: Thank you.\n\nLEBLANC: Thanks, Ellen.");

        Pieces(document).ShouldNotContain(p => p.Item1 == LayoutKind.Dateline);
    }

    [Theory]
    [InlineData("Workers gather at the gate. (Priya Nair, Associated Press)", "(Priya Nair, Associated Press)")]
    [InlineData("Ruth Avila speaks in Portland. Photo: Kofi Mensah/Reuters", "Photo: Kofi Mensah/Reuters")]
    public void Process_CreditClosingACaption_IsTheCreditOnly(string line, string credit)
    {
        var document = Recognize(line);

        Pieces(document).ShouldBe([(LayoutKind.Credit, credit)]);
    }

    [Theory]
    [InlineData("US - China trade talks resumed on Monday in Geneva.")]
    [InlineData("By Monday the strike was over.")]
    [InlineData("Senator Maria Lopez of New Mexico said on Tuesday that rates would stay unchanged.")]
    public void Process_StorySentence_IsNoFurniture(string line)
    {
        Recognize(line).Layout.ShouldBeEmpty();
    }

    [Fact]
    public void Process_TitleCaseHeadline_IsReadWithItsCommonWordsInLowerCase()
    {
        var document = Recognize("Okafor Resigns As Mayor In Wake Of Audit Dump\n\n" + Story);

        Pieces(document).ShouldBe([(LayoutKind.Headline, "Okafor Resigns As Mayor In Wake Of Audit Dump")]);
        document.CasedText.Length.ShouldBe(document.Text.Length);
        document.CasedText.ShouldStartWith("Okafor resigns as Mayor in wake of audit dump\n\n");
        document.CasedText[document.Text.IndexOf('\n', StringComparison.Ordinal)..].ShouldBe(document.Text[document.Text.IndexOf('\n', StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Process_TitleCaseHeadlineUnderAReleasesMarker_IsItsHeadline()
    {
        var document = Recognize("FOR IMMEDIATE RELEASE\n\nMeridian Geodata Statement on the Loss of Its Nordlys Satellites\n\n" + Story);

        Pieces(document).ShouldBe([
            (LayoutKind.ReleaseLine, "FOR IMMEDIATE RELEASE"),
            (LayoutKind.Headline, "Meridian Geodata Statement on the Loss of Its Nordlys Satellites"),
        ]);
    }

    [Fact]
    public void Process_SentenceCaseHeadline_IsLeftAlone()
    {
        var document = Recognize("Harbor City mayor resigns after audit\n\n" + Story);

        document.Layout.ShouldBeEmpty();
        document.CasedText.ShouldBe(document.Text);
    }
}
