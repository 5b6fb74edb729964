using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Validates <see cref="IngestionOptions"/> at start-up.
/// </summary>
[OptionsValidator]
public sealed partial class IngestionOptionsValidator : IValidateOptions<IngestionOptions>;
