using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Testing.Storage;

/// <summary>The roles of one store under test, and what closes it.</summary>
public sealed record StoreRoles(
    IArticleLedger Ledger,
    IGraphWriter Writer,
    IGraphReader Reader,
    IEntityCatalog Catalog,
    IChangeOutbox Outbox,
    ISourceRunLog SourceRuns,
    INearDuplicateIndex NearDuplicates,
    IWorkerRegistry Workers,
    IDisposable Owner);
