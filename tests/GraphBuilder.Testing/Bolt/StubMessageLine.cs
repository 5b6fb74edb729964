namespace GraphBuilder.Testing.Bolt;

/// <summary>A message line: the message name and its fields (values for S:, patterns for C:).</summary>
/// <param name="LineNumber">The script line.</param>
/// <param name="Kind">The line prefix.</param>
/// <param name="Name">The message name, for example "RUN", or a control such as "&lt;EXIT&gt;".</param>
/// <param name="Fields">The parsed fields.</param>
/// <param name="Text">The original text after the prefix.</param>
internal sealed record StubMessageLine(int LineNumber, StubLineKind Kind, string Name, IReadOnlyList<object?> Fields, string Text) : StubItem(LineNumber);
