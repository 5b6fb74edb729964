namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The lock names that this process's last few write transactions ended up holding. A new transaction that shares an
/// anchor with one of them waits for those names up front. Otherwise it takes them only later, by trying, and when
/// another worker holds one it must roll back its whole batch and start again.
/// </summary>
/// <remarks>
/// Remembered names only make the first set larger. They are waited for in the same sorted order as the others, so
/// the memory cannot cause a deadlock. A name that is no longer needed only serialises a little more.
/// </remarks>
internal sealed class LockMemory
{
    /// <summary>How many transactions are remembered: enough for the blocks a worker returns to, bounded in memory.</summary>
    private const int Transactions = 8;

    private readonly Lock _gate = new();
    private readonly Queue<HashSet<string>> _recent = new();

    /// <summary>Adds, to a transaction's first set, the names of remembered transactions that share a name with it.</summary>
    /// <param name="first">The names the transaction knows it needs.</param>
    /// <returns>The first set to wait for.</returns>
    public IReadOnlyCollection<string> Expand(IReadOnlyCollection<string> first)
    {
        var expanded = new HashSet<string>(first, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var names in _recent)
            {
                if (first.Any(names.Contains))
                {
                    expanded.UnionWith(names);
                }
            }
        }

        return expanded;
    }

    /// <summary>Remembers the names a transaction held, forgetting the oldest transaction beyond the bound.</summary>
    /// <param name="names">The names.</param>
    public void Remember(IReadOnlyCollection<string> names)
    {
        var set = new HashSet<string>(names, StringComparer.Ordinal);
        lock (_gate)
        {
            _recent.Enqueue(set);
            while (_recent.Count > Transactions)
            {
                _recent.Dequeue();
            }
        }
    }
}
