"""A read-only SPARQL 1.1 Protocol endpoint over the store, on the standard library's HTTP server.

GET /sparql?query=... and POST (form `query=` or `application/sparql-query` body). Results as
JSON, CSV, TSV or XML (SELECT/ASK) and Turtle, JSON-LD or N-Triples (CONSTRUCT/DESCRIBE), chosen
by the Accept header. UPDATE is refused (403), private documents are hidden, and each query runs
in a daemon worker thread: past `timeout` seconds the client gets 503 (the worker finishes in the
background and never holds the process at exit; at most `workers` queries run at once, more get 503). Bound to 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import concurrent.futures as cf
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional
from urllib.parse import parse_qs, urlparse

from essgraph.errors import UsageError
from queries.safety import sparql_form

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
               "application/rdf+xml": "xml"}
MAX_BODY = 1 << 20


def _choose(accept: str, table: dict, default: str) -> tuple[str, str]:
    """(media type, rdflib format) for an Accept header, honouring q-values roughly (order then q)."""
    ranked = []
    for i, part in enumerate((accept or "").split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, bits[0].lower()))
    for _q, _i, media in sorted(ranked):
        if media in table:
            return media, table[media]
    return default, table[default]


def _tsv(result) -> bytes:
    """SPARQL 1.1 TSV: header of ?vars, terms in N-Triples syntax."""
    vars_ = list(result.vars)
    lines = ["\t".join("?" + str(v) for v in vars_)]
    for row in result:
        lines.append("\t".join("" if row[i] is None else row[i].n3() for i in range(len(vars_))))
    return ("\n".join(lines) + "\n").encode("utf-8")


class Workers:
    """At most `n` queries at once, each in a daemon thread (a timed-out query cannot be cancelled
    in Oxigraph; a daemon thread at least never keeps the server process alive at exit)."""

    def __init__(self, n: int):
        self.slots = threading.BoundedSemaphore(n)

    def run(self, fn, timeout: float):
        if not self.slots.acquire(timeout=timeout):
            raise cf.TimeoutError
        future: cf.Future = cf.Future()

        def work():
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the request thread
                future.set_exception(exc)
            finally:
                self.slots.release()

        threading.Thread(target=work, name="sparql-query", daemon=True).start()
        return future.result(timeout=timeout)

    def shutdown(self) -> None:
        pass


def make_handler(store, timeout: float, pool: "Workers") -> type:
    class Handler(BaseHTTPRequestHandler):
        server_version = "essgraph-sparql/0.1"

        def log_message(self, fmt, *args):  # quiet by default; the CLI may log
            pass

        def _send(self, code: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _error(self, code: int, message: str) -> None:
            self._send(code, (message + "\n").encode("utf-8"))

        def do_GET(self):
            url = urlparse(self.path)
            if url.path != "/sparql":
                return self._error(404, f"{url.path}: not found; the SPARQL endpoint is /sparql")
            params = parse_qs(url.query)
            if "update" in params:
                return self._error(403, "SPARQL update refused: this endpoint is read-only")
            if "query" not in params:
                return self._error(400, "missing 'query' parameter: GET /sparql?query=SELECT...")
            self._answer(params["query"][0])

        def do_POST(self):
            url = urlparse(self.path)
            if url.path != "/sparql":
                return self._error(404, f"{url.path}: not found; the SPARQL endpoint is /sparql")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._error(413, f"request body over {MAX_BODY} bytes")
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-query":
                return self._answer(body)
            if ctype == "application/sparql-update":
                return self._error(403, "SPARQL update refused: this endpoint is read-only")
            if ctype == "application/x-www-form-urlencoded":
                form = parse_qs(body)
                if "update" in form:
                    return self._error(403, "SPARQL update refused: this endpoint is read-only")
                if "query" in form:
                    return self._answer(form["query"][0])
                return self._error(400, "missing 'query' form field")
            return self._error(415, f"unsupported Content-Type {ctype!r}: use application/sparql-query "
                                    "or application/x-www-form-urlencoded")

        def _answer(self, text: str) -> None:
            try:
                form = sparql_form(text)
            except UsageError as exc:
                return self._error(403 if "read-only" in str(exc) else 400, str(exc))
            try:
                code, body, media = pool.run(lambda: self._run(text, form), timeout)
            except cf.TimeoutError:
                return self._error(503, f"query timed out after {timeout:g} s; narrow it (LIMIT, more specific "
                                        "patterns) or raise the server's timeout")
            except Exception as exc:  # engine errors are the client's query problems
                return self._error(400, f"query failed: {exc}")
            self._send(code, body, media)

        def _run(self, text: str, form: str):
            result = store.query(text, include_private=False)
            accept = self.headers.get("Accept", "")
            if form in ("CONSTRUCT", "DESCRIBE"):
                media, fmt = _choose(accept, GRAPH_TYPES, "text/turtle")
                return 200, result.graph.serialize(format=fmt).encode("utf-8"), media + "; charset=utf-8"
            media, fmt = _choose(accept, SELECT_TYPES, "application/sparql-results+json")
            if fmt == "tsv":
                if form == "ASK":
                    return 200, (("true" if result.askAnswer else "false") + "\n").encode(), media
                return 200, _tsv(result), media + "; charset=utf-8"
            if fmt == "csv" and form == "ASK":
                return 200, ("_askResult\n" + ("true" if result.askAnswer else "false") + "\n").encode(), media
            body = result.serialize(format=fmt)
            return 200, body if isinstance(body, bytes) else body.encode("utf-8"), media + "; charset=utf-8"

    return Handler


class SparqlServer:
    """A running endpoint; `url` is its /sparql address. Use as a context manager or call close()."""

    def __init__(self, store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0, workers: int = 4):
        self.pool = Workers(workers)
        self.httpd = ThreadingHTTPServer((host, port), make_handler(store, timeout, self.pool))
        self.httpd.daemon_threads = True
        h, p = self.httpd.server_address[:2]
        self.url = f"http://{h}:{p}/sparql"
        self.thread: Optional[threading.Thread] = None

    def start(self) -> "SparqlServer":
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="sparql-http", daemon=True)
        self.thread.start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.pool.shutdown()

    def __enter__(self) -> "SparqlServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


def serve(store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
          on_ready: Optional[Callable[[str], None]] = None) -> None:
    """Serve until interrupted (Ctrl-C). `on_ready(url)` is called once listening."""
    server = SparqlServer(store, host=host, port=port, timeout=timeout)
    if on_ready:
        on_ready(server.url)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()


__all__ = ["serve", "SparqlServer"]
