// One statement per line group, tried in order; a server that lacks one (FalkorDB has no
// constraints) answers with an error and the push carries on with the next.
CREATE CONSTRAINT essgraph_entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE
;
CREATE INDEX FOR (n:Entity) ON (n.iri)
