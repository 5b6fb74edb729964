using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Tests.Parsing;

/// <summary>
/// Pins arcs the shipped model must give on news sentences written for the project. UD makes the first word of a
/// name its head (<c>Vladimir</c>, with <c>Putin</c> as <c>flat</c>), and the person told something in a clause an
/// <c>iobj</c>.
/// </summary>
public sealed class DependencyParserTests
{
    private static readonly Lazy<NlpPipeline> Pipeline = new(() => EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Fast, Parse = true }));

    [Theory]
    [InlineData("Russian President Vladimir Putin told the filmmaker that he did not interfere.", "Vladimir nsubj told|Putin flat Vladimir|filmmaker iobj told|interfere ccomp told|told root -|he nsubj interfere|not advmod interfere")]
    [InlineData("The committee's chairperson resigned on Sunday after the leak.", "chairperson nsubj resigned|committee nmod:poss chairperson|Sunday obl resigned|leak obl resigned|resigned root -")]
    [InlineData("Senator Maria Alvarez criticized the new budget in a speech.", "Maria nsubj criticized|Alvarez flat Maria|budget obj criticized|new amod budget")]
    [InlineData("The documentary, which aired on Showtime, was directed by Oliver Stone.", "documentary nsubj:pass directed|Showtime obl aired|Oliver obl:agent directed|Stone flat Oliver|directed root -")]
    public void Process_NewsSentence_GivesExpectedArcs(string text, string expected)
    {
        var document = Pipeline.Value.Process(text);

        var arcs = document.Dependencies!;
        foreach (var arc in expected.Split('|'))
        {
            var parts = arc.Split(' ');
            var dependent = Index(document, parts[0]);
            var actual = arcs[dependent];
            var head = actual.Head < 0 ? "-" : document.TokenText(actual.Head);
            $"{parts[0]} {actual.Label} {head}".ShouldBe(arc);
        }
    }

    [Fact]
    public void Process_TwoSentences_GivesOneRootPerSentenceAndHeadsInsideIt()
    {
        var document = Pipeline.Value.Process("The council approved the plan on Monday. Officials said the vote was close.");

        var arcs = document.Dependencies!;
        arcs.Count.ShouldBe(document.Tokens.Count);
        foreach (var sentence in document.Sentences)
        {
            Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Count(i => arcs[i].Head < 0).ShouldBe(1);
            Enumerable.Range(sentence.FirstToken, sentence.TokenCount)
                .Where(i => arcs[i].Head >= 0)
                .ShouldAllBe(i => arcs[i].Head >= sentence.FirstToken && arcs[i].Head < sentence.EndToken && arcs[i].Head != i);
        }

        arcs.Where(a => a.Head < 0).ShouldAllBe(a => a.Label == "root");
    }

    [Fact]
    public void Process_NoTags_Throws()
    {
        var document = new Document("Officials resigned.");
        document.SetTokens([new Token(0, new TextSpan(0, 9)), new Token(1, new TextSpan(10, 18))]);

        Should.Throw<InvalidOperationException>(() => new Nlp.Parsing.DependencyParser(() => throw new InvalidOperationException("unused")).Process(document));
    }

    private static int Index(Document document, string word)
    {
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            if (document.TokenText(i) == word)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{word}' is not a token.");
    }
}
