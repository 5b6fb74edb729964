using System.Text;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Tests.Transformers;

public sealed class WordPieceTokenizerTests
{
    private static readonly Lazy<WordPieceTokenizer> MiniLm = new(MiniLmEncoder.LoadTokenizer);

    private static WordPieceTokenizer Small()
    {
        var vocabulary = "[PAD]\n[UNK]\n[CLS]\n[SEP]\nun\n##aff\n##able\nwant\n##ed\n,\nrunning\nrun\n##ning\n.\ncom\n";
        return WordPieceTokenizer.Load(new MemoryStream(Encoding.UTF8.GetBytes(vocabulary)));
    }

    private static List<int> Ids(WordPieceTokenizer tokenizer, string text)
    {
        var ids = new List<int>();
        tokenizer.Tokenize(text, ids);
        return ids;
    }

    [Fact]
    public void Load_SpecialTokens_TakeTheirLineNumbers()
    {
        var tokenizer = Small();

        tokenizer.Padding.ShouldBe(0);
        tokenizer.Unknown.ShouldBe(1);
        tokenizer.Classify.ShouldBe(2);
        tokenizer.Separator.ShouldBe(3);
    }

    [Theory]
    [InlineData("unaffable", new[] { 4, 5, 6 })]
    [InlineData("wanted", new[] { 7, 8 })]
    [InlineData("running", new[] { 10 })]
    [InlineData("RUNNING", new[] { 10 })]
    [InlineData("wanted,", new[] { 7, 8, 9 })]
    [InlineData("un.com", new[] { 4, 13, 14 })]
    public void Tokenize_KnownPieces_TakesTheLongestMatchFirst(string word, int[] expected)
    {
        Ids(Small(), word).ShouldBe(expected);
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("runnin")]
    public void Tokenize_WordThatCannotBeMatched_IsOneUnknownPiece(string word)
    {
        Ids(Small(), word).ShouldBe([1]);
    }

    [Fact]
    public void Tokenize_EmptyOrControlCharacters_GivesNoPieces()
    {
        Ids(Small(), string.Empty).ShouldBeEmpty();
        Ids(Small(), "\u200B\u0001").ShouldBeEmpty();
    }

    [Fact]
    public void Tokenize_WordLongerThan100Characters_IsUnknown()
    {
        Ids(Small(), new string('a', 101)).ShouldBe([1]);
    }

    [Fact]
    public void Load_MiniLmVocabulary_HasBertSpecialIds()
    {
        var tokenizer = MiniLm.Value;

        tokenizer.Padding.ShouldBe(0);
        tokenizer.Unknown.ShouldBe(100);
        tokenizer.Classify.ShouldBe(101);
        tokenizer.Separator.ShouldBe(102);
    }

    [Theory]
    [InlineData("the", new[] { 1996 })]
    [InlineData("The", new[] { 1996 })]
    [InlineData("Moscow", new[] { 4924 })]
    [InlineData("Example.com", new[] { 2742, 1012, 4012 })]
    [InlineData("Café", new[] { 7668 })]
    [InlineData("ZÜRICH", new[] { 10204 })]
    [InlineData("Pérez", new[] { 10730 })]
    [InlineData("TUESDAY", new[] { 9857 })]
    [InlineData("shows", new[] { 3065 })]
    public void Tokenize_MiniLmVocabulary_LowercasesStripsAccentsAndSplitsPunctuation(string word, int[] expected)
    {
        Ids(MiniLm.Value, word).ShouldBe(expected);
    }
}
