// Articles that mention two entities, newest first, with how many times each is mentioned in the article.
//
// @param a: "Maria Alvarez" -- the first entity's name or one of its aliases, compared case-insensitively
// @param b: "Tomas Reyes" -- the second entity's name or one of its aliases, compared case-insensitively
// @param limit: 50 -- the most articles to return
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($a) OR any(alias IN x.aliases WHERE toLower(alias) = toLower($a))
MATCH (y:Entity)
WHERE (toLower(y.name) = toLower($b) OR any(alias IN y.aliases WHERE toLower(alias) = toLower($b)))
  AND x <> y
MATCH (x)<-[mx:MENTIONS]-(article:Article)-[my:MENTIONS]->(y)
RETURN article.id AS id, article.title AS title, article.url AS url, article.source AS source,
       article.publishedAt AS publishedAt,
       x.name AS entityA, mx.count AS mentionsOfA, y.name AS entityB, my.count AS mentionsOfB
ORDER BY publishedAt DESC, id
LIMIT $limit;
