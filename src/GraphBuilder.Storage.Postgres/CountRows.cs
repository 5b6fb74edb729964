using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>Collects <c>(anchor, value, count)</c> rows of a group count table by anchor.</summary>
internal sealed class CountRows
{
    private readonly Dictionary<string, Dictionary<string, int>> _byAnchor = new(StringComparer.Ordinal);

    /// <summary>Reads one row.</summary>
    public void Read(NpgsqlDataReader reader)
    {
        var anchor = reader.GetString(0);
        if (!_byAnchor.TryGetValue(anchor, out var counts))
        {
            _byAnchor[anchor] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        counts[reader.GetString(1)] = reader.GetInt32(2);
    }

    /// <summary>Gets an anchor's counts, or <see langword="null"/> when it has none.</summary>
    public IReadOnlyDictionary<string, int>? Of(string anchor) => _byAnchor.GetValueOrDefault(anchor);
}
