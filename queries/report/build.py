"""Policy report on the ESS graph: HTML (self-contained) or PDF, chosen by extension.

Sections: summary figures; who cooperates with whom (partnerships, a timeline of
conventions and events); key actors; communities; territorial coverage (table and
map); élus who bridge networks; data quality (sources, coverage, unresolved
collectivités, SHACL results). Every factual statement carries numbered notes
quoting its source documents.
"""
from __future__ import annotations

import itertools
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Optional, Union

import jinja2
import networkx as nx

from essgraph.errors import UsageError
from queries.maps import geo
from queries.maps.common import KIND_STYLE, kind_style, label, node_date, rel_of, rel_style
from queries.maps.layout import communities as louvain
from queries.maps.page import check_self_contained
from queries.maps.select import Selection, select

from . import charts
from .notes import Notes

HERE = Path(__file__).resolve().parent
ORG_KINDS = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"}
SHARED_KINDS = {"Convention": "co-signature", "Event": "événement commun"}
POST_RELS = {"holds_post", "member_of"}
TOP = 15


@dataclass
class ReportStats:
    out_path: Path
    format: str
    bytes: int
    seconds: float
    notes: int
    nodes: int
    edges: int
    sections: list[str] = field(default_factory=list)


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                              autoescape=jinja2.select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def _u(G: nx.MultiDiGraph) -> nx.Graph:
    return nx.Graph(G.to_undirected(as_view=True))


# ------------------------------------------------------------------ sections
def summary(G: nx.MultiDiGraph, sel: Selection) -> dict:
    kinds = Counter(d.get("kind") or "Autre" for _, d in G.nodes(data=True))
    rels = Counter(rel_of(k, d) for _, _, k, d in G.edges(keys=True, data=True))
    used_docs = sorted({ev.get("doc") for *_, d in G.edges(data=True) for ev in d.get("evidence") or () if ev.get("doc")})
    dates = sorted(x for x in (sel.docs[d].date for d in used_docs if d in sel.docs) if x)
    return {
        "kinds": [(kind_style(k)["fr"], n) for k, n in kinds.most_common()],
        "rels": [(rel_style(r)["fr"], n) for r, n in rels.most_common()],
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "documents": len(used_docs),
        "period": (dates[0], dates[-1]) if dates else None,
        "chart": charts.bar_chart({kind_style(k)["fr"]: n for k, n in kinds.items()}, "Acteurs et objets par type",
                                  {kind_style(k)["fr"]: kind_style(k)["color"] for k in kinds}),
    }


def partnerships(G: nx.MultiDiGraph, notes: Notes, top: int = 20) -> list[dict]:
    """Pairs of organisations linked directly (partner_of, member_of, sponsors…) or through
    a convention they both signed or an event they both took part in."""
    pairs: dict[tuple[str, str], dict] = {}

    def add(a, b, how, edges):
        key = tuple(sorted((a, b)))
        rec = pairs.setdefault(key, {"a": label(G, key[0]), "b": label(G, key[1]), "how": [], "edges": [], "weight": 0})
        rec["weight"] += 1
        if how not in rec["how"]:
            rec["how"].append(how)
        rec["edges"].extend(edges)

    for u, v, k, d in G.edges(keys=True, data=True):
        rel = rel_of(k, d)
        if u != v and G.nodes[u].get("kind") in ORG_KINDS and G.nodes[v].get("kind") in ORG_KINDS and rel not in ("part_of", "located_in"):
            add(u, v, rel_style(rel)["fr"], [d])
    for n, d in G.nodes(data=True):
        how = SHARED_KINDS.get(d.get("kind"))
        if not how:
            continue
        around = sorted({x for x in nx.all_neighbors(G, n) if G.nodes[x].get("kind") in ORG_KINDS})
        for a, b in itertools.combinations(around, 2):
            es = [e for x in (a, b) for e in list(G.get_edge_data(x, n, default={}).values()) + list(G.get_edge_data(n, x, default={}).values())]
            add(a, b, f"{how} : {label(G, n)}", es)
    rows = sorted(pairs.values(), key=lambda r: (-r["weight"], r["a"], r["b"]))[:top]
    for r in rows:
        r["notes"] = notes.cite_edges(r.pop("edges"))
    return rows


def timeline(G: nx.MultiDiGraph, sel: Selection, notes: Notes) -> tuple[list[dict], Optional[str]]:
    rows, by_year = [], defaultdict(Counter)
    for n, d in G.nodes(data=True):
        if d.get("kind") not in ("Convention", "Event"):
            continue
        when = node_date(G, n, sel.docs)
        who = []
        es = []
        for u, _, k, e in G.in_edges(n, keys=True, data=True):
            if rel_of(k, e) in ("signatory", "organizes", "sponsors", "participates") and G.nodes[u].get("kind") != "Theme":
                who.append(f"{label(G, u)} ({rel_style(rel_of(k, e))['fr']})")
                es.append(e)
        rows.append({"date": when or "date inconnue", "kind": kind_style(d.get("kind"))["fr"], "name": label(G, n),
                     "place": d.get("place") or "", "who": sorted(who)[:8], "more": max(0, len(who) - 8),
                     "notes": notes.cite_edges(es)})
        if when:
            by_year[when[:4]][kind_style(d.get("kind"))["fr"]] += 1
    rows.sort(key=lambda r: (r["date"] == "date inconnue", r["date"], r["name"]))
    return rows, charts.activity_chart(by_year, "Conventions et événements par année")


def key_actors(G: nx.MultiDiGraph, U: nx.Graph, notes: Notes, top: int = TOP) -> list[dict]:
    n = U.number_of_nodes()
    if n == 0:
        return []
    # exact betweenness is cubic-ish: sample sources on big graphs (seeded, reproducible)
    btw = nx.betweenness_centrality(U, k=min(n, 300) if n > 300 else None, seed=1, normalized=True)
    deg = dict(U.degree())
    ranked = sorted((v for v in U if G.nodes[v].get("kind") not in ("Theme",)), key=lambda v: (-btw[v], -deg[v], label(G, v)))[:top]
    rows = []
    for v in ranked:
        es = [d for *_, d in itertools.islice(itertools.chain(G.out_edges(v, data=True), G.in_edges(v, data=True)), 3)]
        rows.append({"name": label(G, v), "kind": kind_style(G.nodes[v].get("kind"))["fr"], "degree": deg[v],
                     "betweenness": round(btw[v], 3), "notes": notes.cite_edges(es)})
    return rows


def describe_communities(G: nx.MultiDiGraph, U: nx.Graph, notes: Notes, top: int = 10) -> list[dict]:
    core = U.subgraph([v for v in U if G.nodes[v].get("kind") != "Theme"])  # themes would glue all together
    parts = [p for p in louvain(core, seed=1) if len(p) > 2][:top]
    out = []
    for i, p in enumerate(parts, 1):
        members = sorted(p, key=lambda v: (-core.degree(v), label(G, v)))
        themes = Counter(label(G, t) for v in p for _, t, k, d in G.out_edges(v, keys=True, data=True) if rel_of(k, d) == "has_theme")
        terr = Counter()
        for v in p:
            if G.nodes[v].get("kind") == "Collectivite":
                r = geo.region(G.nodes[v])
                if r:
                    terr[geo.name_of("Region", r)] += 1
        inner = [d for u, v, d in G.edges(data=True) if u in p and v in p][:3]
        out.append({"number": i, "size": len(p), "members": [label(G, v) for v in members[:8]], "more": max(0, len(p) - 8),
                    "themes": [t for t, _ in themes.most_common(4)], "territory": [t for t, _ in terr.most_common(3)],
                    "notes": notes.cite_edges(inner)})
    return out


def coverage(G: nx.MultiDiGraph, notes: Notes, locate=None) -> dict:
    where = locate or geo.coordinates
    by_region: dict[str, dict] = {}
    points, pos = [], {}
    unresolved = []
    for n, d in G.nodes(data=True):
        if d.get("kind") != "Collectivite":
            continue
        if not (d.get("insee") or d.get("siren")):
            es = [e for *_, e in itertools.islice(itertools.chain(G.out_edges(n, data=True), G.in_edges(n, data=True)), 2)]
            unresolved.append({"name": label(G, n), "subtype": d.get("subtype") or "", "notes": notes.cite_edges(es)})
            continue
        reg = geo.region(d)
        name = geo.name_of("Region", reg) if reg else "région inconnue"
        row = by_region.setdefault(name, {"region": name, "code": reg or "", "collectivites": 0, "deps": set(), "subtypes": Counter(), "actors": set()})
        row["collectivites"] += 1
        dep = geo.departement(d)
        if dep:
            row["deps"].add(dep)
        row["subtypes"][d.get("subtype") or "?"] += 1
        row["actors"].update(x for x in nx.all_neighbors(G, n) if G.nodes[x].get("kind") != "Collectivite")
        ll = where(d)
        if ll:
            pos[n] = ll
            points.append((ll[0], ll[1], label(G, n)))
    rows = [{"region": r["region"], "code": r["code"], "collectivites": r["collectivites"], "departements": len(r["deps"]),
             "subtypes": ", ".join(f"{k} {v}" for k, v in sorted(r["subtypes"].items())), "actors": len(r["actors"])}
            for r in sorted(by_region.values(), key=lambda r: (-r["collectivites"], r["region"]))]
    from queries.maps.geo_map import cooperation_links

    links = [(pos[a], pos[b], r["weight"]) for (a, b), r in cooperation_links(G, notes.docs).items() if a in pos and b in pos]
    image = charts.territory_map(points, links, geo.france_outline(), "Collectivités et coopérations")
    return {"rows": rows, "unresolved": unresolved, "map": image, "placed": len(points)}


def bridging_elus(G: nx.MultiDiGraph, comm: Mapping[str, int], notes: Notes, top: int = TOP) -> list[dict]:
    """Persons with posts or memberships in several organisations, most communities spanned first."""
    rows = []
    for n, d in G.nodes(data=True):
        if d.get("kind") != "Person":
            continue
        orgs = defaultdict(list)
        for _, o, k, e in G.out_edges(n, keys=True, data=True):
            if rel_of(k, e) in POST_RELS and G.nodes[o].get("kind") in ORG_KINDS:
                orgs[o].append(e)
        if len(orgs) < 2:
            continue
        posts = [f"{e.get('role') or rel_style(rel_of('', e))['fr']} — {label(G, o)}"
                 + (f" ({e.get('start') or '…'} → {e.get('end') or ''})" if e.get("start") or e.get("end") else "")
                 for o, es in orgs.items() for e in es]
        spans = len({comm.get(o) for o in orgs})
        rows.append({"name": label(G, n), "posts": sorted(posts), "orgs": len(orgs), "communities": spans,
                     "notes": notes.cite_edges([e for es in orgs.values() for e in es])})
    rows.sort(key=lambda r: (-r["communities"], -r["orgs"], r["name"]))
    return rows[:top]


def quality(G: nx.MultiDiGraph, sel: Selection, validation: Any) -> dict:
    per_doc = Counter(ev.get("doc") for *_, d in G.edges(data=True) for ev in d.get("evidence") or ())
    sources = [{"doc_id": did, "title": sel.docs[did].display if did in sel.docs else did,
                "date": sel.docs[did].date if did in sel.docs else "", "source": sel.docs[did].source if did in sel.docs else "",
                "facts": n} for did, n in sorted(per_doc.items(), key=lambda kv: (kv[0] not in sel.docs or not sel.docs[kv[0]].date, kv[0]))]
    edges = G.number_of_edges()
    with_ev = sum(1 for *_, d in G.edges(data=True) if d.get("evidence"))
    persons = [n for n, d in G.nodes(data=True) if d.get("kind") == "Person"]
    no_post = [n for n in persons if not any(rel_of(k, e) == "holds_post" for _, _, k, e in G.out_edges(n, keys=True, data=True))]
    coll = [n for n, d in G.nodes(data=True) if d.get("kind") == "Collectivite"]
    coded = [n for n in coll if G.nodes[n].get("insee") or G.nodes[n].get("siren")]
    return {
        "sources": sources,
        "edges_with_evidence": (with_ev, edges),
        "collectivites_coded": (len(coded), len(coll)),
        "persons_without_post": len(no_post),
        "isolated": sum(1 for n in G if G.degree(n) == 0),
        "shacl": _shacl(validation),
    }


def _shacl(validation: Any) -> Optional[dict]:
    """Normalise pySHACL's (conforms, graph, text), a dict, an object or a text."""
    if validation is None:
        return None
    if isinstance(validation, tuple) and len(validation) >= 3:
        return {"conforms": bool(validation[0]), "text": str(validation[2])}
    if isinstance(validation, Mapping):
        return {"conforms": bool(validation.get("conforms")), "text": str(validation.get("text") or validation.get("results_text") or "")}
    if hasattr(validation, "conforms"):
        return {"conforms": bool(validation.conforms), "text": str(getattr(validation, "text", "") or getattr(validation, "results_text", ""))}
    return {"conforms": None, "text": str(validation)}


# --------------------------------------------------------------------- build
def build_report(
    G: nx.MultiDiGraph,
    out_path: Union[str, Path],
    *,
    territory: Optional[str] = None,
    network: Optional[str] = None,
    since: Optional[str] = None,
    store=None,
    validation: Any = None,
    include_private: bool = False,
    documents: Optional[Mapping] = None,
    locate=None,
    title: Optional[str] = None,
) -> ReportStats:
    """Write the report to `out_path`: `.html` (self-contained) or `.pdf` (via Chromium).

    territory: région/département name or code; network: a Network (IRI or name)
    whose members and their links (two hops) the report is about; since: a date;
    store: names the source documents (titles, dates); validation: SHACL results
    (pySHACL's tuple, a dict with `conforms`/`text`, or text).
    """
    t0 = time.perf_counter()
    out = Path(out_path)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("html", "htm", "pdf"):
        raise UsageError(f"{out}: unknown report format {out.suffix!r}; end the file name with .html or .pdf")
    sel = select(G, focus=network, depth=2 if network else 1, territory=territory, since=since,
                 include_private=include_private, documents=documents, store=store)
    if network and G.nodes[sel.focus].get("kind") != "Network":
        raise UsageError(f"network {network!r} is a {G.nodes[sel.focus].get('kind')}, not a Network; pass a network's name or IRI")
    H = sel.graph
    U = _u(H)
    notes = Notes(sel.docs)
    parts = louvain(U, seed=1)
    comm = {v: i for i, p in enumerate(parts) for v in p}
    ctx = {
        "title": title or ("Rapport sur les coopérations de l'ESS" + (f" — {sel.title}" if sel.title else "")),
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "scope": {"territory": sel.territory[2] if sel.territory else None,
                  "network": label(H, sel.focus) if sel.focus else None, "since": sel.since,
                  "private": include_private},
        "summary": summary(H, sel),
        "partnerships": partnerships(H, notes),
    }
    ctx["timeline"], ctx["timeline_chart"] = timeline(H, sel, notes)
    ctx["key_actors"] = key_actors(H, U, notes)
    ctx["communities"] = describe_communities(H, U, notes)
    ctx["coverage"] = coverage(H, notes, locate=locate)
    ctx["bridges"] = bridging_elus(H, comm, notes)
    ctx["quality"] = quality(H, sel, validation)
    ctx["notes"] = notes.all
    ctx["kinds_legend"] = KIND_STYLE
    html = _env().get_template("report.html").render(**ctx)
    check_self_contained(html, str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        from .pdf import html_to_pdf

        html_to_pdf(html, out)
    else:
        out.write_text(html, encoding="utf-8")
    sections = ["summary", "partnerships", "timeline", "key_actors", "communities", "coverage", "bridges", "quality", "notes"]
    return ReportStats(out_path=out, format="pdf" if fmt == "pdf" else "html", bytes=out.stat().st_size,
                       seconds=round(time.perf_counter() - t0, 3), notes=len(notes), nodes=H.number_of_nodes(),
                       edges=H.number_of_edges(), sections=sections)
