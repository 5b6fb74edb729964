// Entities first seen recently: the entities whose first sighting (`firstSeen`: the earliest publication time, or
// ingestion time for undated articles, of an article that mentions them) falls within the last few days before
// now, newest first. With `days` = 7: the entities first seen this week.
//
// @param days: 7 -- how many days back from now
// @param limit: 100 -- the most entities to return
MATCH (e:Entity)
WHERE e.firstSeen >= datetime() - duration({days: $days})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
       e.mentionCount AS mentions, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen
ORDER BY firstSeen DESC, mentions DESC, name
LIMIT $limit;
