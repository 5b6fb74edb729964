namespace GraphBuilder.Bolt.Tests;

public sealed class BoltDriverOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        new BoltDriverOptionsValidator().Validate(null, new BoltDriverOptions()).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("bolt://")]
    [InlineData("")]
    public void Validate_BadUri_Fails(string uri)
    {
        var result = new BoltDriverOptionsValidator().Validate(null, new BoltDriverOptions { Uri = uri });

        result.Failed.ShouldBeTrue();
    }

    [Fact]
    public void Validate_PoolSizeZero_Fails()
    {
        new BoltDriverOptionsValidator().Validate(null, new BoltDriverOptions { MaxConnectionPoolSize = 0 }).Failed.ShouldBeTrue();
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsArgumentException()
    {
        Should.Throw<ArgumentException>(() => new BoltDriver(new BoltDriverOptions { Uri = "http://x" }));
        Should.Throw<ArgumentException>(() => new BoltDriver(new BoltDriverOptions { FetchSize = 0 }));
    }
}
