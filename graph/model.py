"""Typed extraction output: what loaders produce and what graph/ turns into RDF.

Every model forbids unknown fields so that a typo in a component is an error,
not a silently dropped value.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal[
    "Person", "Collectivite", "Network", "ESSOrganization", "PublicBody",
    "Organization", "Club", "Convention", "Event", "Publication", "Theme",
]
CollectiviteKind = Literal["Commune", "EPCI", "EPT", "Departement", "Region", "Autre"]
RelationType = Literal[
    "holds_post", "member_of", "partner_of", "signatory", "organizes", "participates",
    "sponsors", "founded", "publishes", "part_of", "located_in", "has_theme",
]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]
RELATION_TYPES: tuple[str, ...] = RelationType.__args__  # type: ignore[attr-defined]
SYMMETRIC_RELATIONS = frozenset({"partner_of"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(Strict):
    """A stretch of the document's text, by character offsets into `Document.text`."""

    start: int = Field(ge=0, description="Offset of the first character (inclusive).")
    end: int = Field(ge=0, description="Offset after the last character (exclusive).")
    text: str = Field(description="The characters text[start:end], copied verbatim.")
    sentence: Optional[str] = Field(
        default=None, description="The whole sentence that contains the span, for readers."
    )


class DocumentMeta(Strict):
    """Identity and metadata of one source document."""

    doc_id: str = Field(description="Stable id: 'd' + first 16 hex digits of the SHA-256 of the raw bytes.")
    source: str = Field(description="Path (or URL) the document was read from, as given.")
    name: str = Field(description="File name stem, used to name per-document outputs.")
    sha256: str = Field(description="SHA-256 of the raw bytes.")
    format: Literal["txt", "html", "pdf", "csv"] = Field(description="Detected input format.")
    encoding: Optional[str] = Field(default=None, description="Detected text encoding, for text inputs.")
    title: Optional[str] = Field(default=None, description="Title: first heading or first line.")
    date: Optional[str] = Field(
        default=None, description="Publication date stated in the text: YYYY-MM-DD, YYYY-MM or YYYY."
    )
    private: bool = Field(default=False, description="Marked private: kept out of exports unless asked.")


class Document(Strict):
    """A document as read: metadata plus its main text."""

    meta: DocumentMeta
    text: str = Field(description="Main text (HTML reduced to its article, PDF text layer).")


class EntityAttrs(Strict):
    date: Optional[str] = Field(default=None, description="Event/Convention date: ISO, YYYY-MM, YYYY or --MM-DD.")
    end_date: Optional[str] = Field(default=None, description="Last day of a multi-day event.")
    place: Optional[str] = Field(default=None, description="Event place as written (venue, town).")
    kind: Optional[str] = Field(default=None, description="Convention kind, event kind or publication kind.")


class Entity(Strict):
    """One real-world actor or thing, merged over all its mentions in one document."""

    key: str = Field(description="Id local to the document: E1, E2…")
    type: EntityType
    subtype: Optional[CollectiviteKind] = Field(default=None, description="Kind of collectivité.")
    name: str = Field(description="Canonical name (rules of the annotation guide).")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms seen in the text.")
    mentions: list[Span] = Field(default_factory=list, description="Where the entity is named.")
    attrs: EntityAttrs = Field(default_factory=EntityAttrs)
    ids: dict[str, str] = Field(
        default_factory=dict,
        description="Official identifiers: 'insee' (COG code), 'siren', 'gazetteer' (IRI of a curated entry).",
    )
    iri: Optional[str] = Field(default=None, description="Global IRI, set by the resolver.")


class Relation(Strict):
    """A typed, directed statement between two entities of the same document."""

    type: RelationType
    source: str = Field(description="Entity key of the subject.")
    target: str = Field(description="Entity key of the object.")
    role: Optional[str] = Field(default=None, description="Post or participation role as written.")
    delegation: Optional[str] = Field(default=None, description="Delegation of a post: 'chargée de l'ESS'.")
    start: Optional[str] = Field(default=None, description="When the post or relation began (ISO).")
    end: Optional[str] = Field(default=None, description="When it ended (ISO), for past posts.")
    evidence: Span = Field(description="Shortest span of text stating the relation.")


class Extraction(Strict):
    """Everything one document yields."""

    doc: DocumentMeta
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    extractor: str = Field(description="Name and version of the pipeline that produced this.")

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
