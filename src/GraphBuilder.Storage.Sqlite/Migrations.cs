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
    ];
}
