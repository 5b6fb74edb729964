using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Validates <see cref="PostgresStoreOptions"/> at start-up: a connection string is required and must parse.
/// </summary>
public sealed class PostgresStoreOptionsValidator : IValidateOptions<PostgresStoreOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "GraphBuilder:Store:ConnectionString (GraphBuilder__Store__ConnectionString) is required when GraphBuilder:Store:Provider is Postgres, "
                + "e.g. Host=127.0.0.1;Port=5432;Username=graphbuilder;Database=graphbuilder");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                return ValidateOptionsResult.Fail("GraphBuilder:Store:ConnectionString names no Host");
            }
        }
        catch (ArgumentException exception)
        {
            // The message names the bad keyword, never the values.
            return ValidateOptionsResult.Fail($"GraphBuilder:Store:ConnectionString is not a valid connection string: {exception.Message}");
        }

        return options.MaxCommitAttempts is < 1 or > 1000
            ? ValidateOptionsResult.Fail("GraphBuilder:Store:MaxCommitAttempts must be between 1 and 1000")
            : ValidateOptionsResult.Success;
    }
}
