// Timeline of an entity: the articles published in [from, to) that mention it, oldest first, with each article's
// mention count and the typed relations of the entity that the article gives evidence for.
//
// @param name: "Samuel Okafor" -- the entity's name or one of its aliases, compared case-insensitively
// @param from: "2026-03-01" -- the start of the range, included; an ISO 8601 date or date-time
// @param to: "2026-04-01" -- the end of the range, excluded; an ISO 8601 date or date-time
// @param limit: 100 -- the most articles to return
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE a.publishedAt >= datetime($from) AND a.publishedAt < datetime($to)
RETURN e.name AS entity, a.publishedAt AS publishedAt, a.title AS title, a.source AS source, a.url AS url,
       m.count AS mentions,
       COLLECT {
         MATCH (e)-[r]-(other:Entity)
         WHERE r.confidence IS NOT NULL AND a.id IN r.articles
         RETURN startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name
       } AS relations
ORDER BY publishedAt, title
LIMIT $limit;
