// Collectivités per région, département and kind; `region` and `dep` are node properties computed
// at load time from the INSEE code (queries/geo.py), as the SPARQL text computes them.
MATCH (c:Collectivite)
RETURN c.region AS region, c.dep AS departement, c.subtype AS kind, count(DISTINCT c.iri) AS count
