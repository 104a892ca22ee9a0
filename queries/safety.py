"""Read-only guards for analysts' queries.

Values from users travel as parameters (SPARQL bindings, Cypher `$params`); these checks
refuse query texts that would write, before any engine sees them. They are a second line:
engines also run read-only where they can (LadybugDB opened read_only, Neo4j read
transactions, Oxigraph's query() that never runs updates).
"""
from __future__ import annotations

import re

from essgraph.errors import UsageError

SPARQL_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def sparql_form(text: str) -> str:
    """The form of a read-only SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE); UPDATE is refused.

    >>> sparql_form("PREFIX s: <https://schema.org/> SELECT * WHERE { ?x s:name ?n }")
    'SELECT'
    >>> sparql_form("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    essgraph.errors.UsageError: SPARQL update refused: essgraph queries are read-only (...)
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except Exception as query_error:  # not a query: is it an update?
        try:
            parseUpdate(text)
        except Exception:
            raise UsageError(f"SPARQL syntax error: {query_error}; check the query text") from None
        raise UsageError("SPARQL update refused: essgraph queries are read-only (use SELECT, ASK, CONSTRUCT "
                         "or DESCRIBE; rebuild the store with `essgraph build` to change data)") from None
    name = parsed[1].name  # e.g. SelectQuery
    for form in SPARQL_FORMS:
        if name.upper().startswith(form):
            return form
    raise UsageError(f"unsupported SPARQL query form {name}")


# Clauses and keywords that write or reach outside the database, in any of our Cypher engines.
_WRITE_WORDS = {
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "LOAD", "COPY", "ALTER", "FOREACH",
    "INSTALL", "ATTACH", "IMPORT", "EXPORT", "CHECKPOINT", "TRUNCATE", "RENAME", "GRANT", "REVOKE", "DENY",
    "TERMINATE",
}
# Procedures known to only read; any other CALL is refused.
READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization", "db.indexes",
    "show_tables", "table_info", "show_connection", "current_setting",
}
_TOKEN = re.compile(
    r"""(?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
    r"|(?P<bq>`[^`]*`)"
    r"|(?P<comment>//[^\n]*|/\*.*?\*/)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*)"
    r"|(?P<other>.)",
    re.S,
)


def check_cypher_readonly(text: str) -> str:
    """Return `text` when it only reads; raise UsageError naming the first writing clause.

    Strings, comments, `quoted` names and property names (after a dot) are skipped, so a
    property called `set` or a string 'CREATE' is fine.

    >>> check_cypher_readonly("MATCH (n:Person) WHERE n.name = 'DELETE me' RETURN n.set")
    "MATCH (n:Person) WHERE n.name = 'DELETE me' RETURN n.set"
    >>> check_cypher_readonly("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    essgraph.errors.UsageError: Cypher refused: DETACH writes or leaves the database; ...
    """
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]
    prev = ""
    for i, (kind, tok) in enumerate(tokens):
        if kind == "word":
            head = re.split(r"\s*\.\s*", tok)[0]
            word = head.upper()
            nxt = next((t2 for k2, t2 in tokens[i + 1:] if not (k2 == "other" and t2.isspace())), "")
            # After '.', ':' or AS, or before ':' (map key), a word is a name, not a clause.
            is_name = prev in (".", ":", "AS") or nxt == ":"
            if not is_name and word in _WRITE_WORDS:
                raise UsageError(f"Cypher refused: {word} writes or leaves the database; essgraph's Cypher is "
                                 "read-only (MATCH ... RETURN); rebuild with `essgraph build` to change data")
            if word == "CALL" and prev != ".":
                proc = ""
                for k2, t2 in tokens[i + 1:]:
                    if k2 == "other" and t2.isspace():
                        continue
                    proc = re.sub(r"\s+", "", t2).lower() if k2 == "word" else t2
                    break
                if proc not in READ_PROCEDURES:
                    raise UsageError(f"Cypher refused: CALL {proc or '{...}'} is not a known read-only procedure "
                                     f"(allowed: {', '.join(sorted(READ_PROCEDURES))})")
        if not (kind == "other" and tok.isspace()) and kind != "comment":
            prev = tok if kind == "other" else ("AS" if kind == "word" and tok.upper() == "AS" else "w")
    return text


IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_iri(value: str) -> str:
    """An absolute IRI without spaces or the characters IRIs forbid (<>"{}|^`\\).

    >>> check_iri("https://w3id.org/essgraph/id/org/rtes")
    'https://w3id.org/essgraph/id/org/rtes'
    """
    if not IRI_RE.match(value):
        raise UsageError(f"{value!r} is not a valid IRI: give an absolute IRI such as "
                         "https://w3id.org/essgraph/id/org/rtes, or the actor's name")
    return value


def check_date(value: str) -> str:
    """ISO date at year, month or day precision.

    >>> check_date("2024-03")
    '2024-03'
    """
    if not DATE_RE.match(value):
        raise UsageError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return value
