namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Holds the store's schema as numbered migrations, applied in order at start-up, one transaction each, under an
/// advisory lock so that workers starting together migrate once. A released migration is never edited. Text columns
/// use the "C" collation: the same byte order as the embedded store, whatever the database's locale.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The key of the session advisory lock held while migrating.</summary>
    public const long MigrationLock = 0x4742_6d69_6772_6174;

    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
            CREATE TABLE articles (
                id text COLLATE "C" PRIMARY KEY,
                url text COLLATE "C",
                title text COLLATE "C",
                source text COLLATE "C",
                published_at text COLLATE "C",
                content_hash text COLLATE "C" NOT NULL,
                ingested_at text COLLATE "C" NOT NULL,
                pipeline_version text COLLATE "C" NOT NULL);
            CREATE TABLE drafts (
                article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                draft integer NOT NULL,
                anchor text COLLATE "C" NOT NULL,
                name text COLLATE "C" NOT NULL,
                kind text COLLATE "C" NOT NULL,
                forms text NOT NULL,
                kinds text NOT NULL,
                acronyms text NOT NULL,
                aliases text NOT NULL,
                context text NOT NULL,
                source text COLLATE "C",
                entity_id text COLLATE "C",
                by_context boolean NOT NULL DEFAULT false,
                PRIMARY KEY (article_id, draft));
            CREATE INDEX ix_drafts_anchor ON drafts(anchor);
            CREATE INDEX ix_drafts_entity ON drafts(entity_id);
            CREATE INDEX ix_drafts_open ON drafts(anchor) WHERE entity_id IS NULL OR by_context;
            CREATE INDEX ix_drafts_by_context ON drafts(entity_id, anchor) WHERE by_context;
            CREATE TABLE mentions (
                article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                draft integer NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                sentence integer NOT NULL,
                text text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, draft, start));
            CREATE TABLE evidence (
                article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                source_draft integer NOT NULL,
                target_draft integer NOT NULL,
                type text COLLATE "C" NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                sentence text COLLATE "C" NOT NULL,
                confidence double precision NOT NULL,
                extractor text COLLATE "C" NOT NULL,
                date text COLLATE "C",
                PRIMARY KEY (article_id, source_draft, target_draft, type, start));
            CREATE TABLE co_mentions (
                article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                source_draft integer NOT NULL,
                target_draft integer NOT NULL,
                count integer NOT NULL,
                PRIMARY KEY (article_id, source_draft, target_draft));
            CREATE TABLE coreference (
                article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                seq integer NOT NULL,
                draft integer NOT NULL,
                name text COLLATE "C" NOT NULL,
                detail text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, seq));
            CREATE TABLE sentences (
                article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                sentence integer NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                text text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, sentence));
            CREATE TABLE signatures (
                article_id text COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                minhash bytea NOT NULL);
            CREATE TABLE signature_bands (
                band integer NOT NULL,
                value bigint NOT NULL,
                article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                PRIMARY KEY (band, value, article_id));
            CREATE INDEX ix_signature_bands_article ON signature_bands(article_id);
            CREATE TABLE entities (
                id text COLLATE "C" PRIMARY KEY,
                name text COLLATE "C" NOT NULL,
                type text COLLATE "C" NOT NULL,
                aliases text NOT NULL,
                cluster text COLLATE "C" NOT NULL);
            CREATE TABLE name_groups (
                anchor text COLLATE "C" PRIMARY KEY,
                drafts integer NOT NULL,
                kinds text NOT NULL,
                entity_id text COLLATE "C");
            CREATE INDEX ix_name_groups_entity ON name_groups(entity_id);
            CREATE TABLE group_forms (anchor text COLLATE "C" NOT NULL, form text COLLATE "C" NOT NULL, count integer NOT NULL, PRIMARY KEY (anchor, form));
            CREATE INDEX ix_group_forms_lower ON group_forms(lower(form));
            CREATE TABLE group_acronyms (anchor text COLLATE "C" NOT NULL, acronym text COLLATE "C" NOT NULL, count integer NOT NULL, PRIMARY KEY (anchor, acronym));
            CREATE TABLE group_neighbours (anchor text COLLATE "C" NOT NULL, neighbour text COLLATE "C" NOT NULL, count integer NOT NULL, PRIMARY KEY (anchor, neighbour));
            CREATE TABLE group_sources (anchor text COLLATE "C" NOT NULL, source text COLLATE "C" NOT NULL, count integer NOT NULL, PRIMARY KEY (anchor, source));
            CREATE TABLE group_keys (key text COLLATE "C" NOT NULL, anchor text COLLATE "C" NOT NULL, PRIMARY KEY (key, anchor));
            CREATE INDEX ix_group_keys_anchor ON group_keys(anchor);
            CREATE TABLE resolution (
                anchor text COLLATE "C" NOT NULL,
                article_id text COLLATE "C" NOT NULL,
                draft integer NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                name text COLLATE "C" NOT NULL,
                rule text COLLATE "C" NOT NULL,
                detail text COLLATE "C" NOT NULL,
                PRIMARY KEY (anchor, article_id, draft));
            CREATE INDEX ix_resolution_entity ON resolution(entity_id);
            CREATE TABLE redirects (old_id text COLLATE "C" PRIMARY KEY, new_id text COLLATE "C" NOT NULL);
            CREATE INDEX ix_redirects_new ON redirects(new_id);
            CREATE TABLE ledger (
                location text COLLATE "C" PRIMARY KEY,
                source text COLLATE "C" NOT NULL,
                status text COLLATE "C" NOT NULL,
                article_id text COLLATE "C",
                url text COLLATE "C",
                content_hash text COLLATE "C",
                reason text COLLATE "C",
                duplicate_of text COLLATE "C",
                pipeline_version text COLLATE "C",
                first_seen_at text COLLATE "C" NOT NULL,
                updated_at text COLLATE "C" NOT NULL);
            CREATE INDEX ix_ledger_status ON ledger(status);
            CREATE INDEX ix_ledger_article ON ledger(article_id);
            CREATE TABLE outbox (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                article_id text COLLATE "C" NOT NULL,
                changes text NOT NULL,
                entities text[] COLLATE "C" NOT NULL,
                enqueued_at text COLLATE "C" NOT NULL,
                attempts integer NOT NULL DEFAULT 0,
                last_error text,
                claimed_by uuid,
                claimed_until timestamptz);
            CREATE INDEX ix_outbox_article ON outbox(article_id);
            CREATE TABLE source_runs (
                source text COLLATE "C" PRIMARY KEY,
                started_at text COLLATE "C" NOT NULL,
                finished_at text COLLATE "C" NOT NULL,
                seen integer NOT NULL,
                ingested integer NOT NULL,
                duplicates integer NOT NULL,
                failed integer NOT NULL,
                error text);
            """),
        (2, """
            -- Heartbeats of the workers sharing the store, for graphbuilder status.
            CREATE TABLE workers (
                worker_id text COLLATE "C" PRIMARY KEY,
                host text COLLATE "C" NOT NULL,
                started_at timestamptz NOT NULL,
                last_seen_at timestamptz NOT NULL,
                processed bigint NOT NULL);
            """),
    ];
}
