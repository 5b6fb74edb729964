using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class SelfAttentionTests
{
    [Fact]
    public void Forward_Probabilities_SumToOnePerRow()
    {
        var batch = new SequenceBatch([3, 5]);
        var (q, k, v) = (FiniteDifferences.RandomArray(8 * 8, 1), FiniteDifferences.RandomArray(8 * 8, 2), FiniteDifferences.RandomArray(8 * 8, 3));
        var probabilities = new float[SelfAttention.ProbabilityCount(batch, 2)];

        SelfAttention.Forward(q, k, v, batch, 2, 8, probabilities, new float[8 * 8]);

        probabilities.Length.ShouldBe(2 * (9 + 25));
        probabilities.AsSpan(0, 3).ToArray().Sum().ShouldBe(1, 1e-5);
        probabilities.AsSpan(18, 5).ToArray().Sum().ShouldBe(1, 1e-5);
    }

    [Fact]
    public void Backward_QueriesKeysValues_MatchFiniteDifferences()
    {
        const int heads = 2;
        const int width = 8;
        var batch = new SequenceBatch([3, 5]);
        var rows = batch.Rows;
        var q = FiniteDifferences.RandomArray(rows * width, 1, scale: 2);
        var k = FiniteDifferences.RandomArray(rows * width, 2, scale: 2);
        var v = FiniteDifferences.RandomArray(rows * width, 3);
        var r = FiniteDifferences.RandomArray(rows * width, 4);
        var probabilities = new float[SelfAttention.ProbabilityCount(batch, heads)];
        var context = new float[rows * width];
        double Loss()
        {
            SelfAttention.Forward(q, k, v, batch, heads, width, probabilities, context);
            return FiniteDifferences.Project(context, r);
        }

        Loss();
        var (dq, dk, dv) = (new float[rows * width], new float[rows * width], new float[rows * width]);
        SelfAttention.Backward(q, k, v, probabilities, r, batch, heads, width, dq, dk, dv);

        FiniteDifferences.Check("q", q, dq, Loss, step: 1e-3f);
        FiniteDifferences.Check("k", k, dk, Loss, step: 1e-3f);
        FiniteDifferences.Check("v", v, dv, Loss, step: 1e-3f);
    }
}
