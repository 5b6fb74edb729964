using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Sentences;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        return [.. sentences.Select(s => s.Span.Slice(text))];
    }

    [Fact]
    public void Split_TwoPlainSentences_ReturnsTwo()
    {
        var sentences = Split("The council met on Monday. It approved the budget.");

        sentences.ShouldBe(["The council met on Monday.", "It approved the budget."]);
    }

    [Fact]
    public void Split_AbbreviationBeforeCapital_KeepsOneSentence()
    {
        var sentences = Split("Sen. Maria Lopez and Dr. Alan Brooks spoke to Gov. Reed on Tuesday.");

        sentences.Length.ShouldBe(1);
    }

    [Fact]
    public void Split_InitialInName_KeepsOneSentence()
    {
        var sentences = Split("The author, John F. Kennedy Jr., wrote it.");

        sentences.Length.ShouldBe(1);
    }

    [Fact]
    public void Split_IndonesianHajjahAbbreviated_KeepsOneSentence()
    {
        var sentences = Split("Dewi Lestari met Hj. Siti Rahmawati in Lelilef on Friday.");

        sentences.Length.ShouldBe(1);
    }

    [Fact]
    public void Split_GulfEngineersTitleAbbreviated_KeepsOneSentence()
    {
        var sentences = Split("Maryam al-Balushi interviewed Eng. Tariq al-Ghailani on Sunday.");

        sentences.Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("Ece Nazlı Kaplan interviewed Av. Gizem Naz Ekinci on Saturday.")]
    [InlineData("The biologist Doç. Tamer Oğuz Balcı took samples.")]
    public void Split_TurkishTitleAbbreviated_KeepsOneSentence(string text)
    {
        var sentences = Split(text);

        sentences.Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("The plant is run by Salinex Chemia Sp. z o.o., a maker of industrial salt.")]
    [InlineData("Tests found Prymnesium sp. in the water below the outfall.")]
    public void Split_PolishCompanyFormOrSpecies_KeepsOneSentence(string text)
    {
        var sentences = Split(text);

        sentences.Length.ShouldBe(1);
    }

    [Fact]
    public void Split_AbbreviationEndingSentence_SplitsBeforeStarter()
    {
        var sentences = Split("The firm moved to the U.S. The move cost millions.");

        sentences.ShouldBe(["The firm moved to the U.S.", "The move cost millions."]);
    }

    [Fact]
    public void Split_QuoteAfterPeriod_StaysWithSentence()
    {
        var sentences = Split("\"We will not resign.\" The minister left the room.");

        sentences.ShouldBe(["\"We will not resign.\"", "The minister left the room."]);
    }

    [Fact]
    public void Split_QuestionInQuoteThenLowercase_KeepsOneSentence()
    {
        var sentences = Split("\"Why now?\" she asked reporters.");

        sentences.Length.ShouldBe(1);
    }

    [Fact]
    public void Split_Dateline_IsItsOwnSentenceAndDoesNotBreakAtDay()
    {
        var sentences = Split("NEW YORK, June 15. /TASS/. The committee met. Its chair resigned.");

        sentences.ShouldBe(["NEW YORK, June 15. /TASS/.", "The committee met.", "Its chair resigned."]);
    }

    [Fact]
    public void Split_ParagraphBreakWithoutPunctuation_Splits()
    {
        var sentences = Split("Election results delayed\n\nOfficials counted ballots overnight.");

        sentences.ShouldBe(["Election results delayed", "Officials counted ballots overnight."]);
    }

    [Fact]
    public void Process_Document_CoversEveryTokenOnce()
    {
        var document = new Document("One. Two! Three?");
        new Tokenizer().Process(document);

        new SentenceSplitter().Process(document);

        document.Sentences.Sum(s => s.TokenCount).ShouldBe(document.Tokens.Count);
        document.Sentences.Select(s => s.Index).ShouldBe([0, 1, 2]);
    }
}
