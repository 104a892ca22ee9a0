// Nodes and relationships essgraph pushed (all nodes carry the Entity label).
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
