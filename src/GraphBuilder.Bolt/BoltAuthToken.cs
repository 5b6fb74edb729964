namespace GraphBuilder.Bolt;

/// <summary>
/// Represents the credentials sent in LOGON (Bolt 5.1+) or HELLO (older versions).
/// </summary>
public sealed class BoltAuthToken
{
    private readonly Dictionary<string, object?> _map;

    private BoltAuthToken(Dictionary<string, object?> map) => _map = map;

    /// <summary>Gets a token that sends no credentials (scheme "none").</summary>
    public static BoltAuthToken None { get; } = new(new Dictionary<string, object?> { ["scheme"] = "none" });

    /// <summary>Gets the authentication scheme: "basic", "bearer" or "none".</summary>
    public string Scheme => (string)_map["scheme"]!;

    /// <summary>Creates a basic (user name and password) token.</summary>
    /// <param name="user">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="realm">The optional realm.</param>
    /// <returns>The token.</returns>
    public static BoltAuthToken Basic(string user, string password, string? realm = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        var map = new Dictionary<string, object?>
        {
            ["scheme"] = "basic",
            ["principal"] = user,
            ["credentials"] = password,
        };
        if (realm is not null)
        {
            map["realm"] = realm;
        }

        return new BoltAuthToken(map);
    }

    /// <summary>Creates a bearer (SSO token) token.</summary>
    /// <param name="token">The base64-encoded token.</param>
    /// <returns>The token.</returns>
    public static BoltAuthToken Bearer(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new BoltAuthToken(new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = token });
    }

    /// <summary>Returns the scheme only; credentials are never printed.</summary>
    /// <returns>A description of the token.</returns>
    public override string ToString() => $"BoltAuthToken {{ Scheme = {Scheme} }}";

    /// <summary>Gets the token as the dictionary sent on the wire.</summary>
    /// <returns>The entries.</returns>
    internal IReadOnlyDictionary<string, object?> ToMap() => _map;
}
