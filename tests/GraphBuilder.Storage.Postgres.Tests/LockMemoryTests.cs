namespace GraphBuilder.Storage.Postgres.Tests;

public sealed class LockMemoryTests
{
    [Fact]
    public void Expand_SharesANameWithARememberedTransaction_AddsThatTransactionsNames()
    {
        var memory = new LockMemory();
        memory.Remember(["a|merkel", "k|merkel", "e|1"]);

        var first = memory.Expand(["r|article", "a|merkel"]);

        first.ShouldBe(["r|article", "a|merkel", "k|merkel", "e|1"], ignoreOrder: true);
    }

    [Fact]
    public void Expand_SharesNoName_AddsNothing()
    {
        var memory = new LockMemory();
        memory.Remember(["a|merkel", "k|merkel"]);

        var first = memory.Expand(["r|article", "a|macron"]);

        first.ShouldBe(["r|article", "a|macron"], ignoreOrder: true);
    }

    [Fact]
    public void Remember_MoreTransactionsThanItKeeps_ForgetsTheOldest()
    {
        var memory = new LockMemory();
        memory.Remember(["a|oldest", "k|oldest"]);
        for (var i = 0; i < 8; i++)
        {
            memory.Remember([$"a|{i}"]);
        }

        memory.Expand(["a|oldest"]).ShouldBe(["a|oldest"]);
        memory.Expand(["a|7"]).ShouldBe(["a|7"]);
    }
}
