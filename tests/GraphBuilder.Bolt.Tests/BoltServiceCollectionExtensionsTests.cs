using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Bolt.Tests;

public sealed class BoltServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBoltClient_Services_RegistersDriverAndValidator()
    {
        var services = new ServiceCollection();

        services.AddBoltClient(o => o.Uri = "neo4j://localhost:7687");

        services.ShouldContain(d => d.ServiceType == typeof(BoltDriver) && d.Lifetime == ServiceLifetime.Singleton);
        services.ShouldContain(d => d.ServiceType == typeof(IValidateOptions<BoltDriverOptions>));
        services.ShouldContain(d => d.ServiceType == typeof(TimeProvider));
    }
}
