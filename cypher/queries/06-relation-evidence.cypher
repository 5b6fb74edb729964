// Evidence behind a relation: the sentences that state that one entity has a typed relation to another, each with
// its confidence, character offsets in the article's text, extractor and the article it comes from (newest first).
// `evidence` is stored as a list of JSON strings, decoded here with apoc.convert.fromJsonMap.
// REQUIRES APOC (core): the docker-compose Neo4j has it. Without APOC, return `r.evidence` as it is instead.
//
// @requires: apoc
// @param source: "Maria Alvarez" -- the subject's name or one of its aliases, compared case-insensitively
// @param target: "Northwind Energy" -- the object's name or one of its aliases, compared case-insensitively
// @param type: "CRITICIZED" -- the relationship type, or null for every typed relation between the two
MATCH (s:Entity)
WHERE toLower(s.name) = toLower($source) OR any(alias IN s.aliases WHERE toLower(alias) = toLower($source))
MATCH (t:Entity)
WHERE toLower(t.name) = toLower($target) OR any(alias IN t.aliases WHERE toLower(alias) = toLower($target))
MATCH (s)-[r]->(t)
WHERE ($type IS NULL OR type(r) = $type) AND r.evidence IS NOT NULL
UNWIND r.evidence AS json
WITH s, r, t, apoc.convert.fromJsonMap(json) AS evidence
OPTIONAL MATCH (a:Article {id: evidence.article})
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.confidence AS relationConfidence,
       evidence.sentence AS sentence, evidence.confidence AS confidence,
       evidence.start AS startOffset, evidence.`end` AS endOffset,
       evidence.extractor AS extractor, evidence.date AS statedDate,
       evidence.article AS articleId, a.title AS title, a.url AS url, a.source AS publisher, a.publishedAt AS publishedAt
ORDER BY relation, publishedAt DESC, confidence DESC;
