using Microsoft.Extensions.Options;

namespace GraphBuilder.Bolt;

/// <summary>
/// Validates <see cref="BoltDriverOptions"/> from their data annotations (source-generated).
/// </summary>
[OptionsValidator]
internal sealed partial class BoltDriverOptionsValidator : IValidateOptions<BoltDriverOptions>
{
}
