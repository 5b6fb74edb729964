using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Tests.Tokenization;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Sen. Maria Lopez met Gov. Tom Reed.", "Sen.|Maria|Lopez|met|Gov.|Tom|Reed|.")]
    [InlineData("Engr. Rogelio Villamor met Coun. Abellanosa.", "Engr.|Rogelio|Villamor|met|Coun.|Abellanosa|.")]
    [InlineData("The U.S. economy grew.", "The|U.S.|economy|grew|.")]
    [InlineData("Acme Inc. said on Monday it would hire.", "Acme|Inc.|said|on|Monday|it|would|hire|.")]
    [InlineData("Austurlax hf. and Héraðslögmenn ehf. said", "Austurlax|hf.|and|Héraðslögmenn|ehf.|said")]
    [InlineData("The report ran on Salon.com last week.", "The|report|ran|on|Salon.com|last|week|.")]
    [InlineData("The mayor's office and the workers' union", "The|mayor|'s|office|and|the|workers|'|union")]
    [InlineData("Putin’s answers", "Putin|’s|answers")]
    [InlineData("They don't know and can't say.", "They|do|n't|know|and|ca|n't|say|.")]
    [InlineData("a well-known 15-year-old", "a|well|-|known|15|-|year|-|old")]
    [InlineData("a re-election and an e-mail leak", "a|re-election|and|an|e-mail|leak")]
    [InlineData("“We will win,” she said—again.", "“|We|will|win|,|”|she|said|—|again|.")]
    [InlineData("\"No,\" he said.", "\"|No|,|\"|he|said|.")]
    [InlineData("more than 19,000 e-mails and 3.5 million dollars", "more|than|19,000|e-mails|and|3.5|million|dollars")]
    [InlineData("prices rose 4.2% to $1,250 (about 20%)", "prices|rose|4.2|%|to|$|1,250|(|about|20|%|)")]
    [InlineData("on 2017-06-15 and 06/15/2017", "on|2017-06-15|and|06/15/2017")]
    [InlineData("See https://example.org/news?id=4, or www.example.com.", "See|https://example.org/news?id=4|,|or|www.example.com|.")]
    [InlineData("Write to press.office@example.org today.", "Write|to|press.office@example.org|today|.")]
    [InlineData("NEW YORK, June 15. /TASS/. Officials said", "NEW|YORK|,|June|15|.|/|TASS|/|.|Officials|said")]
    [InlineData("Wait... what?! Really?", "Wait|...|what|?!|Really|?")]
    [InlineData("the 2016–2017 season", "the|2016|–|2017|season")]
    [InlineData("on RTÉ Radio 1's Morning Ireland", "on|RTÉ|Radio|1|'s|Morning|Ireland")]
    [InlineData("memorabilia from the 70's and 80's. No under 12's.", "memorabilia|from|the|70's|and|80's|.|No|under|12's|.")]
    public void Tokenize_NewsPhenomenon_ProducesExpectedTokens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text).Select(span => span.Slice(text));

        string.Join('|', tokens).ShouldBe(expected);
    }

    [Fact]
    public void Tokenize_AnyText_SpansPointIntoUntouchedText()
    {
        const string text = "  Mr. Smith’s\tcompany, Acme Corp., grew 5%.\n";

        var spans = Tokenizer.Tokenize(text);

        spans.ShouldAllBe(span => span.Start >= 0 && span.End <= text.Length && !span.IsEmpty);
        spans.Zip(spans.Skip(1)).ShouldAllBe(pair => pair.First.End <= pair.Second.Start);
        string.Concat(spans.Select(s => s.Slice(text))).ShouldBe(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
    }

    [Fact]
    public void Process_Document_SetsIndexedTokens()
    {
        var document = new Document("Putin spoke.");

        new Tokenizer().Process(document);

        document.Tokens.Select(t => t.Index).ShouldBe([0, 1, 2]);
        document.TokenText(1).ShouldBe("spoke");
    }
}
