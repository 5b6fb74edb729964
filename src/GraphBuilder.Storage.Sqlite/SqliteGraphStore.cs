using System.Globalization;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The embedded store: the graph, the ingestion ledger and the outbox of changes for external sinks, in one SQLite
/// file in WAL mode. Each article is written in one transaction with its ledger row (and outbox row), so a process
/// killed at any moment leaves either all of it or none of it.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly string _connectionString;
    private readonly ILogger<SqliteGraphStore> _logger;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly int _busyTimeoutMilliseconds;
    private bool _initialized;

    /// <summary>Initializes a new instance of the <see cref="SqliteGraphStore"/> class.</summary>
    /// <param name="options">The store's options.</param>
    /// <param name="logger">The logger.</param>
    public SqliteGraphStore(IOptions<SqliteStoreOptions> options, ILogger<SqliteGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var path = System.IO.Path.GetFullPath(options.Value.Path);
        Path = path;
        _logger = logger;
        _busyTimeoutMilliseconds = (int)options.Value.BusyTimeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)options.Value.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    /// <summary>Gets the full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Gets the schema version the store is at once opened.</summary>
    public static int SchemaVersion => Migrations.All[^1].Version;

    /// <inheritdoc/>
    public void Dispose()
    {
        _initialization.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <inheritdoc/>
    public async Task<ArticleCommit> CommitArticleAsync(ArticleGraph graph, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entry);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var article = graph.Article;
                string? existingHash = null, existingVersion = null;
                using (var command = Command(connection, transaction, "SELECT content_hash, pipeline_version FROM articles WHERE id = $id", ("$id", article.Id)))
                {
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            existingHash = reader.GetString(0);
                            existingVersion = reader.GetString(1);
                        }
                    }
                }

                if (existingHash == article.ContentHash && existingVersion == graph.PipelineVersion)
                {
                    await UpsertLedgerAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return new ArticleCommit(CommitOutcome.Unchanged, GraphChangeSet.None);
                }

                var touched = await TouchedByAsync(connection, transaction, article.Id, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "DELETE FROM articles WHERE id = $id", cancellationToken, ("$id", article.Id)).ConfigureAwait(false);
                await InsertArticleAsync(connection, transaction, graph, cancellationToken).ConfigureAwait(false);

                // Entities the article's old version mentioned may have lost names, so their keys are rebuilt; the
                // others only gain this article's names, which is cheap whatever the number of articles naming them.
                var rebuild = new HashSet<EntityId>(touched.Entities);
                foreach (var entity in graph.Entities)
                {
                    touched.Entities.Add(entity.Id);
                }

                foreach (var relation in graph.Relations)
                {
                    touched.Relations.Add(new RelationKey(relation.Source, relation.Target, relation.Type));
                }

                foreach (var coMention in graph.CoMentions)
                {
                    touched.CoMentions.Add((coMention.Source, coMention.Target));
                }

                await RefreshEntitiesAsync(connection, transaction, rebuild, cancellationToken).ConfigureAwait(false);
                await AddEntityKeysAsync(connection, transaction, graph.Entities.Where(e => !rebuild.Contains(e.Id)), cancellationToken).ConfigureAwait(false);
                if (graph.Signature is { } signature)
                {
                    await InsertSignatureAsync(connection, transaction, article.Id, signature, cancellationToken).ConfigureAwait(false);
                }

                var changes = new GraphChangeSet(
                    [article.Id],
                    [.. touched.Entities.Order()],
                    [.. touched.Relations.OrderBy(r => r.Source).ThenBy(r => r.Target).ThenBy(r => r.Type)],
                    [.. touched.CoMentions.OrderBy(c => c.Item1).ThenBy(c => c.Item2)]);
                await UpsertLedgerAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
                if (entry.Status == ArticleStatus.Pending)
                {
                    await ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO outbox (article_id, changes, enqueued_at) VALUES ($article, $changes, $at)",
                        cancellationToken,
                        ("$article", article.Id),
                        ("$changes", ChangeSetJson.Write(changes)),
                        ("$at", StoreText.Time(entry.UpdatedAt))).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                Log.ArticleCommitted(_logger, article.Id, graph.Entities.Count, graph.Relations.Count);
                return new ArticleCommit(existingHash is null ? CommitOutcome.Created : CommitOutcome.Replaced, changes);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<KnownEntity>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var chunk in keys.Chunk(500))
            {
                var (inList, parameters) = InList("$k", chunk);
                using var command = Command(connection, null, $"SELECT k.key, e.id, e.type, e.name FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key IN ({inList})", parameters);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (GraphVocabulary.TryParseLabel(reader.GetString(2), out var kind))
                        {
                            found.Add(new KnownEntity(new EntityId(reader.GetString(1)), kind, reader.GetString(3), reader.GetString(0)));
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public async Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(IReadOnlyList<uint> signature, double minSimilarity, string excludeArticleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Blocking by bands (locality-sensitive hashing): only articles sharing a whole band are compared.
            var tuples = string.Join(", ", Enumerable.Range(0, MinHash.Bands).Select(b => string.Create(CultureInfo.InvariantCulture, $"({b}, $v{b})")));
            var parameters = Enumerable.Range(0, MinHash.Bands)
                .Select(b => (string.Create(CultureInfo.InvariantCulture, $"$v{b}"), (object)MinHash.Band(signature, b)))
                .Append(("$exclude", excludeArticleId))
                .ToArray();
            using var command = Command(connection, null, $"SELECT DISTINCT s.article_id, s.minhash FROM signature_bands b JOIN signatures s ON s.article_id = b.article_id WHERE (b.band, b.value) IN (VALUES {tuples}) AND b.article_id <> $exclude", parameters);
            (string, double)? best = null;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var similarity = MinHash.Similarity(signature, Unpack((byte[])reader.GetValue(1)));
                    if (similarity >= minSimilarity && (best is null || similarity > best.Value.Item2 || (similarity == best.Value.Item2 && string.CompareOrdinal(reader.GetString(0), best.Value.Item1) < 0)))
                    {
                        best = (reader.GetString(0), similarity);
                    }
                }
            }

            return best;
        }
    }

    private static async Task InsertSignatureAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, IReadOnlyList<uint> signature, CancellationToken cancellationToken)
    {
        var packed = new byte[signature.Count * sizeof(uint)];
        for (var i = 0; i < signature.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(packed.AsSpan(i * sizeof(uint)), signature[i]);
        }

        await ExecuteAsync(connection, transaction, "INSERT INTO signatures (article_id, minhash) VALUES ($article, $minhash)", cancellationToken, ("$article", articleId), ("$minhash", packed)).ConfigureAwait(false);
        using var insert = Command(connection, transaction, "INSERT OR IGNORE INTO signature_bands (band, value, article_id) VALUES ($band, $value, $article)", ("$band", 0), ("$value", 0L), ("$article", articleId));
        for (var band = 0; band < MinHash.Bands; band++)
        {
            insert.Parameters["$band"].Value = band;
            insert.Parameters["$value"].Value = MinHash.Band(signature, band);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static uint[] Unpack(byte[] packed)
    {
        var values = new uint[packed.Length / sizeof(uint)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(packed.AsSpan(i * sizeof(uint)));
        }

        return values;
    }

    private static async Task InsertArticleAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleGraph graph, CancellationToken cancellationToken)
    {
        var article = graph.Article;
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO articles (id, url, title, source, published_at, content_hash, ingested_at, pipeline_version) VALUES ($id, $url, $title, $source, $published, $hash, $ingested, $version)",
            cancellationToken,
            ("$id", article.Id),
            ("$url", StoreText.OrNull(article.Url)),
            ("$title", StoreText.OrNull(article.Title)),
            ("$source", StoreText.OrNull(article.Source)),
            ("$published", StoreText.TimeOrNull(article.PublishedAt)),
            ("$hash", article.ContentHash),
            ("$ingested", StoreText.Time(article.IngestedAt)),
            ("$version", graph.PipelineVersion)).ConfigureAwait(false);

        using (var insertEntity = Command(connection, transaction, "INSERT INTO entities (id, name, type) VALUES ($id, $name, $type) ON CONFLICT (id) DO NOTHING", ("$id", string.Empty), ("$name", string.Empty), ("$type", string.Empty)))
        using (var insertArticleEntity = Command(connection, transaction, "INSERT INTO article_entities (article_id, entity_id, name, aliases) VALUES ($article, $entity, $name, $aliases)", ("$article", article.Id), ("$entity", string.Empty), ("$name", string.Empty), ("$aliases", string.Empty)))
        using (var insertMention = Command(connection, transaction, "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, \"end\", sentence, text) VALUES ($article, $entity, $start, $end, $sentence, $text)", ("$article", article.Id), ("$entity", string.Empty), ("$start", 0), ("$end", 0), ("$sentence", 0), ("$text", string.Empty)))
        {
            foreach (var entity in graph.Entities)
            {
                insertEntity.Parameters["$id"].Value = entity.Id.Value;
                insertEntity.Parameters["$name"].Value = entity.Name;
                insertEntity.Parameters["$type"].Value = GraphVocabulary.Label(entity.Type);
                await insertEntity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                insertArticleEntity.Parameters["$entity"].Value = entity.Id.Value;
                insertArticleEntity.Parameters["$name"].Value = entity.Name;
                insertArticleEntity.Parameters["$aliases"].Value = StoreText.List(entity.Aliases);
                await insertArticleEntity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                foreach (var span in entity.Spans)
                {
                    insertMention.Parameters["$entity"].Value = entity.Id.Value;
                    insertMention.Parameters["$start"].Value = span.Start;
                    insertMention.Parameters["$end"].Value = span.End;
                    insertMention.Parameters["$sentence"].Value = span.Sentence;
                    insertMention.Parameters["$text"].Value = span.Text;
                    await insertMention.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        using (var insertSentence = Command(connection, transaction, "INSERT OR IGNORE INTO sentences (article_id, sentence, start, \"end\", text) VALUES ($article, $sentence, $start, $end, $text)", ("$article", article.Id), ("$sentence", 0), ("$start", 0), ("$end", 0), ("$text", string.Empty)))
        {
            foreach (var sentence in graph.Sentences)
            {
                insertSentence.Parameters["$sentence"].Value = sentence.Index;
                insertSentence.Parameters["$start"].Value = sentence.Start;
                insertSentence.Parameters["$end"].Value = sentence.End;
                insertSentence.Parameters["$text"].Value = sentence.Text;
                await insertSentence.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        using (var insertEvidence = Command(connection, transaction, "INSERT OR REPLACE INTO evidence (article_id, source_id, target_id, type, start, \"end\", sentence, confidence, extractor, date) VALUES ($article, $source, $target, $type, $start, $end, $sentence, $confidence, $extractor, $date)", ("$article", article.Id), ("$source", string.Empty), ("$target", string.Empty), ("$type", string.Empty), ("$start", 0), ("$end", 0), ("$sentence", string.Empty), ("$confidence", 0.0), ("$extractor", string.Empty), ("$date", DBNull.Value)))
        {
            foreach (var relation in graph.Relations)
            {
                foreach (var evidence in relation.Evidence)
                {
                    insertEvidence.Parameters["$source"].Value = relation.Source.Value;
                    insertEvidence.Parameters["$target"].Value = relation.Target.Value;
                    insertEvidence.Parameters["$type"].Value = GraphVocabulary.RelationType(relation.Type);
                    insertEvidence.Parameters["$start"].Value = evidence.Start;
                    insertEvidence.Parameters["$end"].Value = evidence.End;
                    insertEvidence.Parameters["$sentence"].Value = evidence.Sentence;
                    insertEvidence.Parameters["$confidence"].Value = evidence.Confidence;
                    insertEvidence.Parameters["$extractor"].Value = evidence.Extractor;
                    insertEvidence.Parameters["$date"].Value = StoreText.OrNull(evidence.Date);
                    await insertEvidence.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        using (var insertCoMention = Command(connection, transaction, "INSERT INTO co_mentions (article_id, source_id, target_id, count) VALUES ($article, $source, $target, $count)", ("$article", article.Id), ("$source", string.Empty), ("$target", string.Empty), ("$count", 0)))
        {
            foreach (var coMention in graph.CoMentions)
            {
                insertCoMention.Parameters["$source"].Value = coMention.Source.Value;
                insertCoMention.Parameters["$target"].Value = coMention.Target.Value;
                insertCoMention.Parameters["$count"].Value = coMention.Count;
                await insertCoMention.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        using (var insertDecision = Command(connection, transaction, "INSERT INTO decisions (article_id, seq, entity_id, name, rule, detail) VALUES ($article, $seq, $entity, $name, $rule, $detail)", ("$article", article.Id), ("$seq", 0), ("$entity", string.Empty), ("$name", string.Empty), ("$rule", string.Empty), ("$detail", string.Empty)))
        {
            var seq = 0;
            foreach (var decision in graph.Decisions)
            {
                insertDecision.Parameters["$seq"].Value = seq++;
                insertDecision.Parameters["$entity"].Value = decision.Entity.Value;
                insertDecision.Parameters["$name"].Value = decision.Name;
                insertDecision.Parameters["$rule"].Value = decision.Rule;
                insertDecision.Parameters["$detail"].Value = decision.Detail;
                await insertDecision.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<(HashSet<EntityId> Entities, HashSet<RelationKey> Relations, HashSet<(EntityId, EntityId)> CoMentions)> TouchedByAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string articleId,
        CancellationToken cancellationToken)
    {
        var entities = new HashSet<EntityId>();
        var relations = new HashSet<RelationKey>();
        var coMentions = new HashSet<(EntityId, EntityId)>();
        using (var command = Command(connection, transaction, "SELECT entity_id FROM article_entities WHERE article_id = $id", ("$id", articleId)))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    entities.Add(new EntityId(reader.GetString(0)));
                }
            }
        }

        using (var command = Command(connection, transaction, "SELECT DISTINCT source_id, target_id, type FROM evidence WHERE article_id = $id", ("$id", articleId)))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (GraphVocabulary.TryParseRelationType(reader.GetString(2), out var kind))
                    {
                        relations.Add(new RelationKey(new EntityId(reader.GetString(0)), new EntityId(reader.GetString(1)), kind));
                    }
                }
            }
        }

        using (var command = Command(connection, transaction, "SELECT source_id, target_id FROM co_mentions WHERE article_id = $id", ("$id", articleId)))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    coMentions.Add((new EntityId(reader.GetString(0)), new EntityId(reader.GetString(1))));
                }
            }
        }

        return (entities, relations, coMentions);
    }

    private static async Task AddEntityKeysAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<ArticleEntity> entities, CancellationToken cancellationToken)
    {
        using var readType = Command(connection, transaction, "SELECT type FROM entities WHERE id = $id", ("$id", string.Empty));
        using var insert = Command(connection, transaction, "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES ($key, $id)", ("$key", string.Empty), ("$id", string.Empty));
        foreach (var entity in entities)
        {
            // The stored type decides the keys, as in a rebuild: the first article to name the entity set it.
            readType.Parameters["$id"].Value = entity.Id.Value;
            if (await readType.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string type || !GraphVocabulary.TryParseLabel(type, out var kind))
            {
                continue;
            }

            insert.Parameters["$id"].Value = entity.Id.Value;
            foreach (var key in entity.Aliases.Prepend(entity.Name).SelectMany(n => NameKeys.For(n, kind)).ToHashSet(StringComparer.Ordinal))
            {
                insert.Parameters["$key"].Value = key;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task RefreshEntitiesAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<EntityId> entities, CancellationToken cancellationToken)
    {
        foreach (var id in entities)
        {
            // An entity no article mentions any more is gone; otherwise its keys are rebuilt from its current names.
            var names = new List<string>();
            string? name = null, type = null;
            using (var command = Command(connection, transaction, "SELECT e.name, e.type, ae.name, ae.aliases FROM entities e LEFT JOIN article_entities ae ON ae.entity_id = e.id WHERE e.id = $id", ("$id", id.Value)))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        name = reader.GetString(0);
                        type = reader.GetString(1);
                        if (!reader.IsDBNull(2))
                        {
                            names.Add(reader.GetString(2));
                            names.AddRange(StoreText.ParseList(reader.GetString(3)));
                        }
                    }
                }
            }

            if (name is null || type is null)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, "DELETE FROM entity_keys WHERE entity_id = $id", cancellationToken, ("$id", id.Value)).ConfigureAwait(false);
            if (names.Count == 0 || !GraphVocabulary.TryParseLabel(type, out var kind))
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM entities WHERE id = $id", cancellationToken, ("$id", id.Value)).ConfigureAwait(false);
                continue;
            }

            names.Add(name);
            var keys = names.SelectMany(n => NameKeys.For(n, kind)).ToHashSet(StringComparer.Ordinal);
            using var insert = Command(connection, transaction, "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES ($key, $id)", ("$key", string.Empty), ("$id", id.Value));
            foreach (var key in keys)
            {
                insert.Parameters["$key"].Value = key;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, string.Create(CultureInfo.InvariantCulture, $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {_busyTimeoutMilliseconds};"), cancellationToken).ConfigureAwait(false);
            if (!_initialized)
            {
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            long version;
            using (var command = Command(connection, null, "PRAGMA user_version"))
            {
                version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
            }

            if (version > SchemaVersion)
            {
                throw new InvalidOperationException($"The store '{Path}' has schema version {version}, newer than this GraphBuilder understands ({SchemaVersion}).");
            }

            foreach (var (number, sql) in Migrations.All.Where(m => m.Version > version))
            {
                var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {number}"), cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                Log.Migrated(_logger, Path, number);
            }

            _initialized = true;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 26)
        {
            // SQLITE_NOTADB: name the file, since the caller only knows its option.
            throw new InvalidDataException($"'{Path}' is not a GraphBuilder store (not an SQLite database).", exception);
        }
        finally
        {
            _initialization.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Every statement is a constant of this class; values always go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (string InList, (string Name, object Value)[] Parameters) InList(string prefix, IEnumerable<string> values)
    {
        var parameters = values.Select((value, index) => (string.Create(CultureInfo.InvariantCulture, $"{prefix}{index}"), (object)value)).ToArray();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }
}
