"""Latency of loaders.cog lookups (first call builds the index; later calls are hot).

Run: .venv/bin/python benchmarks/bench_cog.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = [
    "Ville de Sceaux", "Mairie de Fresnes", "Le Kremlin-Bicêtre", "Nantes Métropole",
    "Conseil départemental du Val-de-Marne", "Région Nouvelle-Aquitaine", "Est Ensemble",
    "EPT11", "Saint-Denis", "communauté d'agglomération du Grand Dole", "Paris",
    "Fédération des centres sociaux", "Jean Dupont", "Plaine Commune", "Gironde",
]


def timed(fn, args, repeat=20) -> list[float]:
    out = []
    for _ in range(repeat):
        for a in args:
            t = time.perf_counter()
            fn(a)
            out.append(time.perf_counter() - t)
    return out


def main() -> None:
    t = time.perf_counter()
    import loaders.cog as cog
    cog.find("Paris")
    print(f"cold start (import + load + index): {(time.perf_counter() - t) * 1e3:.0f} ms")
    for name, fn in [("find", cog.find), ("is_known_name", cog.is_known_name)]:
        lat = sorted(timed(fn, QUERIES))
        print(f"{name:14} median {statistics.median(lat) * 1e6:6.1f} us   "
              f"p95 {lat[int(len(lat) * .95)] * 1e6:6.1f} us   max {lat[-1] * 1e6:6.1f} us")
    t = time.perf_counter()
    cog.france_outline()
    print(f"france_outline first call: {(time.perf_counter() - t) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
