// Actors (persons and organisations) with a direct cooperation link to a collectivité of
// $region_a and to one of $region_b (INSEE région codes).
MATCH (ca:Collectivite {region: $region_a})-[:HOLDS_POST|MEMBER_OF|PARTNER_OF|SIGNATORY|ORGANIZES|PARTICIPATES|SPONSORS|FOUNDED|PUBLISHES|PART_OF]-(x:Entity)-[:HOLDS_POST|MEMBER_OF|PARTNER_OF|SIGNATORY|ORGANIZES|PARTICIPATES|SPONSORS|FOUNDED|PUBLISHES|PART_OF]-(cb:Collectivite {region: $region_b})
WHERE ca.iri <> cb.iri AND (x:Person OR x:Network OR x:ESSOrganization OR x:PublicBody OR x:Organization OR x:Club)
RETURN DISTINCT x.iri AS actor, x.name AS name, ca.iri AS collectivite_a, cb.iri AS collectivite_b,
       $region_a AS region_a, $region_b AS region_b
