using Microsoft.Extensions.Options;

namespace GraphBuilder.Neo4j;

/// <summary>
/// Validates <see cref="Neo4jSinkOptions"/> at start-up.
/// </summary>
[OptionsValidator]
public sealed partial class Neo4jSinkOptionsValidator : IValidateOptions<Neo4jSinkOptions>;
