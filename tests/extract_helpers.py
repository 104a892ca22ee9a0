"""Shared view of the extractor's working state for the extract tests."""
from loaders.extract import run


def summary(text, doc_date=None):
    """(events {name: attrs}, relations {(type, source name, target name)}, entities) of `text`."""
    ctx = run(text, doc_date)
    ents = {k: e for k, e in ctx.entities.items() if e.mentions}
    rels = {(r.type, ents[r.source].name, ents[r.target].name) for r in ctx.rels}
    events = {e.name: e.attrs for e in ents.values() if e.type == "Event"}
    return events, rels, ents
