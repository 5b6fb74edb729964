using GraphBuilder.Ingestion.Queue;

namespace GraphBuilder.Ingestion.Tests.Queue;

public sealed class QueueOptionsValidatorTests
{
    private readonly QueueOptionsValidator _validator = new();

    [Fact]
    public void Validate_Default_IsInProcessAndValid()
    {
        var options = new QueueOptions();

        _validator.Validate(null, options).Succeeded.ShouldBeTrue();
        options.IsDistributed.ShouldBeFalse();
    }

    [Fact]
    public void Validate_NatsWithoutUrl_FailsNamingTheSetting()
    {
        var result = _validator.Validate(null, new QueueOptions { Provider = "nats" });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldStartWith("GraphBuilder:Queue:Url is required when GraphBuilder:Queue:Provider is nats");
    }

    [Fact]
    public void Validate_UnknownProvider_FailsListingTheProviders()
    {
        var result = _validator.Validate(null, new QueueOptions { Provider = "Kafka" });

        result.FailureMessage.ShouldBe("GraphBuilder:Queue:Provider is 'Kafka'; expected one of None, Nats");
    }

    [Fact]
    public void Validate_NotANatsUrl_FailsWithoutShowingCredentials()
    {
        var result = _validator.Validate(null, new QueueOptions { Provider = "Nats", Url = "http://user:s3cret@example.org:4222" });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldNotContain("s3cret");
    }

    [Fact]
    public void Redact_UrlWithUserAndPassword_KeepsHostAndPort()
    {
        QueueUrl.Redact("nats://user:s3cret@10.0.0.5:4222").ShouldBe("nats://10.0.0.5:4222");
        QueueUrl.Redact("nats://a:1@h1:4222,nats://b:2@h2:4222").ShouldBe("nats://h1:4222,nats://h2:4222");
    }
}
