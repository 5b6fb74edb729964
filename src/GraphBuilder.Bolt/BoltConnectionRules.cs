namespace GraphBuilder.Bolt;

/// <summary>
/// The checks of <see cref="BoltDriverOptions"/> that data annotations cannot express: no credentials inside the URI,
/// a port when the URI names one, and a password with a user. No message repeats a value, so none can leak a secret.
/// </summary>
internal static class BoltConnectionRules
{
    /// <summary>Lists what is wrong with the options.</summary>
    /// <param name="options">The options.</param>
    /// <param name="section">The configuration section the options come from, to name the settings (empty for none).</param>
    /// <returns>One message per problem.</returns>
    public static IEnumerable<string> Check(BoltDriverOptions options, string section)
    {
        var prefix = string.IsNullOrEmpty(section) ? string.Empty : section + ":";
        if (Uri.TryCreate(options.Uri, UriKind.Absolute, out var uri))
        {
            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                yield return $"{prefix}Uri must not carry a user or password; set {prefix}User and {prefix}Password instead "
                    + $"(for example the environment variable {prefix.Replace(":", "__", StringComparison.Ordinal)}Password)";
            }

            var authority = options.Uri[(options.Uri.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('/', '?', '#')[0];
            if (authority.EndsWith(':'))
            {
                yield return $"{prefix}Uri has an empty port; give host:port, or only the host for port 7687";
            }
        }

        if (!string.IsNullOrEmpty(options.User) && options.Password is null && options.AuthToken is null)
        {
            yield return $"{prefix}Password is required with {prefix}User "
                + $"(for example the environment variable {prefix.Replace(":", "__", StringComparison.Ordinal)}Password)";
        }
    }
}
