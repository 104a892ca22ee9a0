// Memberships and posts of every actor; queries/algorithms.py sorts the targets into the
// RTES / AMIF / CRESS families and keeps actors present in two or more.
MATCH (a)-[:MEMBER_OF|HOLDS_POST]->(n)
RETURN DISTINCT a.iri AS actor, a.name AS name, n.iri AS network, n.name AS network_name
