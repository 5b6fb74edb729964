using Microsoft.Extensions.Options;

namespace GraphBuilder.Explorer;

/// <summary>
/// Validates <see cref="ExplorerOptions"/> at start-up.
/// </summary>
[OptionsValidator]
public sealed partial class ExplorerOptionsValidator : IValidateOptions<ExplorerOptions>;
