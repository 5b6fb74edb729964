using Microsoft.Extensions.Options;

namespace GraphBuilder.Neo4j;

/// <summary>
/// Validates <see cref="Neo4jSinkOptions"/> at start-up: a URI of a Bolt scheme, a password whenever a user is given,
/// and sizes in range. Every problem is named, none of them with the password's value.
/// </summary>
public sealed class Neo4jSinkOptionsValidator : IValidateOptions<Neo4jSinkOptions>
{
    private static readonly string[] Schemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, Neo4jSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.BatchSize is < 1 or > 100_000)
        {
            errors.Add("GraphBuilder:Neo4j:BatchSize must be between 1 and 100000");
        }

        if (options.MaxTransactionRetryTime < TimeSpan.Zero || options.MaxTransactionRetryTime > TimeSpan.FromHours(1))
        {
            errors.Add("GraphBuilder:Neo4j:MaxTransactionRetryTime must be between 00:00:00 and 01:00:00");
        }

        if (options.IsConfigured)
        {
            if (!Uri.TryCreate(options.Uri, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"GraphBuilder:Neo4j:Uri '{options.Uri}' is not a Bolt URI (expected {string.Join(", ", Schemes.Select(s => s + "://"))})");
            }

            if (!string.IsNullOrEmpty(options.User) && string.IsNullOrEmpty(options.Password))
            {
                errors.Add("GraphBuilder:Neo4j:Password is required with GraphBuilder:Neo4j:User (set GraphBuilder__Neo4j__Password in the environment)");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
