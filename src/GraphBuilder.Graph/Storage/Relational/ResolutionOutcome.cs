using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// What writing a block's resolution changed: the entities whose drafts or names changed (old and new ids), the
/// articles whose drafts now go to another entity, and the ids that went, with where they went.
/// </summary>
/// <param name="Entities">The entities touched, old and new ids.</param>
/// <param name="Articles">The articles whose drafts changed entity.</param>
/// <param name="Redirects">Each id that no longer exists, and the id it went to.</param>
internal sealed record ResolutionOutcome(IReadOnlySet<EntityId> Entities, IReadOnlySet<string> Articles, IReadOnlyDictionary<EntityId, EntityId> Redirects);
