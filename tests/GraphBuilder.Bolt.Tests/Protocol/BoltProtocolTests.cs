using GraphBuilder.Bolt.Messaging.Requests;
using GraphBuilder.Bolt.Messaging.Responses;
using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Bolt.Tests.Protocol;

public sealed class BoltProtocolTests
{
    private static readonly HelloSettings Hello = new("app/1.0", BoltAuthToken.Basic("neo4j", "pw"), null, "WARNING", ["HINT"]);

    [Fact]
    public void CreateAuthentication_Bolt44_PutsAuthInHello()
    {
        var messages = BoltProtocol.For(new BoltVersion(4, 4)).CreateAuthentication(Hello);

        var hello = messages.ShouldHaveSingleItem().ShouldBeOfType<HelloMessage>();
        hello.Extra["principal"].ShouldBe("neo4j");
        hello.Extra["patch_bolt"].ShouldBe(new[] { "utc" });
        hello.Extra.ContainsKey("bolt_agent").ShouldBeFalse();
    }

    [Fact]
    public void CreateAuthentication_Bolt51_SendsLogonSeparately()
    {
        var messages = BoltProtocol.For(new BoltVersion(5, 1)).CreateAuthentication(Hello);

        messages.Count.ShouldBe(2);
        messages[0].ShouldBeOfType<HelloMessage>().Extra.ContainsKey("credentials").ShouldBeFalse();
        messages[1].ShouldBeOfType<LogonMessage>().Auth["credentials"].ShouldBe("pw");
    }

    [Theory]
    [InlineData(2, "notifications_disabled_categories")]
    [InlineData(6, "notifications_disabled_classifications")]
    public void CreateAuthentication_Bolt5x_NamesNotificationKeyByVersion(int minor, string key)
    {
        var hello = (HelloMessage)BoltProtocol.For(new BoltVersion(5, minor)).CreateAuthentication(Hello)[0];

        hello.Extra.ContainsKey(key).ShouldBeTrue();
        hello.Extra["notifications_minimum_severity"].ShouldBe("WARNING");
    }

    [Theory]
    [InlineData(3, true, false)]
    [InlineData(4, false, false)]
    [InlineData(4, true, true)]
    public void CreateTelemetry_VersionAndHint_SendsOnlyWhenBothAllow(int minor, bool hint, bool sent)
    {
        var telemetry = BoltProtocol.For(new BoltVersion(5, minor)).CreateTelemetry(TelemetryMessage.ManagedTransaction, hint);

        (telemetry is not null).ShouldBe(sent);
    }

    [Fact]
    public void CreateException_Bolt57Failure_ReadsNeo4jCode()
    {
        var failure = new FailureMessage(new Dictionary<string, object?>
        {
            ["neo4j_code"] = "Neo.ClientError.Statement.SyntaxError",
            ["message"] = "bad",
            ["gql_status"] = "42001",
        });

        var exception = BoltProtocol.CreateException(failure);

        exception.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        exception.GqlStatus.ShouldBe("42001");
    }

    [Fact]
    public void CreateTransactionExtra_ReadInDatabase_OmitsDefaults()
    {
        var extra = BoltProtocol.CreateTransactionExtra(new TransactionSettings("news", BoltAccessMode.Read, [], TimeSpan.FromSeconds(2)));

        extra.Count.ShouldBe(3);
        extra["mode"].ShouldBe("r");
        extra["db"].ShouldBe("news");
        extra["tx_timeout"].ShouldBe(2000L);
    }
}
