// Shortest cooperation paths between $source and $target (IRIs), up to 12 links; every shortest
// path comes back and queries/algorithms.py keeps the smallest by IRIs, so backends agree.
MATCH (a:Entity {iri: $source}), (b:Entity {iri: $target})
WITH a, b
MATCH p = allShortestPaths((a)-[:HOLDS_POST|MEMBER_OF|PARTNER_OF|SIGNATORY|ORGANIZES|PARTICIPATES|SPONSORS|FOUNDED|PUBLISHES|PART_OF*..12]-(b))
RETURN [n IN nodes(p) | n.iri] AS iris, [n IN nodes(p) | n.name] AS names
