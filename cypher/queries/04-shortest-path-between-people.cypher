// Shortest path between two people: the fewest typed relations, in either direction and through entities of any
// type, that connect two Person entities, using only relations at or above a confidence. Paths longer than 6 hops
// are not searched (Cypher does not take a parameter for the bound). Returns the path itself, for Neo4j Browser
// and Bloom to draw, and its steps as lists.
//
// @param a: "Maria Alvarez" -- the first person's name or one of its aliases, compared case-insensitively
// @param b: "Samuel Okafor" -- the second person's name or one of its aliases, compared case-insensitively
// @param minConfidence: 0.3 -- the lowest confidence of every relation on the path, between 0 and 1
MATCH (p1:Person)
WHERE toLower(p1.name) = toLower($a) OR any(alias IN p1.aliases WHERE toLower(alias) = toLower($a))
MATCH (p2:Person)
WHERE (toLower(p2.name) = toLower($b) OR any(alias IN p2.aliases WHERE toLower(alias) = toLower($b)))
  AND p1 <> p2
MATCH path = shortestPath((p1)-[:WORKS_FOR|LEADS|MEMBER_OF|LIVES_IN|CITIZEN_OF|BASED_IN|LOCATED_IN|KILLED|INTERVIEWED|MET|SUPPORTED|OPPOSED|CRITICIZED|ACCUSED|COMPETED_WITH|RESIGNED_FROM|CREATED|PUBLISHED|AIRED_ON|RELATED_TO|SUED*..6]-(p2))
WHERE all(r IN relationships(path) WHERE r.confidence >= $minConfidence)
RETURN p1.name AS person1, p2.name AS person2, length(path) AS hops,
       [n IN nodes(path) | n.name] AS names,
       [r IN relationships(path) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
       [r IN relationships(path) | r.confidence] AS confidences,
       path
ORDER BY hops, person1, person2;
