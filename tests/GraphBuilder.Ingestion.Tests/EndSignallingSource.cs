using System.Runtime.CompilerServices;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>A source that says when its last item has been taken.</summary>
internal sealed class EndSignallingSource(INewsSource inner) : INewsSource
{
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ended => _ended.Task;

    public string Name => inner.Name;

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in inner.ReadAsync(cancellationToken))
        {
            yield return item;
        }

        _ended.TrySetResult();
    }
}
