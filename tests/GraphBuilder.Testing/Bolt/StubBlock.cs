namespace GraphBuilder.Testing.Bolt;

/// <summary>A flow block: {? ?} optional, {* *} zero or more, {+ +} one or more, or {{ ---- }} alternatives.</summary>
/// <param name="LineNumber">The line that opens the block.</param>
/// <param name="Kind">The block kind.</param>
/// <param name="Branches">The branch bodies; one for every kind but alternatives.</param>
internal sealed record StubBlock(int LineNumber, StubBlockKind Kind, IReadOnlyList<IReadOnlyList<StubItem>> Branches) : StubItem(LineNumber);
