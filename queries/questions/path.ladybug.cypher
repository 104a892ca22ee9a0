// LadybugDB: ALL SHORTEST recursive pattern, list_transform instead of list comprehension.
MATCH p = (a {iri: $source})-[:HOLDS_POST|MEMBER_OF|PARTNER_OF|SIGNATORY|ORGANIZES|PARTICIPATES|SPONSORS|FOUNDED|PUBLISHES|PART_OF* ALL SHORTEST 1..12]-(b {iri: $target})
RETURN list_transform(nodes(p), n -> n.iri) AS iris, list_transform(nodes(p), n -> n.name) AS names
