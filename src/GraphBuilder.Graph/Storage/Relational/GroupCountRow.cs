namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>One row of a set-based count update, written as the JSON array <c>[anchor, value, count]</c>.</summary>
internal readonly record struct GroupCountRow(string Anchor, string Value, int Count);
