namespace GraphBuilder.Explorer.Tests;

public sealed class ExplorerBindingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:0")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:80;http://localhost:81")]
    public void Refusal_LoopbackWithoutCredential_AllowsIt(string urls)
    {
        ExplorerBinding.Refusal(ExplorerBinding.Split(urls), new ExplorerOptions()).ShouldBeNull();
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://127.0.0.1:5080;http://example.org:80")]
    public void Refusal_BeyondLoopbackWithoutCredential_RefusesNamingTheSetting(string urls)
    {
        ExplorerBinding.Refusal(ExplorerBinding.Split(urls), new ExplorerOptions())!.ShouldContain("GraphBuilder:Serve:ApiKey");
    }

    [Fact]
    public void Refusal_BeyondLoopbackWithApiKey_AllowsIt()
    {
        ExplorerBinding.Refusal(["http://0.0.0.0:5080"], new ExplorerOptions { ApiKey = "k" }).ShouldBeNull();
    }

    [Fact]
    public void Refusal_BeyondLoopbackWithUserButNoPassword_RefusesIt()
    {
        ExplorerBinding.Refusal(["http://0.0.0.0:5080"], new ExplorerOptions { User = "reader" }).ShouldNotBeNull();
    }

    [Fact]
    public void Refusal_NotHttp_RefusesIt()
    {
        ExplorerBinding.Refusal(["ftp://127.0.0.1"], new ExplorerOptions()).ShouldNotBeNull();
    }
}
