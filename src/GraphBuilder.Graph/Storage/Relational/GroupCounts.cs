namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>An article's counts for one of the name groups' count tables, summed by anchor and value.</summary>
internal sealed class GroupCounts
{
    private readonly SortedDictionary<(string Anchor, string Value), int> _counts = [];

    /// <summary>Gets a value indicating whether there is nothing to count.</summary>
    public bool IsEmpty => _counts.Count == 0;

    /// <summary>Adds counts of values to an anchor.</summary>
    public void Add(string anchor, IEnumerable<(string Value, int Count)> counts)
    {
        foreach (var (value, count) in counts)
        {
            _counts[(anchor, value)] = _counts.GetValueOrDefault((anchor, value)) + count;
        }
    }

    /// <summary>Gets the rows to add (<paramref name="sign"/> 1) or take away (-1).</summary>
    public IEnumerable<GroupCountRow> Rows(int sign) => _counts.Select(c => new GroupCountRow(c.Key.Anchor, c.Key.Value, sign * c.Value));
}
