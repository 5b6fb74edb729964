using System.Runtime.CompilerServices;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>A source that holds back everything after its first item until told to go on, and says when it ended.</summary>
internal sealed class EndSignallingSource(INewsSource inner, Task goOnAfterFirst) : INewsSource
{
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ended => _ended.Task;

    public string Name => inner.Name;

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var first = true;
        await foreach (var item in inner.ReadAsync(cancellationToken))
        {
            if (!first)
            {
                await goOnAfterFirst.WaitAsync(cancellationToken);
            }

            first = false;
            yield return item;
        }

        _ended.TrySetResult();
    }
}
