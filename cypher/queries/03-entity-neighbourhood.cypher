// Neighbourhood of an entity: every typed relation it takes part in, in both directions, at or above a confidence,
// with the entity at the other end. `direction` is `out` when the entity is the subject (`(entity)-[r]->(other)`)
// and `in` when it is the object. Co-mentions are left out (see 09-co-mention-network.cypher).
//
// @param name: "Maria Alvarez" -- the entity's name or one of its aliases, compared case-insensitively
// @param minConfidence: 0.5 -- the lowest relation confidence to keep, between 0 and 1
// @param limit: 50 -- the most relations to return
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
MATCH (e)-[r:WORKS_FOR|LEADS|MEMBER_OF|LIVES_IN|CITIZEN_OF|BASED_IN|LOCATED_IN|KILLED|INTERVIEWED|MET|SUPPORTED|OPPOSED|CRITICIZED|ACCUSED|COMPETED_WITH|RESIGNED_FROM|CREATED|PUBLISHED|AIRED_ON|RELATED_TO|SUED]-(other:Entity)
WHERE r.confidence >= $minConfidence
RETURN e.name AS entity, type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other.id AS neighbourId, other.name AS neighbour, other.type AS neighbourType,
       r.confidence AS confidence, r.count AS occurrences, size(r.articles) AS articles
ORDER BY confidence DESC, occurrences DESC, neighbour
LIMIT $limit;
