namespace GraphBuilder.Storage.Postgres;

/// <summary>One statement of a batch: its SQL and its named parameters.</summary>
/// <param name="Sql">The statement.</param>
/// <param name="Parameters">Its parameters.</param>
internal sealed record PgStatement(string Sql, params (string Name, object? Value)[] Parameters);
