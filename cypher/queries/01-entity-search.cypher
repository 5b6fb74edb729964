// Entity search: which entities have a name that matches some words, best match first. Uses the fulltext index
// `entity_search` (schema.cypher) over entity names; the text is a Lucene query, so `alvar*` (prefix), `alvarez~`
// (fuzzy) and `"maria alvarez"` (phrase) work. Use 02-entity-profile.cypher to look an entity up by exact name or alias.
//
// @param query: "alvarez~" -- the search text, in Lucene query syntax
// @param limit: 10 -- the most entities to return
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases,
       node.mentionCount AS mentions, round(score, 3) AS score
ORDER BY score DESC, mentions DESC, name
LIMIT $limit;
