// Pairs of actors who signed the same convention; with $actor (IRI or null), only its pairs.
MATCH (a)-[:SIGNATORY]->(c)<-[:SIGNATORY]-(b)
WHERE a.iri < b.iri AND (coalesce($actor, '') = '' OR a.iri = $actor OR b.iri = $actor)
RETURN DISTINCT c.iri AS convention, c.name AS convention_name, c.date AS date,
       a.iri AS a, a.name AS a_name, b.iri AS b, b.name AS b_name
