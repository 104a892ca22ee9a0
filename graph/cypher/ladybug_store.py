"""LadybugDB (embedded Cypher, maintained fork of Kuzu) as a read-only query copy of the store.

`sync_ladybug(store, path)` rebuilds the database from the RDF store: schema from the Cypher
model (graph/cypher/model.py: one node table per kind with `iri` primary key, one rel table per
relation type with FROM/TO pairs for every pair of kinds), then bulk COPY from CSV files (one per
node table and per relation pair); no per-edge statements. The new database is built beside the
old one and swapped in, so readers never see half a graph. `LadybugGraph` opens it read-only.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Optional, Union

from essgraph.errors import StoreError
from graph.cypher.model import NODE_LABELS, NODE_PROPS, REL_PROPS, REL_TYPES, edge_rows, node_rows
from queries.safety import check_cypher_readonly

BUFFER_POOL = 1024 * 1024 * 1024  # 256 MiB ran out on ALL SHORTEST over the sample corpus
DB_NAME = "graph.lbug"
STAMP = "source.json"
_CSV = "(HEADER=true, PARALLEL=false, QUOTE='\"', ESCAPE='\"', DELIM=',')"


def schema_statements(pairs_by_rel: Optional[dict] = None) -> list[str]:
    """DDL of the Cypher model for LadybugDB.

    Every node table and every relation table exists (so any question parses), but a relation
    table only gets the FROM/TO pairs the data uses (Thing -> Thing when none): declaring all
    12 x 12 pairs for 12 types makes ~1,700 sub-tables, and then recursive queries (shortest
    paths) exhaust a 256 MiB buffer pool even on a tiny graph (measured).
    """
    cols = ", ".join(f"`{n}` {t}" + (" PRIMARY KEY" if n == "iri" else "") for n, t in NODE_PROPS)
    out = [f"CREATE NODE TABLE {label}({cols})" for label in NODE_LABELS]
    rcols = ", ".join(f"`{n}` {t}" for n, t in REL_PROPS)  # `end` is a reserved word
    for rel in REL_TYPES:
        used = sorted((pairs_by_rel or {}).get(rel, ())) or [("Thing", "Thing")]
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in used)
        out.append(f"CREATE REL TABLE {rel}({pairs}, {rcols})")
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ",".join(value) + "]"  # doc ids are bare tokens
    return str(value)


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow([_cell(v) for v in r])


def build_ladybug(G, path: Union[str, Path], *, buffer_pool_size: int = BUFFER_POOL) -> dict:
    """Write the projection `G` into a new LadybugDB at `path` (must not exist). Returns counts."""
    import ladybug as lb

    from queries.analytics import ensure_attached

    path = Path(path)
    t0 = time.perf_counter()
    ensure_attached(G)  # communities and betweenness become node properties (computed when G has none)
    nodes: dict[str, list] = defaultdict(list)
    names = [n for n, _ in NODE_PROPS]
    for row in node_rows(G):
        nodes[row["label"]].append([row[n] for n in names])
    rels: dict[tuple, list] = defaultdict(list)
    rnames = [n for n, _ in REL_PROPS]
    for row in edge_rows(G):
        rels[(row["type"], row["from_label"], row["to_label"])].append([row["from"], row["to"], *[row[n] for n in rnames]])
    db = lb.Database(str(path), buffer_pool_size=buffer_pool_size)
    conn = lb.Connection(db)
    try:
        pairs: dict[str, set] = defaultdict(set)
        for rel, a, b in rels:
            pairs[rel].add((a, b))
        for stmt in schema_statements(pairs):
            conn.execute(stmt)
        with tempfile.TemporaryDirectory(prefix="essgraph-lbug-") as tmp:
            for label, rows in nodes.items():
                f = Path(tmp) / f"n_{label}.csv"
                _write_csv(f, names, rows)
                conn.execute(f"COPY {label} FROM '{f.as_posix()}' {_CSV}")
            for (rel, a, b), rows in rels.items():
                f = Path(tmp) / f"r_{rel}_{a}_{b}.csv"
                _write_csv(f, ["from", "to", *rnames], rows)
                conn.execute(f"COPY {rel} FROM '{f.as_posix()}' {_CSV[:-1]}, from='{a}', to='{b}')")
    finally:
        conn.close()
        db.close()
    return {"nodes": sum(len(r) for r in nodes.values()), "edges": sum(len(r) for r in rels.values()),
            "seconds": round(time.perf_counter() - t0, 3)}


def store_fingerprint(store, include_private: bool = False) -> dict:
    """What the copy was built from: the documents, and the unions' version (which every write
    changes, so a document re-processed under the same id and hash is not missed)."""
    version = store.union_version() if hasattr(store, "union_version") else None
    return {"include_private": include_private, "union": version,
            "documents": sorted([d.doc_id, d.sha256] for d in store.documents(include_private=include_private))}


def sync_ladybug(store, path: Union[str, Path], *, include_private: bool = False,
                 buffer_pool_size: int = BUFFER_POOL) -> dict:
    """Rebuild the LadybugDB directory `path` from the RDF store (projection -> COPY), atomically.

    `path` is a directory; the database lives in `path/graph.lbug` with a stamp of the documents
    it was built from (`ladybug_for_store` rebuilds only when they change).
    """
    from graph.project_nx import to_networkx
    from queries.analytics import attach_for_store

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    G = to_networkx(store, include_private=include_private)
    attach_for_store(G, store, include_private)
    new = Path(tempfile.mkdtemp(prefix=path.name + ".new-", dir=path.parent))
    try:
        stats = build_ladybug(G, new / DB_NAME, buffer_pool_size=buffer_pool_size)
        (new / STAMP).write_text(json.dumps(store_fingerprint(store, include_private)), encoding="utf-8")
        old = path.with_name(path.name + ".old")
        if path.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(path, old)
        os.replace(new, path)
        shutil.rmtree(old, ignore_errors=True)
    except Exception:
        shutil.rmtree(new, ignore_errors=True)
        raise
    return stats


class LadybugGraph:
    """A LadybugDB database opened read-only for analysts' Cypher."""

    dialect = "ladybug"

    def __init__(self, path: Union[str, Path], *, buffer_pool_size: int = BUFFER_POOL) -> None:
        import ladybug as lb

        path = Path(path)
        db_path = path / DB_NAME if path.is_dir() else path
        if not db_path.exists():
            raise StoreError(f"{db_path}: no LadybugDB database there; build it with sync_ladybug(store, {str(path)!r})")
        self.path = db_path
        self.db = lb.Database(str(db_path), read_only=True, buffer_pool_size=buffer_pool_size)
        self.conn = lb.Connection(self.db)

    def run_cypher(self, text: str, params: Optional[dict] = None) -> list[dict]:
        """Rows of a read-only Cypher query as dicts; values from users go in `params`."""
        check_cypher_readonly(text)
        res = self.conn.execute(text, params or {})
        cols = res.get_column_names()
        return [dict(zip(cols, row)) for row in res.get_all()]  # one call, not one per row (5k-row answers)

    def close(self) -> None:
        self.conn.close()
        self.db.close()

    def __enter__(self) -> "LadybugGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_OPEN: dict = {}


def ladybug_for_store(store, *, include_private: bool = False) -> LadybugGraph:
    """The read-only LadybugDB copy of `store` (beside it on disk, or in a temp dir for memory
    stores), rebuilt first when the store's documents changed since it was built."""
    base = Path(store.path) / ("ladybug-private" if include_private else "ladybug") if store.path else None
    if base is None:
        key = ("mem", id(store), include_private)
        base = _OPEN.get(key + ("dir",)) or Path(tempfile.mkdtemp(prefix="essgraph-lbug-mem-")) / "ladybug"
        _OPEN[key + ("dir",)] = base
    if hasattr(store, "refresh_union"):
        store.refresh_union()  # no-op when fresh or read-only; brings the analytics the copy carries
    want = store_fingerprint(store, include_private)
    stamp = base / STAMP
    current = json.loads(stamp.read_text(encoding="utf-8")) if stamp.exists() else None
    cached = _OPEN.get(str(base))
    if current != want:
        if cached is not None:
            cached.close()
            _OPEN.pop(str(base), None)
            cached = None
        sync_ladybug(store, base, include_private=include_private)
    if cached is None:
        cached = _OPEN[str(base)] = LadybugGraph(base)
    return cached


def run_readonly_cypher(store, text: str, params: Optional[dict] = None, *, include_private: bool = False) -> list[dict]:
    """Analysts' Cypher over the store's LadybugDB copy (synced when stale), read-only.

    Writing clauses are refused (queries.safety) and the database is opened read_only as well.
    """
    return ladybug_for_store(store, include_private=include_private).run_cypher(text, params)
