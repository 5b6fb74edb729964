using GraphBuilder.Nlp.Training.Evaluation;

namespace GraphBuilder.Nlp.Training.Tests.Evaluation;

public sealed class EntitySpanScorerTests
{
    [Fact]
    public void Add_ExactAndWrongSpans_CountsLikeConlleval()
    {
        var scorer = new EntitySpanScorer();

        scorer.Add(["B-PER", "I-PER", "O", "B-LOC", "B-ORG"], ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"]);

        scorer.Overall.ShouldBe(new Score(Gold: 3, Predicted: 2, Correct: 1));
        scorer.ByType["LOC"].ShouldBe(new Score(1, 1, 0));
        scorer.ByType["PER"].F1.ShouldBe(1);
        scorer.ByType["ORG"].Recall.ShouldBe(0);
    }

    [Fact]
    public void Chunks_InsideAfterOutside_StartsAnEntity()
    {
        var chunks = EntitySpanScorer.Chunks(["O", "I-MISC", "I-MISC", "B-MISC"]);

        chunks.ShouldBe([(1, 3, "MISC"), (3, 4, "MISC")], ignoreOrder: true);
    }

    [Fact]
    public void F1_NoPredictions_IsZero()
    {
        var score = new Score(Gold: 4, Predicted: 0, Correct: 0);

        score.F1.ShouldBe(0);
    }
}
