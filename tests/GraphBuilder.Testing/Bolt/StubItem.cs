namespace GraphBuilder.Testing.Bolt;

/// <summary>One element of a stub script body: a line or a block.</summary>
/// <param name="LineNumber">The 1-based line in the script, for error messages.</param>
internal abstract record StubItem(int LineNumber);
