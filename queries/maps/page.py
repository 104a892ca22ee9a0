"""Self-contained HTML pages: our Jinja2 templates, scripts and styles inlined.

Nothing a page needs is fetched: vis-network comes from the pyvis package's own
files, Leaflet from queries/maps/vendor/leaflet (BSD-2-Clause, licence shipped).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "vendor"
SOURCE_MAP = re.compile(r"/[/*][#@]\s*sourceMappingURL=[^\s*]+(\s*\*/)?")
# a <script src=…> or <link href=…> to another host: a page must carry none
REMOTE_ASSET = re.compile(r"<(?:script|link)\b[^>]*(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)


@lru_cache(maxsize=1)
def env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_template(name: str, **ctx) -> str:
    page = env().get_template(name).render(**ctx)
    check_self_contained(page, name)
    return page


def check_self_contained(page: str, what: str) -> None:
    m = REMOTE_ASSET.search(page)
    if m:
        raise RuntimeError(f"{what}: the page would load {m.group(0)!r} from the network; inline the asset instead")


def _inline(text: str) -> str:
    """Script or style text safe inside <script>/<style>: no source map, no early close tag."""
    text = SOURCE_MAP.sub("", text)
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.I)


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(vis-network JS, CSS) from the installed pyvis package (vis-network 9.1.2)."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    js, css = lib / "vis-network.min.js", lib / "vis-network.css"
    for p in (js, css):
        if not p.exists():
            raise RuntimeError(f"{p}: vis-network asset missing from the pyvis package; reinstall pyvis==0.3.2")
    return _inline(js.read_text(encoding="utf-8")), _inline(css.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """(Leaflet 1.9.4 JS, CSS) vendored from the npm package `leaflet`."""
    d = VENDOR / "leaflet"
    js, css = d / "leaflet.js", d / "leaflet.css"
    for p in (js, css):
        if not p.exists():
            raise RuntimeError(f"{p}: vendored Leaflet missing; run `npm pack leaflet@1.9.4` and copy dist/ there")
    # the CSS points at marker images we never use (circle markers only); drop those rules' urls
    style = re.sub(r"url\((?!data:)[^)]*\)", "none", css.read_text(encoding="utf-8"))
    return _inline(js.read_text(encoding="utf-8")), _inline(style)
