using System.Globalization;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;
using Shouldly;
using Xunit;

namespace GraphBuilder.Testing.Storage;

/// <summary>
/// The behaviour every store provider must have, role by role. A provider's test project derives from this class and
/// says how to open a fresh, empty store; every test here then runs against that provider.
/// </summary>
public abstract class GraphStoreContractTests : IDisposable
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    protected static readonly EntityId Putin = new("person:vladimir-putin");
    protected static readonly EntityId Stone = new("person:oliver-stone");
    protected static readonly EntityId Showtime = new("organization:showtime");
    protected static readonly EntityId Interviews = new("work:the-putin-interviews");

    private StoreRoles? _store;

    protected StoreRoles Store => _store ??= OpenEmpty();

    public void Dispose()
    {
        _store?.Owner.Dispose();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task CommitArticleAsync_NewArticle_IsCreatedAndReadBack()
    {
        var commit = await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));

        commit.Outcome.ShouldBe(CommitOutcome.Created);
        var graph = await Store.Reader.ReadGraphAsync();
        graph.Articles.ShouldHaveSingleItem().Id.ShouldBe("article:a");
        graph.Entities.Select(e => e.Id).ShouldBe([Stone, Putin]);
        graph.Entities.Single(e => e.Id == Putin).MentionCount.ShouldBe(2);
        graph.Entities.Single(e => e.Id == Putin).Aliases.ShouldBe(["Putin"]);
        graph.Relations.ShouldHaveSingleItem().Type.ShouldBe(RelationKind.Interviewed);
        graph.Mentions.Count.ShouldBe(2);
        graph.CoMentions.ShouldHaveSingleItem().Count.ShouldBe(1);
    }

    [Fact]
    public async Task CommitArticleAsync_SameArticleTwice_ChangesNothing()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        var before = await Store.Reader.ReadGraphAsync();

        var commit = await Store.Writer.CommitArticleAsync(ArticleA(ingestedAt: T0.AddHours(1)), Entry("a.txt", "article:a"));

        commit.Outcome.ShouldBe(CommitOutcome.Unchanged);
        var after = await Store.Reader.ReadGraphAsync();
        after.Articles.ShouldBe(before.Articles);
        after.Entities.Select(e => (e.Id, e.MentionCount, e.FirstSeen)).ShouldBe(before.Entities.Select(e => (e.Id, e.MentionCount, e.FirstSeen)));
        after.Relations.Select(r => r.Count).ShouldBe(before.Relations.Select(r => r.Count));
    }

    [Fact]
    public async Task CommitArticleAsync_EditedArticle_ReplacesOnlyItsOwnFacts()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        await Store.Writer.CommitArticleAsync(ArticleB(), Entry("b.txt", "article:b"));

        var edited = ArticleA(hash: "edited") with { Relations = [], Entities = [Entity(EntityKind.Person, "Vladimir Putin", 0)], CoMentions = [] };
        var commit = await Store.Writer.CommitArticleAsync(edited, Entry("a.txt", "article:a"));

        commit.Outcome.ShouldBe(CommitOutcome.Replaced);
        commit.Changes.Entities.ShouldContain(Stone);
        var graph = await Store.Reader.ReadGraphAsync();
        graph.Entities.Select(e => e.Id).ShouldBe([Showtime, Putin, Interviews]);
        graph.Entities.Single(e => e.Id == Putin).MentionCount.ShouldBe(2);
        graph.Relations.ShouldHaveSingleItem().Type.ShouldBe(RelationKind.AiredOn);
    }

    [Fact]
    public async Task CommitArticleAsync_PendingEntry_QueuesTheChangeWithTheFacts()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a", ArticleStatus.Pending));

        var pending = (await Store.Outbox.ListPendingAsync(10)).ShouldHaveSingleItem();
        pending.ArticleId.ShouldBe("article:a");
        pending.Changes.Relations.ShouldHaveSingleItem().Type.ShouldBe(RelationKind.Interviewed);
        (await Store.Ledger.FindLedgerEntryAsync("a.txt"))!.Status.ShouldBe(ArticleStatus.Pending);
    }

    [Fact]
    public async Task ReadGraphAsync_RelationInTwoArticles_AggregatesEvidence()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        var second = ArticleA(id: "article:c", hash: "c", published: T0.AddDays(2));
        await Store.Writer.CommitArticleAsync(second, Entry("c.txt", "article:c"));

        var relation = (await Store.Reader.ReadGraphAsync()).Relations.ShouldHaveSingleItem();

        relation.Count.ShouldBe(2);
        relation.Articles.ShouldBe(["article:a", "article:c"]);
        relation.Confidence.ShouldBe(1 - (0.2 * 0.2), 1e-9);
        relation.FirstSeen.ShouldBe(T0);
        relation.LastSeen.ShouldBe(T0.AddDays(2));
    }

    [Fact]
    public async Task ReadGraphAsync_EndRetypedByOtherArticles_FitsTheRelationToItsTypes()
    {
        // One story took the company for a person living in Oslo; two others name it as the company it is.
        var text = "Meridian Geodata, of Oslo, said it would appeal.";
        var misread = Article("article:1", "1", Entity(EntityKind.Person, "Meridian Geodata", 0), Entity(EntityKind.Location, "Oslo", 21)) with
        {
            Relations = [new DraftRelation(0, 1, RelationKind.LivesIn, new Evidence("article:1", text, 0, text.Length, 0.6, "test/1"))],
        };
        var changes = new List<GraphChange>();
        foreach (var article in new[] { misread, Article("article:2", "2", Entity(EntityKind.Organization, "Meridian Geodata", 0)), Article("article:3", "3", Entity(EntityKind.Organization, "Meridian Geodata", 0)) })
        {
            var commit = await Store.Writer.CommitArticleAsync(article, Entry(article.Article.Id + ".txt", article.Article.Id));
            changes.Add(await Store.Reader.ReadChangeAsync(commit.Changes));
        }

        var graph = await Store.Reader.ReadGraphAsync();
        var statistics = await Store.Reader.ReadStatisticsAsync(1);

        var relation = graph.Relations.ShouldHaveSingleItem();
        relation.Source.ShouldBe(new EntityId("organization:meridian-geodata"));
        relation.Type.ShouldBe(RelationKind.BasedIn);
        statistics.RelationsByType.Keys.ShouldBe(["BASED_IN"]);
        changes.SelectMany(c => c.Upserts.Relations).Where(r => r.Source == relation.Source).Select(r => r.Type).Distinct().ShouldBe([RelationKind.BasedIn]);
    }

    [Fact]
    public async Task ReadStatisticsAsync_TwoArticles_CountsByTypeAndRanksByMentions()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        await Store.Writer.CommitArticleAsync(ArticleB(), Entry("b.txt", "article:b"));

        var statistics = await Store.Reader.ReadStatisticsAsync(1);

        statistics.Articles.ShouldBe(2);
        statistics.Entities.ShouldBe(4);
        statistics.EntitiesByType["Person"].ShouldBe(2);
        statistics.Ledger[ArticleStatus.Ingested].ShouldBe(2);
        statistics.TopEntities.ShouldHaveSingleItem().Id.ShouldBe(Putin);
    }

    [Fact]
    public async Task ReadMentionsAndDecisionsAsync_Entity_GivesItsSentencesAndMerges()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));

        var mentions = await Store.Reader.ReadMentionsAsync(Putin);
        var decisions = await Store.Reader.ReadDecisionsAsync(Putin);

        mentions.Select(m => m.Text).ShouldBe(["Vladimir Putin", "Putin"]);
        mentions[0].Sentence.ShouldBe("Oliver Stone interviewed Vladimir Putin.");
        decisions.Select(d => d.Decision.Rule).ShouldBe(["same-name", "coreference"]);
    }

    [Fact]
    public async Task ReadChangeAsync_EntityNoLongerMentioned_ListsItAsDeleted()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        var edited = ArticleA(hash: "edited") with { Relations = [], Entities = [Entity(EntityKind.Person, "Vladimir Putin", 0)], CoMentions = [] };
        var commit = await Store.Writer.CommitArticleAsync(edited, Entry("a.txt", "article:a"));

        var change = await Store.Reader.ReadChangeAsync(commit.Changes);

        change.DeletedEntities.ShouldBe([Stone]);
        change.DeletedRelations.ShouldHaveSingleItem().Type.ShouldBe(RelationKind.Interviewed);
        change.Upserts.Entities.ShouldHaveSingleItem().Id.ShouldBe(Putin);
    }

    [Fact]
    public async Task FindAsync_WrittenForm_FindsTheEntity()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));

        (await Store.Catalog.FindAsync("putin")).ShouldBe([Putin]);
        (await Store.Catalog.FindAsync("person:vladimir-putin")).ShouldBe([Putin]);
        (await Store.Catalog.FindAsync("Nobody Here")).ShouldBeEmpty();
    }

    [Fact]
    public async Task FindAsync_FormOfAReplacedArticle_IsNoLongerAnAlias()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        var edited = ArticleA(hash: "edited") with { Entities = [Entity(EntityKind.Person, "Oliver Stone", 20), Entity(EntityKind.Person, "Vladimir Putin", 0)] };

        await Store.Writer.CommitArticleAsync(edited, Entry("a.txt", "article:a"));

        (await Store.Catalog.FindAsync("Vladimir Putin")).ShouldBe([Putin]);
        (await Store.Reader.ReadGraphAsync()).Entities.Single(e => e.Id == Putin).Aliases.ShouldBeEmpty();
    }

    [Fact]
    public async Task CommitArticleAsync_SurnameBeforeItsFullName_EndsAsOneEntityWithARedirect()
    {
        await Store.Writer.CommitArticleAsync(Article("article:1", "1", Entity(EntityKind.Person, "Merkel", 0)), Entry("1.txt", "article:1"));
        (await Store.Reader.ReadGraphAsync()).Entities.ShouldHaveSingleItem().Id.ShouldBe(new EntityId("person:merkel"));

        var commit = await Store.Writer.CommitArticleAsync(Article("article:2", "2", Entity(EntityKind.Person, "Angela Merkel", 0)), Entry("2.txt", "article:2"));

        var merkel = (await Store.Reader.ReadGraphAsync()).Entities.ShouldHaveSingleItem();
        merkel.Id.ShouldBe(new EntityId("person:angela-merkel"));
        merkel.MentionCount.ShouldBe(2);
        merkel.Aliases.ShouldBe(["Merkel"]);
        (await Store.Catalog.RedirectAsync(new EntityId("person:merkel"))).ShouldBe(merkel.Id);
        commit.Changes.Articles.ShouldBe(["article:1", "article:2"]);
        (await Store.Reader.ReadChangeAsync(commit.Changes)).DeletedEntities.ShouldBe([new EntityId("person:merkel")]);
    }

    [Fact]
    public async Task CommitArticleAsync_AnyOrderOfArrival_GivesTheSameGraph()
    {
        var articles = ClintonArticles();

        var forward = await GraphAfterAsync(articles);
        var backward = await GraphAfterAsync([.. articles.Reverse()]);
        var shuffled = await GraphAfterAsync([articles[2], articles[4], articles[0], articles[3], articles[1]]);

        forward.ShouldBe(backward);
        forward.ShouldBe(shuffled);
        forward.ShouldContain("person:hillary-clinton Hillary Clinton [Clinton] 2");
        forward.ShouldContain("person:bernie-sanders Bernie Sanders [Sanders] 3");
        forward.ShouldContain("organization:democratic-national-committee Democratic National Committee [DNC] 2");
        forward.ShouldContain("person:bill-clinton Bill Clinton [] 1");
    }

    [Fact]
    public async Task CommitArticlesAsync_Batches_GiveTheGraphOneByOneWritesGive()
    {
        var articles = ClintonArticles();
        var oneByOne = await GraphAfterAsync(articles);
        var roles = OpenEmpty();
        using (roles.Owner)
        {
            await roles.Writer.CommitArticlesAsync([.. articles.Take(2).Select(a => new ArticleWrite(a, Entry(a.Article.Id + ".txt", a.Article.Id)))]);
            var commits = await roles.Writer.CommitArticlesAsync([.. articles.Skip(2).Select(a => new ArticleWrite(a, Entry(a.Article.Id + ".txt", a.Article.Id)))]);

            commits.Select(c => c.Outcome).ShouldBe([CommitOutcome.Created, CommitOutcome.Created, CommitOutcome.Created]);
            Describe(await roles.Reader.ReadGraphAsync()).ShouldBe(oneByOne);
            (await roles.Ledger.ListLedgerAsync(ArticleStatus.Ingested)).Count.ShouldBe(5);
        }
    }

    [Fact]
    public async Task CommitArticlesAsync_ArticleEditedWithinTheBatch_CountsOnlyItsLastVersion()
    {
        var articles = ClintonArticles();
        var edited = Article("article:1", "1b", Entity(EntityKind.Person, "Hillary Clinton", 0), Entity(EntityKind.Person, "Bernie Sanders", 30));
        var expected = await GraphAfterAsync([edited, articles[4]]);

        var commits = await Store.Writer.CommitArticlesAsync([
            new ArticleWrite(articles[0], Entry("article:1.txt", "article:1")),
            new ArticleWrite(articles[4], Entry("article:5.txt", "article:5")),
            new ArticleWrite(edited, Entry("article:1.txt", "article:1")),
        ]);

        commits.Select(c => c.Outcome).ShouldBe([CommitOutcome.Created, CommitOutcome.Created, CommitOutcome.Replaced]);
        Describe(await Store.Reader.ReadGraphAsync()).ShouldBe(expected);

        // Rebuilding every name group from the drafts finds the counts the batch left: nothing moves.
        var summary = await Store.Writer.ResolveAllAsync(T0.AddHours(1), enqueue: false);
        (summary.Merges, summary.Splits, summary.Redirects).ShouldBe((0, 0, 0));
        Describe(await Store.Reader.ReadGraphAsync()).ShouldBe(expected);
    }

    [Fact]
    public async Task CommitArticlesAsync_PendingBatch_QueuesEveryChangeInArticleOrder()
    {
        var articles = ClintonArticles();
        await Store.Writer.CommitArticleAsync(articles[0], Entry("article:1.txt", "article:1"));

        var commits = await Store.Writer.CommitArticlesAsync([
            new ArticleWrite(articles[0], Entry("article:1.txt", "article:1", ArticleStatus.Pending)),
            .. articles.Skip(1).Select(a => new ArticleWrite(a, Entry(a.Article.Id + ".txt", a.Article.Id, ArticleStatus.Pending))),
        ]);

        commits[0].Outcome.ShouldBe(CommitOutcome.Unchanged);
        var pending = await Store.Outbox.ListPendingAsync(10);
        pending.Select(p => p.ArticleId).ShouldBe(["article:2", "article:3", "article:4", "article:5"]);
        pending.SelectMany(p => p.Changes.Articles).Distinct().Order(StringComparer.Ordinal).ShouldBe(["article:1", "article:2", "article:3", "article:4", "article:5"]);
        pending.SelectMany(p => p.Changes.Entities).ShouldContain(new EntityId("person:hillary-clinton"));
    }

    [Fact]
    public async Task ResolveAllAsync_StoreResolvedArticleByArticle_ChangesNothing()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        await Store.Writer.CommitArticleAsync(ArticleB(), Entry("b.txt", "article:b"));
        var before = Describe(await Store.Reader.ReadGraphAsync());

        var summary = await Store.Writer.ResolveAllAsync(T0.AddHours(1), enqueue: false);

        summary.ShouldBe(new ResolutionSummary(4, 4, 0, 0, 0));
        Describe(await Store.Reader.ReadGraphAsync()).ShouldBe(before);
        (await Store.Outbox.ListPendingAsync(10)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RecordAsync_SameLocationTwice_KeepsFirstSeen()
    {
        await Store.Ledger.RecordAsync(new LedgerEntry("bad.bin", "cli", ArticleStatus.Failed, T0, T0) { Reason = "binary" });
        await Store.Ledger.RecordAsync(new LedgerEntry("bad.bin", "cli", ArticleStatus.Failed, T0.AddDays(1), T0.AddDays(1)) { Reason = "still binary" });

        var entry = await Store.Ledger.FindLedgerEntryAsync("bad.bin");

        entry.ShouldNotBeNull();
        entry.FirstSeenAt.ShouldBe(T0);
        entry.UpdatedAt.ShouldBe(T0.AddDays(1));
        entry.Reason.ShouldBe("still binary");
        (await Store.Ledger.ListLedgerAsync(ArticleStatus.Failed)).Count.ShouldBe(1);
        (await Store.Ledger.ListLedgerAsync(ArticleStatus.Ingested)).ShouldBeEmpty();
    }

    [Fact]
    public async Task CountByStatusAsync_MixedLedger_CountsEachStatus()
    {
        await Store.Ledger.RecordAsync(new LedgerEntry("bad.bin", "cli", ArticleStatus.Failed, T0, T0) { Reason = "binary" });
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a", ArticleStatus.Pending));
        await Store.Writer.CommitArticleAsync(ArticleB(), Entry("b.txt", "article:b"));

        var counts = await Store.Ledger.CountByStatusAsync();

        counts.ShouldBe(new Dictionary<ArticleStatus, int> { [ArticleStatus.Failed] = 1, [ArticleStatus.Pending] = 1, [ArticleStatus.Ingested] = 1 }, ignoreOrder: true);
    }

    [Fact]
    public async Task CompletePendingAsync_LastPendingChange_MarksArticleIngested()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a", ArticleStatus.Pending));
        var pending = (await Store.Outbox.ListPendingAsync(10)).ShouldHaveSingleItem();
        pending.Changes.Entities.ShouldBe([Stone, Putin]);

        await Store.Outbox.CompletePendingAsync(pending, T0.AddMinutes(1));

        (await Store.Outbox.ListPendingAsync(10)).ShouldBeEmpty();
        (await Store.Ledger.FindLedgerEntryAsync("a.txt"))!.Status.ShouldBe(ArticleStatus.Ingested);
    }

    [Fact]
    public async Task FailPendingAsync_Change_StaysPendingWithOneMoreAttempt()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a", ArticleStatus.Pending));
        var pending = (await Store.Outbox.ListPendingAsync(10)).ShouldHaveSingleItem();

        await Store.Outbox.FailPendingAsync(pending, "Neo4j is down");

        (await Store.Outbox.ListPendingAsync(10)).ShouldHaveSingleItem().Attempts.ShouldBe(1);
        (await Store.Ledger.FindLedgerEntryAsync("a.txt"))!.Status.ShouldBe(ArticleStatus.Pending);
    }

    [Fact]
    public async Task EnqueueAllAsync_TwoArticles_QueuesOneChangePerArticle()
    {
        await Store.Writer.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        await Store.Writer.CommitArticleAsync(ArticleB(), Entry("b.txt", "article:b"));

        var queued = await Store.Outbox.EnqueueAllAsync(T0.AddHours(1));

        queued.ShouldBe(2);
        (await Store.Outbox.ListPendingAsync(10)).Select(p => p.ArticleId).ShouldBe(["article:a", "article:b"]);
    }

    [Fact]
    public async Task ListWorkersAsync_BeatsOfTwoWorkers_ListsEachOnceWithItsLatestBeatSinceTheWindow()
    {
        await Store.Workers.RecordHeartbeatAsync(new WorkerHeartbeat("w1", "host-a", T0, T0, 0));
        await Store.Workers.RecordHeartbeatAsync(new WorkerHeartbeat("w2", "host-b", T0, T0.AddSeconds(5), 3));
        await Store.Workers.RecordHeartbeatAsync(new WorkerHeartbeat("w1", "host-a", T0, T0.AddSeconds(30), 7));

        var alive = await Store.Workers.ListWorkersAsync(T0.AddSeconds(10));
        var all = await Store.Workers.ListWorkersAsync(T0);

        alive.ShouldHaveSingleItem().ShouldBe(new WorkerHeartbeat("w1", "host-a", T0, T0.AddSeconds(30), 7));
        all.Select(w => (w.WorkerId, w.Processed)).ShouldBe([("w1", 7L), ("w2", 3L)]);
    }

    [Fact]
    public async Task RecordSourceRunAsync_SecondRun_ReplacesTheFirst()
    {
        await Store.SourceRuns.RecordSourceRunAsync(new SourceRun("wire", T0, T0.AddMinutes(1), 3, 2, 0, 1, null));
        await Store.SourceRuns.RecordSourceRunAsync(new SourceRun("wire", T0.AddHours(1), T0.AddHours(1).AddMinutes(1), 5, 5, 0, 0, null));
        await Store.SourceRuns.RecordSourceRunAsync(new SourceRun("feed", T0, T0, 0, 0, 0, 0, "HTTP 503"));

        var runs = await Store.SourceRuns.ReadSourceRunsAsync();

        runs.Select(r => r.Source).ShouldBe(["feed", "wire"]);
        runs[1].Seen.ShouldBe(5);
        runs[0].Error.ShouldBe("HTTP 503");
    }

    [Fact]
    public async Task FindNearDuplicateAsync_SyndicatedCopy_FindsTheOriginalButNotItself()
    {
        const string Story = "Oliver Stone interviewed Vladimir Putin for a documentary series that aired on Showtime in June, the network said on Monday.";
        await Store.Writer.CommitArticleAsync(ArticleA() with { Signature = MinHash.Compute(Story) }, Entry("a.txt", "article:a"));

        var copy = await Store.NearDuplicates.FindNearDuplicateAsync(MinHash.Compute("MOSCOW (Wire) - " + Story), 0.7, "article:copy");
        var self = await Store.NearDuplicates.FindNearDuplicateAsync(MinHash.Compute(Story), 0.7, "article:a");
        var other = await Store.NearDuplicates.FindNearDuplicateAsync(MinHash.Compute("The harbour authority raised ferry fares again, blaming the price of fuel and new safety rules."), 0.7, "article:x");

        copy.ShouldNotBeNull().ArticleId.ShouldBe("article:a");
        self.ShouldBeNull();
        other.ShouldBeNull();
    }

    [Fact]
    public async Task FindNearDuplicateAsync_SinceAMarkTakenBeforeTheOriginal_FindsTheOriginal()
    {
        const string Story = "Oliver Stone interviewed Vladimir Putin for a documentary series that aired on Showtime in June, the network said on Monday.";
        await Store.Writer.CommitArticleAsync(ArticleB(), Entry("b.txt", "article:b"));
        var mark = await Store.NearDuplicates.MarkAsync();
        await Store.Writer.CommitArticleAsync(ArticleA() with { Signature = MinHash.Compute(Story) }, Entry("a.txt", "article:a"));

        var copy = await Store.NearDuplicates.FindNearDuplicateAsync(MinHash.Compute("MOSCOW (Wire) - " + Story), 0.7, "article:copy", mark);

        copy.ShouldNotBeNull().ArticleId.ShouldBe("article:a");
    }

    private static List<string> Describe(GraphSnapshot graph) =>
        [.. graph.Entities.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Id} {e.Name} [{string.Join(", ", e.Aliases)}] {e.MentionCount}"))];

    private static ArticleDraft[] ClintonArticles() =>
    [
        Article("article:1", "1", Entity(EntityKind.Person, "Clinton", 0), Entity(EntityKind.Person, "Bernie Sanders", 20)),
        Article("article:2", "2", Entity(EntityKind.Person, "Hillary Clinton", 0), Entity(EntityKind.Person, "Bernie Sanders", 30)),
        Article("article:3", "3", Entity(EntityKind.Person, "Bill Clinton", 0), Entity(EntityKind.Location, "Arkansas", 30)),
        Article("article:4", "4", Entity(EntityKind.Organization, "Democratic National Committee", 0, "DNC") with { Acronyms = ["DNC"] }),
        Article("article:5", "5", Entity(EntityKind.Organization, "DNC", 0), Entity(EntityKind.Person, "Sanders", 10)),
    ];

    private async Task<List<string>> GraphAfterAsync(IReadOnlyList<ArticleDraft> articles)
    {
        // A store of its own for each order of arrival.
        var roles = OpenEmpty();
        using (roles.Owner)
        {
            foreach (var article in articles)
            {
                await roles.Writer.CommitArticleAsync(article, Entry(article.Article.Id + ".txt", article.Article.Id));
            }

            return Describe(await roles.Reader.ReadGraphAsync());
        }
    }

    /// <summary>Opens a fresh, empty store of the provider under test: a new one on each call.</summary>
    protected abstract StoreRoles OpenEmpty();

    /// <summary>Releases what the derived class holds.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    protected static LedgerEntry Entry(string location, string articleId, ArticleStatus status = ArticleStatus.Ingested) =>
        new(location, "test", status, T0, T0) { ArticleId = articleId, ContentHash = "h", PipelineVersion = "v1" };

    protected static DraftEntity Entity(EntityKind kind, string name, int start, params string[] aliases) =>
        new(kind, name, aliases, [new MentionSpan(start, start + name.Length, 0, name)], []);

    protected static ArticleDraft Article(string id, string hash, params DraftEntity[] entities) =>
        new(new Article(id, "https://news.example/" + id, id, "Test", T0, hash, T0), entities, [], [], "v1");

    protected static ArticleDraft ArticleA(string id = "article:a", string hash = "a", DateTimeOffset? published = null, DateTimeOffset? ingestedAt = null)
    {
        var article = new Article(id, "https://news.example/" + id, "A", "Test", published ?? T0, hash, ingestedAt ?? T0);
        var putin = new DraftEntity(EntityKind.Person, "Vladimir Putin", ["Putin"], [new MentionSpan(0, 14, 0, "Vladimir Putin"), new MentionSpan(40, 45, 1, "Putin")], ["same person"]);
        var stone = Entity(EntityKind.Person, "Oliver Stone", 20);
        var evidence = new Evidence(id, "Oliver Stone interviewed Vladimir Putin.", 0, 40, 0.8, "test/1");
        return new ArticleDraft(article, [stone, putin], [new DraftRelation(0, 1, RelationKind.Interviewed, evidence)], [(0, 1, 1)], "v1")
        {
            Sentences = [new ArticleSentence(0, 0, 40, "Oliver Stone interviewed Vladimir Putin."), new ArticleSentence(1, 41, 60, "Putin said little.")],
        };
    }

    protected static ArticleDraft ArticleB()
    {
        var article = new Article("article:b", "https://news.example/b", "B", "Test", T0.AddDays(1), "b", T0);
        var putin = Entity(EntityKind.Person, "Vladimir Putin", 0);
        var showtime = Entity(EntityKind.Organization, "Showtime", 30);
        var interviews = Entity(EntityKind.Work, "The Putin Interviews", 50);
        var evidence = new Evidence("article:b", "The Putin Interviews aired on Showtime.", 0, 39, 0.9, "test/1");
        return new ArticleDraft(article, [putin, showtime, interviews], [new DraftRelation(2, 1, RelationKind.AiredOn, evidence)], [], "v1");
    }
}
