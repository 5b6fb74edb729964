// Entity profile: an entity looked up by its name or one of its aliases, in any case, with its type, aliases,
// counts and first and last sighting, the articles that mention it (newest first, with how often each does) and the
// distinct sources of those articles. A name that is an alias of several entities returns one row for each.
//
// @param name: "maria alvarez" -- the entity's name or one of its aliases, compared case-insensitively
// @param limit: 25 -- the most articles to list per entity
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
       e.mentionCount AS mentions, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen,
       COUNT { (a:Article)-[:MENTIONS]->(e) } AS articleCount,
       COLLECT {
         MATCH (a:Article)-[m:MENTIONS]->(e)
         RETURN a {.id, .title, .url, .source, .publishedAt, mentions: m.count}
         ORDER BY a.publishedAt DESC, a.id
         LIMIT $limit
       } AS articles,
       COLLECT {
         MATCH (a:Article)-[:MENTIONS]->(e)
         WHERE a.source IS NOT NULL
         RETURN DISTINCT a.source
       } AS sources
ORDER BY mentions DESC, id;
