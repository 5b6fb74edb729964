using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Explorer;

/// <summary>
/// Configures <c>graphbuilder serve</c>: where it listens, the credential it requires, and the bounds of its answers.
/// </summary>
public sealed class ExplorerOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Serve";

    /// <summary>Gets or sets the URLs to listen on, separated by semicolons.</summary>
    /// <value>The default value is <c>http://127.0.0.1:5080</c>, loopback only.</value>
    [Required(AllowEmptyStrings = false)]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Gets or sets an API key. When set, every request must carry it, in an <c>X-Api-Key</c> header or as the password of
    /// basic authentication (which browsers ask for).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the user of basic authentication; with <see cref="Password"/>, every request must carry both.</summary>
    public string? User { get; set; }

    /// <summary>Gets or sets the password of basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the most entities a neighbourhood answer holds.</summary>
    /// <value>The default value is 150.</value>
    [Range(2, 2000)]
    public int MaxNodes { get; set; } = 150;

    /// <summary>Gets or sets the most items a page of a list holds.</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Gets or sets how long one request may read the store before it is cancelled.</summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the folder of the built page, if not the one beside the program.</summary>
    public string? WebRoot { get; set; }

    /// <summary>Gets whether a credential is configured, which every request must then carry.</summary>
    public bool RequiresCredential => !string.IsNullOrEmpty(ApiKey) || (!string.IsNullOrEmpty(User) && !string.IsNullOrEmpty(Password));
}
