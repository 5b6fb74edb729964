using System.Runtime.CompilerServices;

// The Bolt tests unit-test the script parser and matcher; the Testing csproj is shared, so the attribute lives here.
[assembly: InternalsVisibleTo("GraphBuilder.Bolt.Tests")]
