using System.Text.Json.Serialization;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Source-generated JSON metadata for the few JSON columns of the store.
/// </summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
