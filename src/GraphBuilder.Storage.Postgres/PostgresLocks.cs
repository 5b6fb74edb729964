using System.Text;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The advisory locks one write transaction holds, on names hashed to 64 bits: an article (<c>r|</c>), a name group's
/// anchor (<c>a|</c>), a blocking key (<c>k|</c>), an entity id (<c>e|</c>). Resolution decides under the locks of
/// every anchor, key and id it reads, so two workers whose blocks meet take turns and never decide from a state the
/// other is changing. Only the first set is waited for, in sorted order; whatever the block reaches later is only
/// tried, and a lock another transaction holds ends the attempt (<see cref="LockContendedException"/>): the writer
/// retries with every name known so far in its first set, so no transaction ever waits while holding a lock it
/// took later, and there are no deadlocks between advisory locks.
/// </summary>
internal sealed class PostgresLocks(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    /// <summary>The lock every commit holds shared and re-resolving the whole store holds exclusive.</summary>
    public const long StoreLock = 0x4742_7374_6f72_6500;

    private readonly HashSet<long> _held = [];
    private bool _exclusive;
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);

    /// <summary>Gets every name locked or tried so far, for the next attempt's first set.</summary>
    public IReadOnlyCollection<string> Names => _names;

    /// <summary>Gets the names the block reached after the first set, held already or not: what resolution needed.</summary>
    public IReadOnlyCollection<string> Reached => _reached;

    public static string Article(string id) => "r|" + id;

    public static string Anchor(string anchor) => "a|" + anchor;

    public static string Key(string key) => "k|" + key;

    public static string Entity(string id) => "e|" + id;

    /// <summary>Waits for the first set of locks, in the order of their hashes, and the store's lock.</summary>
    /// <param name="names">The names.</param>
    /// <param name="exclusive">Whether to hold the store's lock alone (re-resolving everything).</param>
    /// <param name="cancellationToken">A token that cancels the wait.</param>
    /// <returns>A task that completes when every lock is held.</returns>
    public async Task AcquireAsync(IEnumerable<string> names, bool exclusive, CancellationToken cancellationToken)
    {
        _exclusive = exclusive;
        _names.UnionWith(names);
        var keys = _names.Select(Hash).Where(_held.Add).Order().ToArray();
        await PgSql.ExecuteAsync(
            connection,
            transaction,
            (exclusive ? "SELECT pg_advisory_xact_lock(@store);" : "SELECT pg_advisory_xact_lock_shared(@store);")
                + " SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k",
            cancellationToken,
            ("store", StoreLock),
            ("keys", keys)).ConfigureAwait(false);
    }

    /// <summary>Takes locks the block reached after the first set, without waiting.</summary>
    /// <param name="names">The names.</param>
    /// <param name="cancellationToken">A token that cancels the statement.</param>
    /// <returns>A task that completes when every lock is held.</returns>
    /// <exception cref="LockContendedException">Another transaction holds one of them.</exception>
    public async Task TakeAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        if (_exclusive)
        {
            // The store's lock held alone: no other transaction writes, and locking every name would fill the lock table.
            return;
        }

        var wanted = new List<long>();
        foreach (var name in names)
        {
            _names.Add(name);
            _reached.Add(name);
            var hash = Hash(name);
            if (!_held.Contains(hash))
            {
                wanted.Add(hash);
            }
        }

        if (wanted.Count == 0)
        {
            return;
        }

        var keys = wanted.Distinct().Order().ToArray();
        var refused = await PgSql.ReadAllAsync(
            connection,
            transaction,
            "SELECT COUNT(*) FILTER (WHERE NOT pg_try_advisory_xact_lock(k))::int FROM unnest(@keys) AS k",
            r => r.GetInt32(0),
            cancellationToken,
            ("keys", keys)).ConfigureAwait(false);
        if (refused[0] > 0)
        {
            throw new LockContendedException();
        }

        _held.UnionWith(keys);
    }

    /// <summary>Hashes a name to the 64-bit key of its lock (FNV-1a over UTF-8); a collision only serialises more.</summary>
    private static long Hash(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
