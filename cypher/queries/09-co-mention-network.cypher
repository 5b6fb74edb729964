// Co-mention network around an entity: the entities named in the same sentence as it, at least a number of times,
// and the co-mentions among those neighbours too, so the result is a small network to draw. Each row is one
// co-mention edge; `sentences` is how many sentences name both and `articles` in how many articles they do.
// Typed relations are not co-mentions: see 03-entity-neighbourhood.cypher for those.
//
// @param name: "Northwind Energy" -- the entity's name or one of its aliases, compared case-insensitively
// @param minCount: 1 -- the fewest sentences naming both for an edge to be kept
// @param limit: 25 -- the most neighbours to take, those co-mentioned most often first
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
MATCH (e)-[c:CO_MENTIONED]-(neighbour:Entity)
WHERE c.count >= $minCount
WITH e, neighbour, c
ORDER BY c.count DESC, neighbour.name
LIMIT $limit
WITH e, collect(neighbour) AS neighbours
UNWIND [e] + neighbours AS x
MATCH (x)-[c:CO_MENTIONED]->(y:Entity)
WHERE (y = e OR y IN neighbours) AND c.count >= $minCount
RETURN x.name AS source, x.type AS sourceType, y.name AS target, y.type AS targetType,
       c.count AS sentences, size(c.articles) AS articles,
       (x = e OR y = e) AS touchesEntity
ORDER BY touchesEntity DESC, sentences DESC, source, target;
