namespace GraphBuilder.Bolt.JsCheck;

/// <summary>One dialogue: the stub plays <paramref name="Scripts"/> (one per connection) while check.mjs runs <paramref name="Name"/>.</summary>
/// <param name="Name">The scenario name passed to check.mjs.</param>
/// <param name="Description">What the scenario proves, for failure messages.</param>
/// <param name="Scripts">Script file names under Scripts/, one per connection in order.</param>
/// <param name="Scheme">The URI scheme the driver is given: "bolt" (direct) or "neo4j" (routing).</param>
internal sealed record Scenario(string Name, string Description, IReadOnlyList<string> Scripts, string Scheme = "bolt");
