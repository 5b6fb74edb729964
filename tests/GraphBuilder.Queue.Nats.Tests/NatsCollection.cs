namespace GraphBuilder.Queue.Nats.Tests;

/// <summary>The tests that share one nats-server.</summary>
[CollectionDefinition(Name)]
public sealed class NatsCollection : ICollectionFixture<NatsServerFixture>
{
    public const string Name = "nats-server";
}
