namespace GraphBuilder.Hosting;

/// <summary>An options type with nothing to bind: its validation carries a bad <c>GraphBuilder:Store:Provider</c> to start-up.</summary>
internal sealed class StoreProviderCheck;
