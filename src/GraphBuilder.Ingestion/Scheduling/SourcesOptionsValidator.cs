using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Validates the configured sources at start-up: names present and unique, types known, schedules valid, each
/// type's own settings present. Every problem is named in one message.
/// </summary>
public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    private readonly IReadOnlyDictionary<string, INewsSourceFactory> _factories;

    /// <summary>Initializes a new instance of the <see cref="SourcesOptionsValidator"/> class.</summary>
    /// <param name="factories">The registered source types.</param>
    public SourcesOptionsValidator(IEnumerable<INewsSourceFactory> factories)
    {
        ArgumentNullException.ThrowIfNull(factories);
        _factories = factories.ToDictionary(f => f.Type, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var label = $"GraphBuilder:Sources:{i}";
            if (string.IsNullOrWhiteSpace(source.Name))
            {
                errors.Add($"{label}: Name is required");
            }
            else if (!names.Add(source.Name))
            {
                errors.Add($"{label}: the name '{source.Name}' is used by another source");
            }

            if (!_factories.TryGetValue(source.Type ?? string.Empty, out var factory))
            {
                errors.Add($"{label}: unknown Type '{source.Type}' (known: {string.Join(", ", _factories.Keys.Order(StringComparer.Ordinal))})");
            }
            else
            {
                errors.AddRange(factory.Validate(source).Select(e => $"{label}: {e}"));
            }

            if (!CronSchedule.TryParse(source.Schedule, out _, out var error))
            {
                errors.Add($"{label}: {error}");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
