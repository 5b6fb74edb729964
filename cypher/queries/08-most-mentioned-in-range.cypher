// Most mentioned entities in a date range: mentions summed over the articles published in [from, to), optionally
// of one entity type. Articles without a publication date are not counted.
//
// @param from: "2026-03-01T00:00:00Z" -- the start of the range, included; an ISO 8601 date or date-time
// @param to: "2026-04-01T00:00:00Z" -- the end of the range, excluded; an ISO 8601 date or date-time
// @param type: "Person" -- an entity type (Person, Organization, Location, Work, Event, Other), or null for all
// @param limit: 20 -- the most entities to return
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE a.publishedAt >= datetime($from) AND a.publishedAt < datetime($to)
  AND ($type IS NULL OR e.type = $type)
RETURN e.id AS id, e.name AS name, e.type AS type,
       sum(m.count) AS mentions, count(DISTINCT a) AS articles
ORDER BY mentions DESC, articles DESC, name
LIMIT $limit;
