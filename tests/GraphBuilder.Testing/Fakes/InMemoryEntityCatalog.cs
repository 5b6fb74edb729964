using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Testing.Fakes;

/// <summary>
/// An entity catalog held in memory, for resolution tests; it counts look-ups so tests can check blocking.
/// </summary>
public sealed class InMemoryEntityCatalog : IEntityCatalog
{
    private readonly List<KnownEntity> _rows = [];

    public int LookUps { get; private set; }

    public int KeysAsked { get; private set; }

    public InMemoryEntityCatalog Add(EntityKind kind, string name, params string[] aliases)
    {
        var id = EntityId.From(kind, name);
        foreach (var key in new[] { name }.Concat(aliases).SelectMany(n => NameKeys.For(n, kind)).Distinct())
        {
            _rows.Add(new KnownEntity(id, kind, name, key));
        }

        return this;
    }

    public Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        LookUps++;
        KeysAsked += keys.Count;
        IReadOnlyList<KnownEntity> found = [.. _rows.Where(r => keys.Contains(r.Key))];
        return Task.FromResult(found);
    }
}
