// Actors with memberships or posts in networks of two or more families (RTES, AMIF, CRESS). The
// family of each node is stored at load time (`family`, from queries.algorithms.network_family, the
// rule every backend shares), so the grouping runs in the database and only the answer comes back.
MATCH (a)-[:MEMBER_OF|HOLDS_POST]->(n)
WHERE n.family IS NOT NULL
WITH a, collect(DISTINCT n.family) AS families, collect(DISTINCT n.iri) AS networks
WHERE size(families) >= 2
RETURN a.iri AS actor, a.name AS name, families, networks
