// Relations of one type at or above a confidence, strongest first: for example every WORKS_FOR the extractor is at
// least 80% sure of. The type is compared with `type(r)`, because Cypher takes no parameter for a relationship
// type in a pattern; it must be one of the vocabulary in README.md (WORKS_FOR, LEADS, MEMBER_OF, ..., RELATED_TO).
//
// @param type: "CRITICIZED" -- the relationship type, in upper case
// @param minConfidence: 0.5 -- the lowest confidence to keep, between 0 and 1
// @param limit: 100 -- the most relations to return
MATCH (s:Entity)-[r]->(t:Entity)
WHERE type(r) = $type AND r.confidence >= $minConfidence
RETURN s.id AS sourceId, s.name AS source, type(r) AS relation, t.id AS targetId, t.name AS target,
       r.confidence AS confidence, r.count AS occurrences, size(r.articles) AS articles,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY confidence DESC, occurrences DESC, source, target
LIMIT $limit;
