// Question 'communities': every cooperation link (all relations but HAS_THEME and LOCATED_IN) with the
// names of both ends; queries/algorithms.py computes the answer, as for every backend.
MATCH (s:Entity)-[:HOLDS_POST|MEMBER_OF|PARTNER_OF|SIGNATORY|ORGANIZES|PARTICIPATES|SPONSORS|FOUNDED|PUBLISHES|PART_OF]->(o:Entity)
WHERE s.iri <> o.iri
RETURN DISTINCT s.iri AS s, o.iri AS o, s.name AS s_name, o.name AS o_name
