// Actors whose normalised name or alias is $needle: `search` holds '|name|alias|...|' normalised
// by graph.iri.normalise_name at load time, and the caller wraps the needle in '|'.
MATCH (x) WHERE x.search CONTAINS $needle
RETURN x.iri AS x, x.name AS name
