// cosignatories with $actor: start from the actor (primary-key lookup) instead of pairing every two
// signatories of every convention and filtering; the pair is ordered by IRI as in the full text.
MATCH (x {iri: $actor})-[:SIGNATORY]->(c)<-[:SIGNATORY]-(y)
WHERE y.iri <> x.iri
RETURN DISTINCT c.iri AS convention, c.name AS convention_name, c.date AS date,
       CASE WHEN x.iri < y.iri THEN x.iri ELSE y.iri END AS a, CASE WHEN x.iri < y.iri THEN x.name ELSE y.name END AS a_name,
       CASE WHEN x.iri < y.iri THEN y.iri ELSE x.iri END AS b, CASE WHEN x.iri < y.iri THEN y.name ELSE x.name END AS b_name
