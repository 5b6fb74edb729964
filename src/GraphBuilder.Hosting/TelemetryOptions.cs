namespace GraphBuilder.Hosting;

/// <summary>
/// Configures where the worker's OpenTelemetry metrics (the <c>GraphBuilder</c> meter) go.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Telemetry";

    /// <summary>The exporter names <see cref="Exporter"/> accepts, in any case.</summary>
    public static readonly IReadOnlyList<string> Exporters = ["none", "console", "prometheus"];

    /// <summary>
    /// Gets or sets the exporter: <c>none</c>; <c>console</c> (every 10 seconds to standard output); or
    /// <c>prometheus</c> (an HTTP endpoint at <see cref="PrometheusHost"/>:<see cref="PrometheusPort"/> for Prometheus to scrape).
    /// </summary>
    /// <value>The default value is <c>none</c>.</value>
    public string Exporter { get; set; } = "none";

    /// <summary>Gets or sets the host name the Prometheus endpoint binds to (<c>*</c> or <c>+</c> for every interface).</summary>
    /// <value>The default value is <c>localhost</c>.</value>
    public string PrometheusHost { get; set; } = "localhost";

    /// <summary>Gets or sets the port of the Prometheus endpoint; metrics are at <c>http://host:port/metrics</c>.</summary>
    /// <value>The default value is 9464, Prometheus's customary port for OpenTelemetry exporters.</value>
    public int PrometheusPort { get; set; } = 9464;
}
