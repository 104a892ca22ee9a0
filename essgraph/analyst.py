"""Analysts' free SPARQL: read-only, over the visible graphs, rows as plain dicts."""
from __future__ import annotations

from typing import Optional

from rdflib import BNode, Literal, URIRef


def _plain(term) -> Optional[object]:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, bool, str)) else str(term)
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    return str(term)


def run_analyst_query(store, text: str, *, include_private: bool = False) -> list[dict]:
    """Run a read-only SPARQL query; SELECT gives its rows, ASK one row, CONSTRUCT/DESCRIBE the triples.

    Updates are refused before the engine sees them (`queries.safety.sparql_form`).
    """
    from queries.safety import sparql_form

    form = sparql_form(text)
    res = store.query(text, include_private=include_private)
    if form == "ASK":
        return [{"answer": bool(res.askAnswer)}]
    if form in ("CONSTRUCT", "DESCRIBE"):
        return [{"s": _plain(s), "p": _plain(p), "o": _plain(o)} for s, p, o in sorted(res.graph)]
    names = [str(v) for v in res.vars]
    return [{n: _plain(row.get(v) if hasattr(row, "get") else row[i]) for i, (n, v) in enumerate(zip(names, res.vars))}
            for row in res.bindings]
