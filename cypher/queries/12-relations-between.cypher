// Relations between two entities: every typed relation between them, in either direction, at or above a
// confidence, with how many articles state it and when it was first and last seen.
//
// @param a: "Tomas Reyes" -- the first entity's name or one of its aliases, compared case-insensitively
// @param b: "Northwind Energy" -- the second entity's name or one of its aliases, compared case-insensitively
// @param minConfidence: 0.0 -- the lowest confidence to keep, between 0 and 1
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($a) OR any(alias IN x.aliases WHERE toLower(alias) = toLower($a))
MATCH (y:Entity)
WHERE (toLower(y.name) = toLower($b) OR any(alias IN y.aliases WHERE toLower(alias) = toLower($b)))
  AND x <> y
MATCH (x)-[r:WORKS_FOR|LEADS|MEMBER_OF|LIVES_IN|CITIZEN_OF|BASED_IN|LOCATED_IN|KILLED|INTERVIEWED|MET|SUPPORTED|OPPOSED|CRITICIZED|ACCUSED|COMPETED_WITH|RESIGNED_FROM|CREATED|PUBLISHED|AIRED_ON|RELATED_TO|SUED]-(y)
WHERE r.confidence >= $minConfidence
RETURN startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target,
       r.confidence AS confidence, r.count AS occurrences, r.articles AS articles,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY confidence DESC, relation;
