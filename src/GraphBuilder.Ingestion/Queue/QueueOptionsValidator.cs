using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Queue;

/// <summary>
/// Validates <see cref="QueueOptions"/> at start-up, so a misspelt provider or a missing URL stops the worker with one
/// line naming the setting.
/// </summary>
public sealed class QueueOptionsValidator : IValidateOptions<QueueOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, QueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!QueueOptions.Providers.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"{QueueOptions.SectionName}:Provider is '{options.Provider}'; expected one of {string.Join(", ", QueueOptions.Providers)}");
        }

        if (options.HeartbeatInterval < TimeSpan.FromSeconds(1) || options.HeartbeatInterval > TimeSpan.FromHours(1))
        {
            return ValidateOptionsResult.Fail($"{QueueOptions.SectionName}:HeartbeatInterval is {options.HeartbeatInterval}; expected 00:00:01 to 01:00:00");
        }

        if (!options.IsDistributed)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.Url))
        {
            return ValidateOptionsResult.Fail(
                $"{QueueOptions.SectionName}:Url is required when {QueueOptions.SectionName}:Provider is {options.Provider} "
                + "(for example nats://127.0.0.1:4222)");
        }

        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("nats" or "tls" or "ws" or "wss"))
        {
            return ValidateOptionsResult.Fail(
                $"{QueueOptions.SectionName}:Url '{QueueUrl.Redact(options.Url)}' is not a NATS URL; expected nats://host:port (or tls://, ws://, wss://)");
        }

        return ValidateOptionsResult.Success;
    }
}
