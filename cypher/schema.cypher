// GraphBuilder graph model: constraints and indexes. Safe to run more than once.
//
// (:Article {id, url, title, source, publishedAt, contentHash, ingestedAt})
// (:Entity:<Person|Organization|Location|Work|Event|Other> {id, name, type, aliases, mentionCount, firstSeen, lastSeen})
// (:Article)-[:MENTIONS {count, spans}]->(:Entity)
// (:Entity)-[:<TYPE> {confidence, count, articles, evidence, firstSeen, lastSeen}]->(:Entity)
// (:Entity)-[:CO_MENTIONED {count, articles}]->(:Entity)

// Identity: MERGE on these is what makes every write idempotent.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// Look-ups people make while exploring.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_last_seen IF NOT EXISTS FOR (e:Entity) ON (e.lastSeen);
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name];
