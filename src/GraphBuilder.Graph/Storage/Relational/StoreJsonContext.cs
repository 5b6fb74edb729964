using System.Text.Json.Serialization;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// The JSON the store keeps in text columns: lists of names, counts by name, weights by type.
/// </summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(SortedDictionary<string, int>))]
[JsonSerializable(typeof(SortedDictionary<string, long>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
