using GraphBuilder.Nlp.Training.Evaluation;

namespace GraphBuilder.Nlp.Training.Tests.Evaluation;

public sealed class GraphScorerTests
{
    // "Ana Lopez met Ben Ruiz in Oakland. Lopez left. The mayor stayed."
    //  0   4     10  14  18   23 26       35    41    47  51    57
    private const string Text = "Ana Lopez met Ben Ruiz in Oakland. Lopez left. The mayor stayed.";

    private static readonly GraphGoldMention AnaLopez = Gold("1", "person", null, 0, 9, head: (4, 9));
    private static readonly GraphGoldMention BenRuiz = Gold("2", "person", null, 14, 22, head: (18, 22));
    private static readonly GraphGoldMention Oakland = Gold("3", "place", "Oakland", 26, 33);
    private static readonly GraphGoldMention Lopez = Gold("1", "person", null, 35, 40);
    private static readonly GraphGoldMention Mayor = Gold("4", "person", null, 47, 56, head: (51, 56), hasProperNoun: false, headIsProperNoun: false);

    private static readonly GraphGoldMention[] AllGold = [AnaLopez, BenRuiz, Oakland, Lopez, Mayor];

    [Fact]
    public void Score_EveryEntityOnItsOwnNode_IsExact()
    {
        var score = Score(P(0, 9, "ana"), P(14, 22, "ben"), P(26, 33, "oakland"), P(35, 40, "ana"));

        score.Entities.Count.ShouldBe(3);
        score.Entities.ShouldAllBe(e => e.Exact);
        score.FoundPercent.ShouldBe(100);
        score.ExactPercent.ShouldBe(100);
    }

    [Fact]
    public void Score_MentionWithoutTheHead_IsNotFound()
    {
        // "Ana" alone does not contain the head "Lopez" of "Ana Lopez".
        var score = Score(P(0, 3, "ana"));

        Entity(score, "#1").Found.ShouldBeFalse();
        score.Found.ShouldBe(0);
    }

    [Fact]
    public void Score_MentionsOfOneEntityOnTwoNodes_IsSplitNotExact()
    {
        var score = Score(P(0, 9, "ana"), P(35, 40, "lopez"));

        var entity = Entity(score, "#1");
        entity.Found.ShouldBeTrue();
        entity.Split.ShouldBeTrue();
        entity.Exact.ShouldBeFalse();
        entity.Nodes.ShouldBe(["ana", "lopez"]);
        score.Split.ShouldBe(1);
    }

    [Fact]
    public void Score_TwoEntitiesOnOneNode_AreBothMerged()
    {
        var score = Score(P(0, 9, "person"), P(14, 22, "person"));

        Entity(score, "#1").Merged.ShouldBeTrue();
        Entity(score, "#2").MergedWith.ShouldBe(["#1"]);
        score.Merged.ShouldBe(2);
        score.Exact.ShouldBe(0);
    }

    [Fact]
    public void Score_OneNodeForEntitiesOfDifferentDocuments_IsNotMerged()
    {
        var first = Document("a", [AnaLopez], P(0, 9, "node"));
        var second = Document("b", [BenRuiz], P(14, 22, "node"));

        var score = GraphScorer.Score([first, second]);

        score.Entities.ShouldAllBe(e => e.Exact);
    }

    [Fact]
    public void Score_TwoChainsOfOneIdentity_AreOneEntity()
    {
        var otherChain = Gold("9", "place", "Oakland", 35, 40);
        var document = Document("a", [Oakland, otherChain], P(26, 33, "oakland"), P(35, 40, "oakland"));

        var score = GraphScorer.Score([document]);

        score.Entities.ShouldHaveSingleItem().Exact.ShouldBeTrue();
    }

    [Fact]
    public void Score_MentionWithoutProperNounOrWithCommonHeadAndNoIdentity_IsNoEntity()
    {
        var council = Gold("5", "organization", null, 0, 13, head: (6, 13), headIsProperNoun: false);
        var linkedCouncil = council with { Chain = "6", Identity = "Oakland_City_Council" };
        var date = Gold("7", "time", null, 0, 6);

        var score = GraphScorer.Score([Document("a", [Mayor, council, linkedCouncil, date])]);

        score.Entities.ShouldHaveSingleItem().Key.ShouldBe("Oakland_City_Council");
    }

    [Fact]
    public void Match_MentionContainingTwoHeads_CountsForTheTightest()
    {
        // "Medical Journal of Australia": the journal (head "Journal") and the country nested in it.
        var journal = Gold("1", "organization", "Medical_Journal_of_Australia", 0, 28, head: (8, 15));
        var country = Gold("2", "place", "Australia", 19, 28);

        GraphScorer.Match([journal, country], P(0, 28, "node")).ShouldBe(1);
        GraphScorer.Match([journal, country], P(0, 15, "node")).ShouldBe(0);
        GraphScorer.Match([journal, country], P(0, 7, "node")).ShouldBe(-1);
    }

    [Fact]
    public void Score_IdentityOnOneNodeInEveryDocument_IsConsistent()
    {
        var score = GraphScorer.Score([Document("a", [Oakland], P(26, 33, "oakland")), Document("b", [Oakland], P(26, 33, "oakland"))]);

        score.Identities.ShouldHaveSingleItem().Consistent.ShouldBeTrue();
        (score.Consistent, score.CrossDocument).ShouldBe((1, 1));
    }

    [Fact]
    public void Score_IdentityOnTwoNodesAcrossDocuments_IsInconsistent()
    {
        var score = GraphScorer.Score([Document("a", [Oakland], P(26, 33, "oakland")), Document("b", [Oakland], P(26, 33, "oakland-2"))]);

        score.Entities.ShouldAllBe(e => e.Exact);
        score.Identities.ShouldHaveSingleItem().Consistent.ShouldBeFalse();
        (score.Consistent, score.CrossDocument).ShouldBe((0, 1));
    }

    [Fact]
    public void Score_IdentityFoundInOneDocumentOfTwo_IsListedButNotCounted()
    {
        var score = GraphScorer.Score([Document("a", [Oakland], P(26, 33, "oakland")), Document("b", [Oakland])]);

        var identity = score.Identities.ShouldHaveSingleItem();
        identity.FoundIn.ShouldBe(1);
        identity.Counted.ShouldBeFalse();
        score.CrossDocument.ShouldBe(0);
    }

    [Fact]
    public void Score_MentionOverlappingNoGoldMention_IsSpurious()
    {
        // "met" overlaps nothing; "mayor" overlaps a gold mention that is no entity, so it is not spurious.
        var score = Score(P(0, 9, "ana"), P(10, 13, "met"), P(51, 56, "mayor"));

        score.Spurious.ShouldHaveSingleItem().Mention.Node.ShouldBe("met");
        score.SpuriousPercent.ShouldBe(100.0 / 3, 1e-9);
    }

    [Fact]
    public void Score_SameDocumentNameTwice_Throws()
    {
        Should.Throw<ArgumentException>(() => GraphScorer.Score([Document("a", []), Document("a", [])]));
    }

    private static GraphScore Score(params GraphPredictedMention[] predicted) => GraphScorer.Score([Document("doc", AllGold, predicted)]);

    private static GraphScoreDocument Document(string name, IReadOnlyList<GraphGoldMention> gold, params GraphPredictedMention[] predicted) =>
        new(name, Text, gold, predicted);

    private static GraphEntityResult Entity(GraphScore score, string key) => score.Entities.Single(e => e.Key == key);

    private static GraphPredictedMention P(int start, int end, string node) => new(start, end, node);

    private static GraphGoldMention Gold(string chain, string type, string? identity, int start, int end, (int Start, int End)? head = null, bool hasProperNoun = true, bool headIsProperNoun = true)
    {
        var (headStart, headEnd) = head ?? (start, end);
        return new GraphGoldMention(chain, type, identity, start, end, headStart, headEnd, hasProperNoun, headIsProperNoun);
    }
}
