// Question 'communities': Louvain communities (fixed seed) stored on the nodes once per build
// (queries/analytics.py). One row per community with its members (names aligned, '' when none).
MATCH (n:Entity) WHERE n.community IS NOT NULL
RETURN n.community AS community, collect(n.iri) AS members, collect(coalesce(n.name, '')) AS names
