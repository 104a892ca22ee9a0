"""Merging mentions into entities: one entity per actor per document.

Mentions carry a merge key (gazetteer entry, official code, normalised name); a mention
whose key is already known joins that entity, and its surface form becomes an alias.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from .base import Ctx, Mention, clean_space, norm


@dataclass
class EntityBuilder:
    key: str
    type: str
    name: str
    subtype: Optional[str] = None
    keys: set = field(default_factory=set)
    surfaces: list = field(default_factory=list)
    mentions: list = field(default_factory=list)     # [(start, end)]
    ids: dict = field(default_factory=dict)
    attrs: dict = field(default_factory=dict)
    first: int = 10 ** 9
    extra: dict = field(default_factory=dict)

    def add_surface(self, s: str) -> None:
        s = clean_space(s)
        if s and s not in self.surfaces:
            self.surfaces.append(s)


def _index(ctx: Ctx) -> dict:
    return ctx.notes.setdefault("keyidx", {})


def lookup(ctx: Ctx, key: str) -> Optional[str]:
    return _index(ctx).get(key)


def alias_key(ctx: Ctx, key: str, ent_key: str) -> None:
    _index(ctx)[key] = ent_key
    ctx.entities[ent_key].keys.add(key)


def overlaps(ctx: Ctx, start: int, end: int, types: Optional[set] = None) -> bool:
    for s, e, k in ctx.spans:
        if s < end and start < e and (types is None or ctx.entities[k].type in types):
            return True
    return False


def register(ctx: Ctx, m: Mention, extra_keys: tuple = ()) -> str:
    """Attach the mention to its entity (creating it) and return the entity key."""
    idx = _index(ctx)
    keys = [k for k in (m.key, *extra_keys) if k]
    if not keys:
        keys = [f"{m.type}:{norm(m.name)}"]
    ek = next((idx[k] for k in keys if k in idx), None)
    if ek is None:
        ek = f"X{len(ctx.entities) + 1}"
        ctx.entities[ek] = EntityBuilder(ek, m.type, m.name, m.subtype, ids=dict(m.ids))
    ent = ctx.entities[ek]
    for k in keys:
        idx[k] = ek
        ent.keys.add(k)
    if not m.alias_only and _better_name(ent, m):
        ent.name = m.name
        ent.extra["named_by_authority"] = True
    if not m.extra.get("no_surface"):
        ent.add_surface(m.text)
    for alt in m.extra.get("alt_names", ()):  # official forms not written in the text ("CC du Diois")
        if alt not in ent.extra.setdefault("alt_names", []):
            ent.extra["alt_names"].append(alt)
    for k, v in m.ids.items():
        ent.ids.setdefault(k, v)
    if m.subtype and not ent.subtype:
        ent.subtype = m.subtype
    if m.end > m.start:
        ent.mentions.append((m.start, m.end))
        ent.first = min(ent.first, m.start)
        bisect.insort(ctx.spans, (m.start, m.end, ek))
    ctx.mention_ent[id(m)] = ek
    return ek


def _better_name(ent: EntityBuilder, m: Mention) -> bool:
    # Names from curated sources (gazetteer, COG) win; otherwise keep the first one.
    return m.extra.get("authoritative", False) and not ent.extra.get("named_by_authority")


def mark_authority(ctx: Ctx, ek: str) -> None:
    ctx.entities[ek].extra["named_by_authority"] = True
