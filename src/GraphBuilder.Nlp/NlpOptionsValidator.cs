using Microsoft.Extensions.Options;

namespace GraphBuilder.Nlp;

/// <summary>
/// Validates <see cref="NlpOptions"/> against their data annotations, with source-generated code.
/// </summary>
[OptionsValidator]
internal sealed partial class NlpOptionsValidator : IValidateOptions<NlpOptions>;
