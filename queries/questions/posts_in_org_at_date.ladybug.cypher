// LadybugDB: substring is 1-based and node tables need no common label.
MATCH (p)-[r:HOLDS_POST]->(o {iri: $org})
WHERE (r.start IS NULL OR substring($date, 1, size(r.start)) >= r.start)
  AND (r.`end` IS NULL OR substring($date, 1, size(r.`end`)) <= r.`end`)
RETURN o.iri AS org, $date AS date, p.iri AS person, p.name AS name, r.role AS role, r.start AS start, r.`end` AS `end`
