// Pairs of actors who took part in or organised the same event; with $actor (IRI or null), its pairs.
MATCH (a)-[:PARTICIPATES|ORGANIZES]->(e:Event)<-[:PARTICIPATES|ORGANIZES]-(b)
WHERE a.iri < b.iri AND (coalesce($actor, '') = '' OR a.iri = $actor OR b.iri = $actor)
RETURN DISTINCT e.iri AS event, e.name AS event_name, e.date AS date,
       a.iri AS a, a.name AS a_name, b.iri AS b, b.name AS b_name
