// Who holds which post in an organisation ($org IRI) at a date ($date, ISO). Start and end are
// compared at their own precision (an end '2020' covers the whole year). Neo4j substring is 0-based.
MATCH (p:Entity)-[r:HOLDS_POST]->(o:Entity {iri: $org})
WHERE (r.start IS NULL OR substring($date, 0, size(r.start)) >= r.start)
  AND (r.`end` IS NULL OR substring($date, 0, size(r.`end`)) <= r.`end`)
RETURN o.iri AS org, $date AS date, p.iri AS person, p.name AS name, r.role AS role, r.start AS start, r.`end` AS `end`
