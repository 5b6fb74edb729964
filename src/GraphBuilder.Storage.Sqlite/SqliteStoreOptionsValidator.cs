using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Validates <see cref="SqliteStoreOptions"/> at start-up.
/// </summary>
[OptionsValidator]
public sealed partial class SqliteStoreOptionsValidator : IValidateOptions<SqliteStoreOptions>;
