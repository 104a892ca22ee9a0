"""Turning the working state into the typed `Extraction` (graph.model)."""
from __future__ import annotations

from graph.model import DocumentMeta, Entity, EntityAttrs, Extraction, Relation, Span

from .base import Ctx, norm

ATTR_TYPES = {"Event": ("date", "end_date", "place", "kind"), "Convention": ("date", "kind"), "Publication": ("kind",)}


def _span(ctx: Ctx, s: int, e: int) -> Span:
    s, e = sorted((s, e))  # a relation stated right to left ("à Die ... l'inauguration") ends before it starts
    s, e = max(0, s), min(len(ctx.text), e)
    ss, se = ctx.sent_span(s)
    if not ctx.text[s:e].strip():  # an implicit subject ("Nous co-organisons"): the sentence is the evidence
        s, e = ss, se
    return Span(start=s, end=e, text=ctx.text[s:e], sentence=ctx.text[ss:se].strip() or None)


def build_extraction(ctx: Ctx, meta: DocumentMeta, extractor: str) -> Extraction:
    if meta.date is None and ctx.doc_date:
        meta = meta.model_copy(update={"date": ctx.doc_date})
    used = [k for k, e in ctx.entities.items() if e.mentions and e.name]
    used.sort(key=lambda k: ctx.entities[k].first)
    keymap = {k: f"E{i + 1}" for i, k in enumerate(used)}
    entities = []
    for k in used:
        b = ctx.entities[k]
        aliases = []
        seen = {norm(b.name)}
        for s in [*b.surfaces, *b.extra.get("alt_names", ())]:
            if norm(s) not in seen and s.strip():
                seen.add(norm(s))
                aliases.append(s)
        if b.type == "Event" and b.extra.get("head") and "kind" not in b.attrs:
            b.attrs["kind"] = b.extra["head"]
        attrs = {a: b.attrs[a] for a in ATTR_TYPES.get(b.type, ()) if b.attrs.get(a)}
        mentions = [_span(ctx, s, e) for s, e in sorted(set(b.mentions))]
        ids = {kk: v for kk, v in b.ids.items() if v}
        entities.append(Entity(key=keymap[k], type=b.type, subtype=b.subtype if b.type == "Collectivite" else None,
                               name=b.name, aliases=aliases, mentions=mentions, attrs=EntityAttrs(**attrs), ids=ids))
    relations = []
    for r in ctx.rels:
        if r.source not in keymap or r.target not in keymap:
            continue
        relations.append(Relation(type=r.type, source=keymap[r.source], target=keymap[r.target], role=r.role,
                                  delegation=r.delegation, evidence=_span(ctx, r.start, r.end)))
    return Extraction(doc=meta, entities=entities, relations=relations, extractor=extractor)
