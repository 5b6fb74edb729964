using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Tests.Stub;

public sealed class StubScriptParserTests
{
    [Fact]
    public void Parse_BlocksAndContinuations_BuildsTree()
    {
        var script = StubScript.Parse("""
            !: BOLT 5.4
            !: ALLOW RESTART
            # comment
            A: HELLO {"{}": "*"}
            {?
                C: RUN "RETURN 1" {} {}
                   PULL {"n": 1000}
                S: SUCCESS {}
                   RECORD [1]
            ?}
            {{
                C: COMMIT
            ----
                C: ROLLBACK
            }}
            ?: GOODBYE
            """);

        script.Header.AllowRestart.ShouldBeTrue();
        script.Body.Count.ShouldBe(4);
        var optional = script.Body[1].ShouldBeOfType<StubBlock>();
        optional.Kind.ShouldBe(StubBlockKind.Optional);
        optional.Branches[0].Count.ShouldBe(4);
        ((StubMessageLine)optional.Branches[0][1]).Kind.ShouldBe(StubLineKind.Client);
        ((StubMessageLine)optional.Branches[0][3]).Name.ShouldBe("RECORD");
        script.Body[2].ShouldBeOfType<StubBlock>().Branches.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("C: HELLO {}")]
    [InlineData("!: BOLT 5.4\nC: NOPE {}")]
    [InlineData("!: BOLT 5.4\n{?\nC: RESET")]
    [InlineData("!: BOLT 5.4\nC: RUN {bad json}")]
    public void Parse_InvalidScript_ThrowsWithLine(string text)
    {
        Should.Throw<FormatException>(() => StubScript.Parse(text)).Message.ShouldContain("line");
    }

    [Fact]
    public void Matches_WildcardsAndOptionalKeys_FollowTestkitRules()
    {
        var line = (StubMessageLine)StubScript.Parse("""
            !: BOLT 5.4
            C: RUN {"U": "*"} {"x": {"Z": "*"}} {"[db]": "neo4j", "mode": "*"}
            """).Body[0];

        StubMatcher.Matches(line, Message("RUN", "q", new Dictionary<string, object?> { ["x"] = 1L }, new Dictionary<string, object?> { ["mode"] = "r" })).ShouldBeTrue();
        StubMatcher.Matches(line, Message("RUN", "q", new Dictionary<string, object?> { ["x"] = 1L }, new Dictionary<string, object?> { ["mode"] = "r", ["db"] = "neo4j" })).ShouldBeTrue();
        StubMatcher.Matches(line, Message("RUN", "q", new Dictionary<string, object?> { ["x"] = "1" }, new Dictionary<string, object?> { ["mode"] = "r" })).ShouldBeFalse();
        StubMatcher.Matches(line, Message("RUN", "q", new Dictionary<string, object?> { ["x"] = 1L }, new Dictionary<string, object?> { ["mode"] = "r", ["extra"] = 1L })).ShouldBeFalse();
    }

    private static StubClientMessage Message(string name, params object?[] fields) => new(name, fields);
}
