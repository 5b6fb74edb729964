namespace GraphBuilder.Bolt.Tests;

public sealed class BoltRecordTests
{
    private static readonly BoltRecord Record = new(["n", "name", "missing"], [42L, "Ada", null]);

    [Fact]
    public void Get_LongColumnAsInt_Converts()
    {
        Record.Get<int>("n").ShouldBe(42);
        Record.Get<long>("n").ShouldBe(42L);
        Record.Get<string>("name").ShouldBe("Ada");
        Record.Get<string?>("missing").ShouldBeNull();
        Record.Get<int?>("missing").ShouldBeNull();
    }

    [Fact]
    public void Indexer_UnknownKey_ThrowsKeyNotFoundNamingColumns()
    {
        Should.Throw<KeyNotFoundException>(() => Record["nope"]).Message.ShouldContain("n, name, missing");
    }

    [Fact]
    public void ToDictionary_Record_MapsKeysToValues()
    {
        Record.ToDictionary()["name"].ShouldBe("Ada");
    }
}
