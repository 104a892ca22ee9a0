// Upsert a batch of nodes. __LABEL__ is replaced by one of the model's node labels
// (graph/cypher/model.py NODE_LABELS, never user input); values travel in $rows.
UNWIND $rows AS row
MERGE (n:Entity:__LABEL__ {iri: row.iri})
SET n += row.props
