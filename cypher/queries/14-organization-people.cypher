// People of an organisation: who works for, leads, is a member of or resigned from an organisation, at or above a
// confidence, with the relation and its dates; the most confident first.
//
// @param organization: "Northwind Energy" -- the organisation's name or one of its aliases, compared case-insensitively
// @param minConfidence: 0.3 -- the lowest confidence to keep, between 0 and 1
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($organization)
   OR any(alias IN o.aliases WHERE toLower(alias) = toLower($organization))
MATCH (p:Person)-[r:WORKS_FOR|LEADS|MEMBER_OF|RESIGNED_FROM]->(o)
WHERE r.confidence >= $minConfidence
RETURN o.name AS organization, p.id AS personId, p.name AS person, type(r) AS relation,
       r.confidence AS confidence, r.count AS occurrences, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY confidence DESC, person, relation;
