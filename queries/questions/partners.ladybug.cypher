// Partners of an actor ($actor IRI), PARTNER_OF either way; $since (ISO date or null) keeps those
// stated to start on or after it.
MATCH (a {iri: $actor})-[r:PARTNER_OF]-(p)
WHERE p.iri <> a.iri
WITH a, p, min(r.start) AS start
WHERE coalesce($since, '') = '' OR coalesce(start, '') >= $since
RETURN a.iri AS actor, p.iri AS partner, p.name AS name, start, $since AS since
