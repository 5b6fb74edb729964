using System.CommandLine;
using GraphBuilder.Nlp;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// The one <c>--profile</c> option of the workbench verbs: <c>fast</c> or <c>accurate</c> in any case, defaulting to
/// <c>GraphBuilder:Nlp:Profile</c> when configured and to <c>accurate</c> otherwise.
/// </summary>
internal static class ProfileOption
{
    public static Option<NlpProfile> Create(IConfiguration configuration, string description) => new("--profile")
    {
        Description = description,
        HelpName = "fast|accurate",
        DefaultValueFactory = _ => Configured(configuration),
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Enum.TryParse<NlpProfile>(token, ignoreCase: true, out var profile) && Enum.IsDefined(profile))
            {
                return profile;
            }

            result.AddError($"--profile must be fast or accurate, not '{token}'");
            return default;
        },
    };

    /// <summary>Gets the configured profile, or <see cref="NlpProfile.Accurate"/>.</summary>
    public static NlpProfile Configured(IConfiguration configuration) =>
        Enum.TryParse<NlpProfile>(configuration[NlpOptions.SectionName + ":Profile"], ignoreCase: true, out var profile) && Enum.IsDefined(profile)
            ? profile
            : NlpProfile.Accurate;

    /// <summary>Gets the profile's name as the command line spells it.</summary>
    public static string Name(NlpProfile profile) => profile == NlpProfile.Fast ? "fast" : "accurate";
}
