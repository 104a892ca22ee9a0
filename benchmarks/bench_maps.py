"""Benchmark: the 2,000-node map in Chromium, and the report on the synthetic graph.

Run: .venv/bin/python benchmarks/bench_maps.py [--nodes 2000] [--repeat 3]
Prints one JSON object. Needs chromium, chromium-driver, poppler-utils, selenium.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from queries.maps import render_geomap, render_map  # noqa: E402
from queries.report import build_report  # noqa: E402
from tests.browser import chromium_missing, console_errors, open_browser, wait_for  # noqa: E402
from tests.fixtures_maps import synthetic_graph  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    out: dict = {"nodes": args.nodes}
    G = synthetic_graph(args.nodes)
    out["edges"] = G.number_of_edges()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        stats = render_map(G, tmp / "map.html")
        out["map_render_python_s"] = round(time.perf_counter() - t, 2)
        out["map_html_bytes"] = stats.bytes
        out["map_communities"] = stats.communities
        t = time.perf_counter()
        g = render_geomap(G, tmp / "geo.html")
        out["geomap_render_python_s"] = round(time.perf_counter() - t, 2)
        out["geomap_html_bytes"] = g.bytes
        for fmt in ("html", "pdf"):
            t = time.perf_counter()
            r = build_report(G, tmp / f"report.{fmt}")
            out[f"report_{fmt}_build_s"] = round(time.perf_counter() - t, 2)
            out[f"report_{fmt}_bytes"] = r.bytes
            out["report_notes"] = r.notes
        if chromium_missing():
            out["browser"] = f"skipped: {chromium_missing()}"
        else:
            drawn, wall = [], []
            with open_browser() as b:
                for _ in range(args.repeat):
                    b.get("about:blank")
                    t = time.perf_counter()
                    b.get((tmp / "map.html").as_uri())
                    at = wait_for(b, "window.essgraphMap && window.essgraphMap.drawnAt", timeout=120, poll=0.01)
                    wall.append(time.perf_counter() - t)
                    drawn.append(at / 1000)  # ms since navigation start
                    n = b.execute_script("return window.essgraphMap.nodes.length")
                    assert n == stats.nodes, (n, stats.nodes)
                out["map_console_errors"] = len(console_errors(b))
            out["map_drawn_in_chromium_s_median"] = round(statistics.median(drawn), 2)
            out["map_drawn_wall_s_median"] = round(statistics.median(wall), 2)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
