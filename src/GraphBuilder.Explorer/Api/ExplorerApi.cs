using System.Globalization;
using GraphBuilder.Explorer.Api.Contracts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Queries;
using GraphBuilder.Graph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Explorer.Api;

/// <summary>
/// The read-only JSON API. Every list is paged (<c>offset</c>, <c>limit</c> up to <c>MaxPageSize</c>), a neighbourhood
/// holds at most <c>MaxNodes</c> entities, and each request is cancelled after <c>QueryTimeout</c>.
/// </summary>
internal static class ExplorerApi
{
    private const int DefaultLimit = 20;
    private const int MaxText = 200;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("graph");
        api.MapGet("/search", SearchAsync).WithName("search")
            .WithSummary("Entities by name, alias or id: prefix of any word, case-insensitive, one typo allowed; most mentioned first.");
        api.MapGet("/entities/{id}", EntityAsync).WithName("entity")
            .WithSummary("An entity with a page of its relations grouped by type, each with its evidence; redirects followed.");
        api.MapGet("/entities/{id}/neighbourhood", NeighbourhoodAsync).WithName("neighbourhood")
            .WithSummary("The entities around an entity (depth 1 or 2), most mentioned first up to the node cap, and the relations between them.");
        api.MapGet("/entities/{id}/explain", ExplainAsync).WithName("explain")
            .WithSummary("Why an entity's names are one entity: its aliases and the resolution decisions, as graphbuilder explain shows them.");
        api.MapGet("/articles/{id}", ArticleAsync).WithName("article")
            .WithSummary("An article: title, URL, date, its kept text, its mentions as spans with their entities, and its relations' evidence.");
        api.MapGet("/status", StatusAsync).WithName("status")
            .WithSummary("What graphbuilder status shows: the sources with their next and last runs, the ledger's counts and the graph's size.");
    }

    private static async Task<Results<Ok<Paged<SearchHit>>, BadRequest<ApiError>>> SearchAsync(
        string q,
        string? type,
        int? offset,
        int? limit,
        IGraphQueries queries,
        IOptions<ExplorerOptions> options,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxText)
        {
            return TypedResults.BadRequest(new ApiError($"q must be 1 to {MaxText} characters"));
        }

        EntityKind? kind = null;
        if (!string.IsNullOrEmpty(type))
        {
            if (!GraphVocabulary.TryParseLabel(type, out var parsed))
            {
                return TypedResults.BadRequest(new ApiError($"type must be one of {string.Join(", ", GraphVocabulary.EntityLabels)}"));
            }

            kind = parsed;
        }

        var page = Page(offset, limit, options.Value);
        var found = await queries.SearchAsync(new EntitySearch(q, kind, page), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new Paged<SearchHit>([.. found.Items.Select(ApiMapping.Hit)], found.Offset, page.Limit, found.HasMore));
    }

    private static async Task<Results<Ok<EntityDetails>, NotFound<ApiError>>> EntityAsync(
        string id,
        int? offset,
        int? limit,
        IGraphQueries queries,
        IOptions<ExplorerOptions> options,
        CancellationToken cancellationToken)
    {
        var page = Page(offset, limit, options.Value);
        var view = await queries.ReadEntityAsync(new EntityId(id), page, cancellationToken).ConfigureAwait(false);
        return view is null ? TypedResults.NotFound(NoEntity(id)) : TypedResults.Ok(ApiMapping.Details(view, page.Limit));
    }

    private static async Task<Results<Ok<NeighbourhoodGraph>, NotFound<ApiError>, BadRequest<ApiError>>> NeighbourhoodAsync(
        string id,
        int? depth,
        string? types,
        double? minConfidence,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? maxNodes,
        IGraphQueries queries,
        IOptions<ExplorerOptions> options,
        CancellationToken cancellationToken)
    {
        if (depth is not (null or 1 or 2))
        {
            return TypedResults.BadRequest(new ApiError("depth must be 1 or 2"));
        }

        HashSet<RelationKind>? kinds = null;
        foreach (var name in (types ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!GraphVocabulary.TryParseRelationType(name.ToUpperInvariant(), out var kind))
            {
                return TypedResults.BadRequest(new ApiError($"unknown relation type '{name}'; types are {string.Join(", ", GraphVocabulary.RelationshipTypes)}"));
            }

            (kinds ??= []).Add(kind);
        }

        var cap = Math.Clamp(maxNodes ?? options.Value.MaxNodes, 2, options.Value.MaxNodes);
        var request = new NeighbourhoodRequest(depth ?? 1, kinds, Math.Clamp(minConfidence ?? 0, 0, 1), from, to, cap);
        var found = await queries.ReadNeighbourhoodAsync(new EntityId(id), request, cancellationToken).ConfigureAwait(false);
        return found is null ? TypedResults.NotFound(NoEntity(id)) : TypedResults.Ok(ApiMapping.Graph(found, cap));
    }

    private static async Task<Results<Ok<Explanation>, NotFound<ApiError>>> ExplainAsync(
        string id,
        int? offset,
        int? limit,
        IEntityCatalog catalog,
        IGraphReader reader,
        IOptions<ExplorerOptions> options,
        CancellationToken cancellationToken)
    {
        // The same reads as graphbuilder explain: the entity through its redirects, then its decisions.
        var asked = new EntityId(id);
        var now = await catalog.RedirectAsync(asked, cancellationToken).ConfigureAwait(false);
        var current = now ?? asked;
        var change = await reader.ReadChangeAsync(new GraphChangeSet([], [current], [], []), cancellationToken).ConfigureAwait(false);
        if (change.Upserts.Entities.FirstOrDefault(e => e.Id == current) is not { } node)
        {
            return TypedResults.NotFound(NoEntity(id));
        }

        var page = Page(offset, limit, options.Value);
        var decisions = await reader.ReadDecisionsAsync(current, cancellationToken).ConfigureAwait(false);
        var items = decisions.Skip(page.Offset).Take(page.Limit).Select(d => new Decision(d.Article, d.Decision.Name, d.Decision.Rule, d.Decision.Detail)).ToList();
        return TypedResults.Ok(new Explanation(
            node.Id.Value,
            node.Name,
            GraphVocabulary.Label(node.Type),
            node.Aliases,
            now is null ? null : id,
            new Paged<Decision>(items, page.Offset, page.Limit, decisions.Count > page.Offset + page.Limit)));
    }

    private static async Task<Results<Ok<ArticleDetails>, NotFound<ApiError>>> ArticleAsync(string id, IGraphQueries queries, CancellationToken cancellationToken)
    {
        var view = await queries.ReadArticleAsync(id, cancellationToken).ConfigureAwait(false);
        return view is null ? TypedResults.NotFound(new ApiError($"no article has the id '{id}'")) : TypedResults.Ok(ApiMapping.Article(view));
    }

    private static async Task<Ok<StoreStatus>> StatusAsync(
        IGraphReader reader,
        ISourceRunLog runs,
        IOptions<GraphBuilder.Ingestion.Scheduling.SourcesOptions> sources,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var statistics = await reader.ReadStatisticsAsync(0, cancellationToken).ConfigureAwait(false);
        var lastRuns = (await runs.ReadSourceRunsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Source, StringComparer.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        var configured = sources.Value.Sources.Select(s =>
        {
            var next = GraphBuilder.Ingestion.Scheduling.CronSchedule.TryParse(s.Schedule, out var schedule, out _) ? schedule?.GetNextOccurrence(now, TimeZoneInfo.Utc) : null;
            var last = lastRuns.GetValueOrDefault(s.Name);
            return new SourceStatus(
                s.Name,
                s.Type,
                s.Path ?? s.Url,
                s.Schedule,
                next,
                last is null ? null : new SourceRunStatus(last.StartedAt, last.FinishedAt, last.Seen, last.Ingested, last.Duplicates, last.Failed, last.Error));
        }).ToList();
        var ledger = Enum.GetValues<ArticleStatus>().ToDictionary(s => s.ToString().ToLowerInvariant(), s => statistics.Ledger.GetValueOrDefault(s), StringComparer.Ordinal);
        return TypedResults.Ok(new StoreStatus(
            configured,
            ledger,
            statistics.Articles,
            statistics.Entities,
            statistics.Relations,
            statistics.EntitiesByType,
            statistics.RelationsByType));
    }

    private static PageRequest Page(int? offset, int? limit, ExplorerOptions options) =>
        new(Math.Clamp(offset ?? 0, 0, 100_000), Math.Clamp(limit ?? DefaultLimit, 1, options.MaxPageSize));

    private static ApiError NoEntity(string id) => new(string.Create(CultureInfo.InvariantCulture, $"no entity has or had the id '{id}'"));
}
