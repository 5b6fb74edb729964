using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting;

/// <summary>
/// Validates <see cref="TelemetryOptions"/> at start-up, so a misspelt exporter stops the worker with a clear line
/// instead of leaving it running without metrics.
/// </summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!TelemetryOptions.Exporters.Contains(options.Exporter, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"{TelemetryOptions.SectionName}:Exporter is '{options.Exporter}'; expected one of {string.Join(", ", TelemetryOptions.Exporters)}");
        }

        if (options.PrometheusPort is < 1 or > 65_535)
        {
            return ValidateOptionsResult.Fail(
                $"{TelemetryOptions.SectionName}:PrometheusPort is {options.PrometheusPort}; expected a TCP port from 1 to 65535");
        }

        if (string.IsNullOrWhiteSpace(options.PrometheusHost))
        {
            return ValidateOptionsResult.Fail(
                $"{TelemetryOptions.SectionName}:PrometheusHost is empty; expected a host name such as localhost, or * for every interface");
        }

        return ValidateOptionsResult.Success;
    }
}
