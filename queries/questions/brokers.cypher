// Question 'brokers': the $top actors by betweenness, stored on the nodes once per build
// (queries/analytics.py; sampled with a fixed seed on large graphs).
MATCH (n:Entity) WHERE n.broker_rank <= $top
RETURN n.broker_rank AS rank, n.iri AS actor, n.name AS name, n.betweenness AS betweenness
