"""The named cooperation questions as plain networkx functions over the projection.

`G` is the `nx.MultiDiGraph` of `graph.project_nx.to_networkx`; actors are IRIs. Each function
returns the rows of its question (list of dicts), in the same shape as the SPARQL and Cypher
answers once `queries.registry` normalises them.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional

import networkx as nx

from queries import algorithms
from queries.geo import place_of

COOPERATION = frozenset({"holds_post", "member_of", "partner_of", "signatory", "organizes", "participates",
                         "sponsors", "founded", "publishes", "part_of"})
ACTOR_KINDS = frozenset({"Person", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"})


def _name(G, n) -> str:
    return G.nodes[n].get("label") or algorithms.local_name(n)


def _edges(G, rels: Iterable[str]):
    keep = set(rels)
    return ((u, v, d) for u, v, d in G.edges(data=True) if d.get("rel") in keep)


def _demo() -> nx.MultiDiGraph:
    """A four-actor graph for the examples below."""
    G = nx.MultiDiGraph()
    G.add_node("urn:pantin", kind="Collectivite", subtype="Commune", insee="93055", label="Pantin")
    G.add_node("urn:brest", kind="Collectivite", subtype="Commune", insee="29019", label="Brest")
    G.add_node("urn:rtes", kind="Network", label="RTES")
    G.add_node("urn:ana", kind="Person", label="Ana")
    G.add_node("urn:conv", kind="Convention", label="Convention", date="2023-03-15")
    G.add_edge("urn:pantin", "urn:rtes", key="member_of", rel="member_of")
    G.add_edge("urn:brest", "urn:rtes", key="member_of", rel="member_of")
    G.add_edge("urn:ana", "urn:pantin", key="holds_post", rel="holds_post", role="maire", start="2020", end=None)
    G.add_edge("urn:ana", "urn:rtes", key="holds_post", rel="holds_post", role="présidente", start=None, end=None)
    G.add_edge("urn:pantin", "urn:brest", key="partner_of", rel="partner_of", start="2021-05-01")
    G.add_edge("urn:pantin", "urn:conv", key="signatory", rel="signatory")
    G.add_edge("urn:brest", "urn:conv", key="signatory", rel="signatory")
    return G


def partners_of(G: nx.MultiDiGraph, actor: str, *, since: Optional[str] = None) -> list[dict]:
    """Partners of `actor` (partner_of either way); `since` keeps partnerships stated to start then or later.

    >>> partners_of(_demo(), "urn:brest")
    [{'partner': 'urn:pantin', 'name': 'Pantin', 'start': '2021-05-01'}]
    >>> partners_of(_demo(), "urn:brest", since="2022")
    []
    """
    starts: dict[str, list] = {}
    if actor not in G:
        return []
    around = [*G.out_edges(actor, data=True), *G.in_edges(actor, data=True)]  # adjacency, not a scan
    for u, v, d in around:
        if d.get("rel") == "partner_of" and u != v:
            other = v if u == actor else u
            starts.setdefault(other, [])
            if d.get("start"):
                starts[other].append(d["start"])
    rows = []
    for p, ss in sorted(starts.items()):
        start = min(ss) if ss else None
        if since and not (start and start >= since):
            continue
        rows.append({"partner": p, "name": _name(G, p), "start": start})
    return rows


def posts_of(G: nx.MultiDiGraph, person: str) -> list[dict]:
    """Posts a person holds: organisation, role as written, start, end.

    >>> [(r["org_name"], r["role"]) for r in posts_of(_demo(), "urn:ana")]
    [('Pantin', 'maire'), ('RTES', 'présidente')]
    """
    if person not in G:
        return []
    rows = [{"org": v, "org_name": _name(G, v), "role": d.get("role"), "start": d.get("start"), "end": d.get("end")}
            for _u, v, d in G.out_edges(person, data=True) if d.get("rel") == "holds_post"]
    return sorted(rows, key=lambda r: (r["org"], r["role"] or "", r["start"] or ""))


def _covers(date: str, start: Optional[str], end: Optional[str]) -> bool:
    """Whether a post with these (possibly partial) bounds is held at `date`."""
    return (not start or date[:len(start)] >= start) and (not end or date[:len(end)] <= end)


def posts_in_org_at_date(G: nx.MultiDiGraph, org: str, date: str) -> list[dict]:
    """Who holds which post in `org` at `date` (bounds compared at their own precision).

    >>> [r["name"] for r in posts_in_org_at_date(_demo(), "urn:pantin", "2024-01-01")]
    ['Ana']
    >>> posts_in_org_at_date(_demo(), "urn:pantin", "2019-12-31")
    []
    """
    if org not in G:
        return []
    rows = [{"person": u, "name": _name(G, u), "role": d.get("role"), "start": d.get("start"), "end": d.get("end")}
            for u, _v, d in G.in_edges(org, data=True)
            if d.get("rel") == "holds_post" and _covers(date, d.get("start"), d.get("end"))]
    return sorted(rows, key=lambda r: (r["person"], r["role"] or ""))


def cooperation_edges(G: nx.MultiDiGraph) -> list[tuple]:
    """(s, o, s_name, o_name) of every cooperation link, as the SPARQL and Cypher texts fetch them."""
    return sorted({(u, v, _name(G, u), _name(G, v)) for u, v, d in _edges(G, COOPERATION) if u != v})


def path_between(G: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """Shortest cooperation path (any link but themes and places), smallest by IRIs among equals.

    >>> [r["name"] for r in path_between(_demo(), "urn:ana", "urn:brest")]
    ['Ana', 'Pantin', 'Brest']
    """
    return algorithms.shortest_path(cooperation_edges(G), source, target)


def cosignatories(G: nx.MultiDiGraph, actor: Optional[str] = None) -> list[dict]:
    """Pairs of actors who signed the same convention (only the pairs of `actor` when given).

    >>> [(r["a_name"], r["b_name"]) for r in cosignatories(_demo())]
    [('Brest', 'Pantin')]
    """
    return _pairs(G, ["signatory"], None, "convention", actor)


def events_together(G: nx.MultiDiGraph, actor: Optional[str] = None) -> list[dict]:
    """Pairs of actors who took part in or organised the same event (only `actor`'s when given).

    >>> G = _demo(); G.add_node("urn:ev", kind="Event", label="Forum", date="2024")
    >>> G.add_edge("urn:ana", "urn:ev", key="participates", rel="participates")
    'participates'
    >>> G.add_edge("urn:rtes", "urn:ev", key="organizes", rel="organizes")
    'organizes'
    >>> [(r["event_name"], r["a_name"], r["b_name"]) for r in events_together(G)]
    [('Forum', 'Ana', 'RTES')]
    """
    return _pairs(G, ["participates", "organizes"], "Event", "event", actor)


def _pairs(G, rels, kind, col, actor) -> list[dict]:
    by_target: dict[str, set] = {}
    for u, v, _d in _edges(G, rels):
        if kind is None or G.nodes[v].get("kind") == kind:
            by_target.setdefault(v, set()).add(u)
    rows = []
    for t, who in by_target.items():
        for a in who:
            for b in who:
                if a < b and (not actor or actor in (a, b)):
                    rows.append({col: t, f"{col}_name": _name(G, t), "date": G.nodes[t].get("date"),
                                 "a": a, "a_name": _name(G, a), "b": b, "b_name": _name(G, b)})
    return sorted(rows, key=lambda r: (r[col], r["a"], r["b"]))


def bridging_elus(G: nx.MultiDiGraph) -> list[dict]:
    """Persons holding a post in a collectivité and a post in a network.

    >>> [(r["name"], r["collectivite_name"], r["network_name"]) for r in bridging_elus(_demo())]
    [('Ana', 'Pantin', 'RTES')]
    """
    rows = set()
    for p, data in G.nodes(data=True):
        if data.get("kind") != "Person":
            continue
        orgs = {v for _u, v, d in G.out_edges(p, data=True) if d.get("rel") == "holds_post"}
        cols = [o for o in orgs if G.nodes[o].get("kind") == "Collectivite"]
        nets = [o for o in orgs if G.nodes[o].get("kind") == "Network"]
        for c in cols:
            for n in nets:
                rows.add((p, _name(G, p), c, _name(G, c), n, _name(G, n)))
    keys = ("person", "name", "collectivite", "collectivite_name", "network", "network_name")
    return [dict(zip(keys, r)) for r in sorted(rows)]


def region_of(G, n) -> Optional[str]:
    d = G.nodes[n]
    return place_of(d.get("subtype"), d.get("insee"))[1] if d.get("kind") == "Collectivite" else None


def linking_regions(G: nx.MultiDiGraph, region_a: str, region_b: str) -> list[dict]:
    """Actors with a direct cooperation link to a collectivité of each of two régions (INSEE codes).

    >>> [(r["name"], r["collectivite_a"], r["collectivite_b"]) for r in linking_regions(_demo(), "11", "53")]
    [('RTES', 'urn:pantin', 'urn:brest')]
    """
    neighbours: dict[str, set] = {}
    for u, v, _d in _edges(G, COOPERATION):
        if u != v:
            neighbours.setdefault(u, set()).add(v)
            neighbours.setdefault(v, set()).add(u)
    rows = []
    for x, ns in neighbours.items():
        if G.nodes[x].get("kind") not in ACTOR_KINDS:
            continue
        for ca in ns:
            if region_of(G, ca) != region_a:
                continue
            for cb in ns:
                if cb != ca and region_of(G, cb) == region_b:
                    rows.append({"actor": x, "name": _name(G, x), "collectivite_a": ca, "collectivite_b": cb})
    return sorted(rows, key=lambda r: (r["actor"], r["collectivite_a"], r["collectivite_b"]))


def communities(G: nx.MultiDiGraph) -> list[dict]:
    """Communities of cooperation (Louvain with a fixed seed over the cooperation links).

    Read from the node attributes `queries.analytics` attaches (computed once per projection).

    >>> [(r["community"], r["name"]) for r in communities(_demo())]
    [(0, 'Ana'), (0, 'Pantin'), (0, 'RTES'), (1, 'Brest'), (1, 'Convention')]
    """
    from queries.analytics import ensure_attached

    ensure_attached(G)
    rows = [{"community": d["community"], "member": n, "name": _name(G, n), "size": d["community_size"]}
            for n, d in G.nodes(data=True) if d.get("community") is not None]
    return sorted(rows, key=lambda r: (r["community"], r["member"]))


def brokers(G: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Actors with the highest betweenness in the cooperation graph (read as `communities` is).

    >>> brokers(_demo(), top=1)[0]["name"]
    'Pantin'
    """
    from queries.analytics import ensure_attached

    ensure_attached(G)
    rows = [{"rank": d["broker_rank"], "actor": n, "name": _name(G, n), "betweenness": d["betweenness"]}
            for n, d in G.nodes(data=True) if d.get("broker_rank") is not None and d["broker_rank"] <= top]
    return sorted(rows, key=lambda r: r["rank"])


def network_overlap(G: nx.MultiDiGraph) -> list[dict]:
    """Actors with memberships or posts in two or more of the RTES, AMIF and CRESS families.

    >>> G = _demo(); G.add_node("urn:cress", kind="Network", label="CRESS Bretagne")
    >>> G.add_edge("urn:brest", "urn:cress", key="member_of", rel="member_of")
    'member_of'
    >>> [(r["name"], r["families"]) for r in network_overlap(G)]
    [('Brest', 'CRESS|RTES')]
    """
    rows = [{"actor": u, "name": _name(G, u), "network": v, "network_name": _name(G, v)}
            for u, v, _d in _edges(G, ["member_of", "holds_post"])]
    return sorted(algorithms.network_overlap(rows), key=lambda r: r["actor"])


def territorial_coverage(G: nx.MultiDiGraph) -> list[dict]:
    """Collectivités counted per région, département and kind.

    >>> [(r["region"], r["departement"], r["kind"], r["count"]) for r in territorial_coverage(_demo())]
    [('11', '93', 'Commune', 1), ('53', '29', 'Commune', 1)]
    """
    counts: Counter = Counter()
    for _n, d in G.nodes(data=True):
        if d.get("kind") == "Collectivite":
            dep, reg = place_of(d.get("subtype"), d.get("insee"))
            counts[(reg, dep, d.get("subtype"))] += 1
    rows = [{"region": r, "departement": dp, "kind": k, "count": c} for (r, dp, k), c in counts.items()]
    return sorted(rows, key=lambda r: (r["region"] or "", r["departement"] or "", r["kind"] or ""))


def timeline(G: nx.MultiDiGraph, since: Optional[str] = None, until: Optional[str] = None) -> list[dict]:
    """Conventions and events by date, optionally between `since` and `until` (ISO, any precision).

    >>> timeline(_demo(), since="2023")
    [{'date': '2023-03-15', 'kind': 'Convention', 'item': 'urn:conv', 'name': 'Convention'}]
    """
    rows = []
    for n, d in G.nodes(data=True):
        date = d.get("date")
        if d.get("kind") in ("Convention", "Event") and date:
            if since and date < since:
                continue
            if until and date[:len(until)] > until:
                continue
            rows.append({"date": date, "kind": d["kind"], "item": n, "name": _name(G, n)})
    return sorted(rows, key=lambda r: (r["date"], r["item"]))
