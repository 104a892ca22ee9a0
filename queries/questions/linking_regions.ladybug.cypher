// LadybugDB: label(x) instead of label predicates; no common label; parameters not echoed (fewer
// values to convert: the registry keeps the question's columns only).
MATCH (ca:Collectivite {region: $region_a})-[:HOLDS_POST|MEMBER_OF|PARTNER_OF|SIGNATORY|ORGANIZES|PARTICIPATES|SPONSORS|FOUNDED|PUBLISHES|PART_OF]-(x)-[:HOLDS_POST|MEMBER_OF|PARTNER_OF|SIGNATORY|ORGANIZES|PARTICIPATES|SPONSORS|FOUNDED|PUBLISHES|PART_OF]-(cb:Collectivite {region: $region_b})
WHERE ca.iri <> cb.iri AND label(x) IN ['Person', 'Network', 'ESSOrganization', 'PublicBody', 'Organization', 'Club']
RETURN DISTINCT x.iri AS actor, x.name AS name, ca.iri AS collectivite_a, cb.iri AS collectivite_b
