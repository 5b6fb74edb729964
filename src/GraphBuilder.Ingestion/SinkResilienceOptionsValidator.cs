using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Validates <see cref="SinkResilienceOptions"/> at start-up.
/// </summary>
[OptionsValidator]
public sealed partial class SinkResilienceOptionsValidator : IValidateOptions<SinkResilienceOptions>;
