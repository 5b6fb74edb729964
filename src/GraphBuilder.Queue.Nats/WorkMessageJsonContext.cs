using System.Text.Json.Serialization;

namespace GraphBuilder.Queue.Nats;

/// <summary>The source-generated JSON of the work messages and leases.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkMessage))]
[JsonSerializable(typeof(LeaseRecord))]
internal sealed partial class WorkMessageJsonContext : JsonSerializerContext;
