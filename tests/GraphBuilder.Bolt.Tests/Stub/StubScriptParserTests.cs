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

    public static TheoryData<string, object> JoltValues => new()
    {
        { """{"T": "2002-04-16"}""", new DateOnly(2002, 4, 16) },
        { """{"T": "12:34:56.000000789"}""", new BoltLocalTime((45_296L * 1_000_000_000L) + 789) },
        { """{"T": "12:34:56+01:00"}""", new BoltTime(45_296L * 1_000_000_000L, 3600) },
        { """{"T": "1970-01-01T02:15:00.000000042+01:00"}""", new BoltDateTime(4500, 42, 3600) },
        { """{"T": "1970-01-01T00:00:01"}""", new BoltLocalDateTime(1, 0) },
        { """{"T": "1970-01-01T01:00:00+01:00[Europe/Paris]"}""", new BoltZonedDateTime(0, 0, "Europe/Paris") },
        { """{"T": "P1Y2M3DT4H5M6.5S"}""", new BoltDuration(14, 3, 14_706, 500_000_000) },
        { """{"@": "SRID=4326;POINT(56.21 13.43)"}""", new BoltPoint(4326, 56.21, 13.43) },
        { """{"@": "SRID=9157;POINT Z(1 2 3)"}""", new BoltPoint(9157, 1, 2, 3) },
    };

    [Theory]
    [MemberData(nameof(JoltValues))]
    public void ParseFields_JoltSigil_ReadsClientValueType(string json, object expected)
    {
        var value = StubValueParser.ParseFields(json, allowWildcards: false).ShouldHaveSingleItem();

        value.ShouldBe(expected);
    }
}
