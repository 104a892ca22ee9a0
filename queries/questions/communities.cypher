// Question 'communities': Louvain communities (fixed seed) stored on the nodes once per build
// (queries/analytics.py), read as they are.
MATCH (n:Entity) WHERE n.community IS NOT NULL
RETURN n.community AS community, n.iri AS member, n.name AS name, n.community_size AS size
