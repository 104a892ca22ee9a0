// Upsert a batch of relationships of one type (__TYPE__: one of the model's REL_TYPES, never user
// input). `key` tells apart several posts of one person in one organisation.
UNWIND $rows AS row
MATCH (a:Entity {iri: row.from})
MATCH (b:Entity {iri: row.to})
MERGE (a)-[r:__TYPE__ {key: row.key}]->(b)
SET r += row.props
