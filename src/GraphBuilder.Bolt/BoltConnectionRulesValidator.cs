using Microsoft.Extensions.Options;

namespace GraphBuilder.Bolt;

/// <summary>
/// Validates <see cref="BoltDriverOptions"/> at start-up against <see cref="BoltConnectionRules"/>, naming the settings
/// of the section the options bind to.
/// </summary>
internal sealed class BoltConnectionRulesValidator(string section) : IValidateOptions<BoltDriverOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, BoltDriverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = BoltConnectionRules.Check(options, section).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
