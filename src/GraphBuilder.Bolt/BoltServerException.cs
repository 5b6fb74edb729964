namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a FAILURE reported by the server, with the server's status code and message.
/// </summary>
public class BoltServerException : BoltException
{
    /// <summary>Initializes a new instance of the <see cref="BoltServerException"/> class.</summary>
    public BoltServerException()
        : this("Neo.DatabaseError.General.UnknownError", "Unknown server error")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltServerException"/> class with a message.</summary>
    /// <param name="message">The error message.</param>
    public BoltServerException(string message)
        : this("Neo.DatabaseError.General.UnknownError", message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BoltServerException"/> class with a message and a cause.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The underlying error.</param>
    public BoltServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = "Neo.DatabaseError.General.UnknownError";
    }

    /// <summary>Initializes a new instance of the <see cref="BoltServerException"/> class with the server's code.</summary>
    /// <param name="code">The Neo4j status code, for example "Neo.ClientError.Statement.SyntaxError".</param>
    /// <param name="message">The server's message.</param>
    public BoltServerException(string code, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
    }

    /// <summary>
    /// Gets the Neo4j status code, "Neo.[Classification].[Category].[Title]".
    /// </summary>
    public string Code { get; }

    /// <summary>Gets the GQL status code (Bolt 5.7+ "gql_status", for example "42001"), or <see langword="null"/>.</summary>
    public string? GqlStatus { get; internal set; }

    /// <summary>Gets the GQL status description (Bolt 5.7+ "description"), or <see langword="null"/>.</summary>
    public string? GqlStatusDescription { get; internal set; }

    /// <summary>
    /// Gets the classification part of <see cref="Code"/>: "ClientError", "TransientError" or "DatabaseError".
    /// </summary>
    public string Classification => CodePart(1);

    /// <summary>
    /// Gets the category part of <see cref="Code"/>, for example "Statement".
    /// </summary>
    public string Category => CodePart(2);

    /// <summary>
    /// Gets the title part of <see cref="Code"/>, for example "SyntaxError".
    /// </summary>
    public string Title => CodePart(3);

    private string CodePart(int index)
    {
        var parts = Code.Split('.');
        return parts.Length > index ? parts[index] : string.Empty;
    }
}
