// Centrality ranking in plain Cypher (no Graph Data Science): each entity's degree over the typed relations at or
// above a confidence, in both directions, with the same degree weighted by confidence (the sum of the confidences)
// and the number of distinct neighbours. Ranked by the weighted degree; co-mentions do not count.
//
// @param type: null -- an entity type to rank (Person, Organization, Location, Work, Event, Other), or null for all
// @param minConfidence: 0.3 -- the lowest confidence of a relation to count, between 0 and 1
// @param limit: 25 -- the most entities to return
MATCH (e:Entity)-[r:WORKS_FOR|LEADS|MEMBER_OF|LIVES_IN|CITIZEN_OF|BASED_IN|LOCATED_IN|KILLED|INTERVIEWED|MET|SUPPORTED|OPPOSED|CRITICIZED|ACCUSED|COMPETED_WITH|RESIGNED_FROM|CREATED|PUBLISHED|AIRED_ON|RELATED_TO|SUED]-(other:Entity)
WHERE ($type IS NULL OR e.type = $type) AND r.confidence >= $minConfidence
WITH e, count(r) AS degree, sum(r.confidence) AS weighted, count(DISTINCT other) AS neighbours,
     count(CASE WHEN startNode(r) = e THEN r END) AS outDegree
RETURN e.id AS id, e.name AS name, e.type AS type, degree, outDegree, degree - outDegree AS inDegree,
       round(weighted, 3) AS weightedDegree, neighbours, e.mentionCount AS mentions
ORDER BY weightedDegree DESC, degree DESC, mentions DESC, name
LIMIT $limit;
