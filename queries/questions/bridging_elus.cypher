// Persons holding a post in a collectivité and a post in a network.
MATCH (c:Collectivite)<-[:HOLDS_POST]-(p:Person)-[:HOLDS_POST]->(n:Network)
RETURN DISTINCT p.iri AS person, p.name AS name, c.iri AS collectivite, c.name AS collectivite_name,
       n.iri AS network, n.name AS network_name
