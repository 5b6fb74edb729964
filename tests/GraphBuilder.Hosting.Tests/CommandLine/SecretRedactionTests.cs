using GraphBuilder.Hosting.CommandLine;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Hosting.Tests.CommandLine;

public sealed class SecretRedactionTests
{
    [Theory]
    [InlineData("GraphBuilder:Neo4j:Password", true)]
    [InlineData("GraphBuilder:Feeds:ApiKey", true)]
    [InlineData("GraphBuilder:Feeds:Api_Key", true)]
    [InlineData("Auth:ClientSecret", true)]
    [InlineData("GraphBuilder:Neo4j:AuthToken:Credentials", true)]
    [InlineData("GraphBuilder:Neo4j:User", false)]
    [InlineData("GraphBuilder:Neo4j:Uri", false)]
    public void IsSecretKey_Names_RecognisesSecrets(string key, bool secret) =>
        SecretRedaction.IsSecretKey(key).ShouldBe(secret);

    [Fact]
    public void Redact_MessageEchoingSecrets_HidesEachAndItsUrlEscapedForm()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphBuilder:Neo4j:Password"] = "p@ss word!",
            ["GraphBuilder:Feeds:ApiKey"] = "k-123456",
            ["GraphBuilder:Neo4j:User"] = "neo4j",
        }).Build();

        var redacted = SecretRedaction.Redact("bolt://neo4j:p%40ss%20word%21@host failed; key k-123456; password p@ss word!", configuration);

        redacted.ShouldBe("bolt://neo4j:***@host failed; key ***; password ***");
    }
}
