// Posts held by a person ($person IRI).
MATCH (p {iri: $person})-[r:HOLDS_POST]->(o)
RETURN p.iri AS person, o.iri AS org, o.name AS org_name, r.role AS role, r.start AS start, r.`end` AS `end`
