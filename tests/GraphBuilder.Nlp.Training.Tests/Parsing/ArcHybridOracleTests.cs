using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Training.Parsing;

namespace GraphBuilder.Nlp.Training.Tests.Parsing;

public sealed class ArcHybridOracleTests
{
    [Fact]
    public void Cost_FollowingZeroCostTransitions_ReproducesProjectiveGoldTree()
    {
        // The minister said on Monday that the talks would resume .
        int[] gold = [1, 2, -1, 4, 2, 9, 7, 9, 9, 2, 2];

        var heads = FollowOracle(gold, out var costs);

        heads.ShouldBe(gold);
        costs.ShouldBe(0);
    }

    [Fact]
    public void Cost_NonProjectiveTree_BuildsOneTreeWithEveryArcButTheCrossingOne()
    {
        // A hearing is scheduled on the issue today : "on the issue" attaches to "hearing" across "scheduled".
        int[] gold = [1, 3, 3, -1, 6, 6, 1, 3];

        var heads = FollowOracle(gold, out var costs);

        heads.Count(h => h < 0).ShouldBe(1);
        heads.Where((h, i) => h == gold[i]).Count().ShouldBe(gold.Length - 1);
        costs.ShouldBe(1);
    }

    [Fact]
    public void Cost_ShiftingTheRootOntoAWord_CostsTheRootArc()
    {
        // Officials resigned : shifting "resigned" above "Officials" loses the root and the subject.
        int[] gold = [1, -1, 1];
        var state = new ParserState();
        state.Reset(gold.Length);
        state.Apply(Transition.Shift, -1);

        var shift = ArcHybridOracle.Cost(state, gold, Transition.Shift);
        var left = ArcHybridOracle.Cost(state, gold, Transition.Left);

        shift.ShouldBe(2);
        left.ShouldBe(0);
    }

    private static int[] FollowOracle(int[] gold, out int total)
    {
        var state = new ParserState();
        state.Reset(gold.Length);
        total = 0;
        while (!state.IsTerminal)
        {
            var best = Transition.Shift;
            var least = int.MaxValue;
            for (var t = Transition.Shift; t <= Transition.Right; t++)
            {
                if (state.IsAllowed(t) && ArcHybridOracle.Cost(state, gold, t) < least)
                {
                    best = t;
                    least = ArcHybridOracle.Cost(state, gold, t);
                }
            }

            total += least;
            state.Apply(best, 0);
        }

        return state.Heads.ToArray();
    }
}
