using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Holds the store's schema as numbered migrations. A migration is never edited once released: changes are new
/// migrations, applied in order inside one transaction each, so any older file upgrades in place.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                url TEXT,
                title TEXT,
                source TEXT,
                published_at TEXT,
                content_hash TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                pipeline_version TEXT NOT NULL);
            CREATE TABLE entities (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                type TEXT NOT NULL);
            CREATE TABLE entity_keys (
                key TEXT NOT NULL,
                entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                PRIMARY KEY (key, entity_id)) WITHOUT ROWID;
            CREATE INDEX ix_entity_keys_entity ON entity_keys(entity_id);
            CREATE TABLE article_entities (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                entity_id TEXT NOT NULL,
                name TEXT NOT NULL,
                aliases TEXT NOT NULL,
                PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID;
            CREATE INDEX ix_article_entities_entity ON article_entities(entity_id);
            CREATE TABLE mentions (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                entity_id TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                sentence INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, entity_id, start)) WITHOUT ROWID;
            CREATE INDEX ix_mentions_entity ON mentions(entity_id);
            CREATE TABLE evidence (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                source_id TEXT NOT NULL,
                target_id TEXT NOT NULL,
                type TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                sentence TEXT NOT NULL,
                confidence REAL NOT NULL,
                extractor TEXT NOT NULL,
                date TEXT,
                PRIMARY KEY (source_id, target_id, type, article_id, start)) WITHOUT ROWID;
            CREATE INDEX ix_evidence_article ON evidence(article_id);
            CREATE TABLE co_mentions (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                source_id TEXT NOT NULL,
                target_id TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (source_id, target_id, article_id)) WITHOUT ROWID;
            CREATE INDEX ix_co_mentions_article ON co_mentions(article_id);
            CREATE TABLE decisions (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                entity_id TEXT NOT NULL,
                name TEXT NOT NULL,
                rule TEXT NOT NULL,
                detail TEXT NOT NULL,
                PRIMARY KEY (article_id, seq)) WITHOUT ROWID;
            CREATE INDEX ix_decisions_entity ON decisions(entity_id);
            CREATE TABLE ledger (
                location TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                status TEXT NOT NULL,
                article_id TEXT,
                url TEXT,
                content_hash TEXT,
                reason TEXT,
                duplicate_of TEXT,
                pipeline_version TEXT,
                first_seen_at TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE INDEX ix_ledger_status ON ledger(status);
            CREATE INDEX ix_ledger_article ON ledger(article_id);
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                article_id TEXT NOT NULL,
                changes TEXT NOT NULL,
                enqueued_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT);
            """),
        (2, """
            CREATE TABLE signatures (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                minhash BLOB NOT NULL);
            CREATE TABLE signature_bands (
                band INTEGER NOT NULL,
                value INTEGER NOT NULL,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                PRIMARY KEY (band, value, article_id)) WITHOUT ROWID;
            CREATE INDEX ix_signature_bands_article ON signature_bands(article_id);
            CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                sentence INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, sentence)) WITHOUT ROWID;
            CREATE TABLE source_runs (
                source TEXT PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT NOT NULL,
                seen INTEGER NOT NULL,
                ingested INTEGER NOT NULL,
                duplicates INTEGER NOT NULL,
                failed INTEGER NOT NULL,
                error TEXT);
            """),
        (3, """
            -- Facts are kept per article's draft entity; resolution maps drafts to entities, so that merging or
            -- splitting entities rewrites the mapping, never the articles' facts.
            CREATE TEMP TABLE draft_map AS
                SELECT article_id, entity_id, ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY entity_id) - 1 AS draft
                FROM article_entities;
            CREATE TABLE drafts (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                draft INTEGER NOT NULL,
                anchor TEXT NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                forms TEXT NOT NULL,
                kinds TEXT NOT NULL,
                acronyms TEXT NOT NULL,
                aliases TEXT NOT NULL,
                context TEXT NOT NULL,
                source TEXT,
                entity_id TEXT,
                by_context INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (article_id, draft)) WITHOUT ROWID;
            INSERT INTO drafts (article_id, draft, anchor, name, kind, forms, kinds, acronyms, aliases, context, source)
                SELECT m.article_id, m.draft, '', ae.name, e.type, '{}', '{}', '[]', ae.aliases, '[]', a.source
                FROM draft_map m
                JOIN article_entities ae ON ae.article_id = m.article_id AND ae.entity_id = m.entity_id
                JOIN entities e ON e.id = m.entity_id
                JOIN articles a ON a.id = m.article_id;
            CREATE INDEX ix_drafts_anchor ON drafts(anchor);
            CREATE INDEX ix_drafts_entity ON drafts(entity_id);
            CREATE INDEX ix_drafts_open ON drafts(anchor) WHERE entity_id IS NULL OR by_context = 1;
            CREATE INDEX ix_drafts_by_context ON drafts(entity_id, anchor) WHERE by_context = 1;
            CREATE TABLE mentions_v3 (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                draft INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                sentence INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, draft, start)) WITHOUT ROWID;
            INSERT OR IGNORE INTO mentions_v3 SELECT x.article_id, m.draft, x.start, x."end", x.sentence, x.text
                FROM mentions x JOIN draft_map m ON m.article_id = x.article_id AND m.entity_id = x.entity_id;
            DROP TABLE mentions;
            ALTER TABLE mentions_v3 RENAME TO mentions;
            CREATE TABLE evidence_v3 (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                source_draft INTEGER NOT NULL,
                target_draft INTEGER NOT NULL,
                type TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                sentence TEXT NOT NULL,
                confidence REAL NOT NULL,
                extractor TEXT NOT NULL,
                date TEXT,
                PRIMARY KEY (article_id, source_draft, target_draft, type, start)) WITHOUT ROWID;
            INSERT OR IGNORE INTO evidence_v3 SELECT x.article_id, s.draft, t.draft, x.type, x.start, x."end", x.sentence, x.confidence, x.extractor, x.date
                FROM evidence x
                JOIN draft_map s ON s.article_id = x.article_id AND s.entity_id = x.source_id
                JOIN draft_map t ON t.article_id = x.article_id AND t.entity_id = x.target_id;
            DROP TABLE evidence;
            ALTER TABLE evidence_v3 RENAME TO evidence;
            CREATE TABLE co_mentions_v3 (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                source_draft INTEGER NOT NULL,
                target_draft INTEGER NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (article_id, source_draft, target_draft)) WITHOUT ROWID;
            INSERT OR IGNORE INTO co_mentions_v3 SELECT x.article_id, s.draft, t.draft, x.count
                FROM co_mentions x
                JOIN draft_map s ON s.article_id = x.article_id AND s.entity_id = x.source_id
                JOIN draft_map t ON t.article_id = x.article_id AND t.entity_id = x.target_id;
            DROP TABLE co_mentions;
            ALTER TABLE co_mentions_v3 RENAME TO co_mentions;
            CREATE TABLE coreference (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                draft INTEGER NOT NULL,
                name TEXT NOT NULL,
                detail TEXT NOT NULL,
                PRIMARY KEY (article_id, seq)) WITHOUT ROWID;
            INSERT INTO coreference SELECT x.article_id, x.seq, m.draft, x.name, x.detail
                FROM decisions x JOIN draft_map m ON m.article_id = x.article_id AND m.entity_id = x.entity_id
                WHERE x.rule = 'coreference';
            DROP TABLE decisions;
            DROP TABLE article_entities;
            DROP TABLE entity_keys;
            DROP TABLE entities;
            DROP TABLE draft_map;
            CREATE TABLE entities (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                aliases TEXT NOT NULL,
                cluster TEXT NOT NULL);
            CREATE TABLE name_groups (
                anchor TEXT PRIMARY KEY,
                drafts INTEGER NOT NULL,
                kinds TEXT NOT NULL,
                entity_id TEXT);
            CREATE INDEX ix_name_groups_entity ON name_groups(entity_id);
            CREATE TABLE group_forms (anchor TEXT NOT NULL, form TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (anchor, form)) WITHOUT ROWID;
            CREATE TABLE group_acronyms (anchor TEXT NOT NULL, acronym TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (anchor, acronym)) WITHOUT ROWID;
            CREATE TABLE group_neighbours (anchor TEXT NOT NULL, neighbour TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (anchor, neighbour)) WITHOUT ROWID;
            CREATE TABLE group_sources (anchor TEXT NOT NULL, source TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (anchor, source)) WITHOUT ROWID;
            CREATE TABLE group_keys (key TEXT NOT NULL, anchor TEXT NOT NULL, PRIMARY KEY (key, anchor)) WITHOUT ROWID;
            CREATE INDEX ix_group_keys_anchor ON group_keys(anchor);
            CREATE TABLE resolution (
                anchor TEXT NOT NULL,
                article_id TEXT NOT NULL,
                draft INTEGER NOT NULL,
                entity_id TEXT NOT NULL,
                name TEXT NOT NULL,
                rule TEXT NOT NULL,
                detail TEXT NOT NULL,
                PRIMARY KEY (anchor, article_id, draft)) WITHOUT ROWID;
            CREATE INDEX ix_resolution_entity ON resolution(entity_id);
            CREATE TABLE redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL);
            CREATE INDEX ix_redirects_new ON redirects(new_id);
            """),
        (4, """
            -- Heartbeats of the workers sharing the store (issue 14), for graphbuilder status.
            CREATE TABLE workers (
                worker_id TEXT PRIMARY KEY,
                host TEXT NOT NULL,
                started_at TEXT NOT NULL,
                last_seen_at TEXT NOT NULL,
                processed INTEGER NOT NULL);
            """),
        (5, """
            -- Signatures in order of recording under a key never reused (AUTOINCREMENT), so that a search can look only at
            -- those recorded after a mark: the write side's check of an article the read side has already searched for.
            CREATE TABLE signatures_ordered (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
                minhash BLOB NOT NULL);
            INSERT INTO signatures_ordered (article_id, minhash) SELECT article_id, minhash FROM signatures ORDER BY rowid;
            DROP TABLE signatures;
            ALTER TABLE signatures_ordered RENAME TO signatures;
            """),
    ];

    /// <summary>
    /// Runs what a migration needs beyond its SQL, in the migration's transaction: schema 3 fills the drafts carried
    /// over from schema 2 and resolves the whole store by the rules of this version.
    /// </summary>
    public static async Task CompleteAsync(int version, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (version == 3)
        {
            var resolution = new SqliteResolution(connection, transaction);
            await resolution.UpgradeSchema2DraftsAsync(cancellationToken).ConfigureAwait(false);
            await resolution.RebuildAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
