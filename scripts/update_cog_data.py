#!/usr/bin/env python3
"""Regenerate loaders/cog/data/ from the official npm package of French administrative units.

Source: ``@etalab/decoupage-administratif`` (INSEE COG, DGCL EPCI list, INSEE EPT list,
INSEE legal populations), fetched with ``npm pack`` into a temporary directory, then trimmed
to the fields essgraph needs. Usage::

    .venv/bin/python scripts/update_cog_data.py            # latest published edition
    .venv/bin/python scripts/update_cog_data.py --version 6.0.0

Writes ``collectivites.csv.gz`` (one row per commune, EPCI, EPT, département, région),
``communes_aliases.csv.gz`` (former communes and arrondissements -> current commune),
``LICENSE.md``, the packages' licence files and ``SOURCES.md``, plus positions and a
coarse outline of the départements derived from ``@etalab/fr-bounding-boxes``
(see loaders/cog/build_geo.py).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from loaders.cog.aliases import EPT_NUMBERS  # noqa: E402  (the T1..T12 numbering, checked here)
from loaders.cog.records import ALIAS_COLUMNS  # noqa: E402
from loaders.cog.records import COLUMNS as RECORD_COLUMNS  # noqa: E402

COG_PACKAGE = "@etalab/decoupage-administratif"
OUT_DIR = ROOT / "loaders" / "cog" / "data"
CSV_NAME = "collectivites.csv.gz"
OUTLINE_NAME = "france_outline.json.gz"
ALIAS_CSV_NAME = "communes_aliases.csv.gz"
COLUMNS = list(RECORD_COLUMNS)

# The package spells the type of a métropole METRO, and MET69 for the Métropole de Lyon.
EPCI_TYPES = {"METRO": "MET", "MET69": "MET", "CU": "CU", "CA": "CA", "CC": "CC"}


def npm_pack(package: str, version: str | None, workdir: Path) -> tuple[Path, dict]:
    """Download ``package`` with ``npm pack`` and unpack it; return (package dir, package.json)."""
    spec = f"{package}@{version}" if version else package
    try:
        out = subprocess.run(["npm", "pack", spec, "--json"], cwd=workdir, check=True,
                             capture_output=True, text=True).stdout
    except FileNotFoundError:
        sys.exit("update_cog_data: `npm` was not found on PATH; install Node.js/npm and rerun.")
    except subprocess.CalledProcessError as exc:
        sys.exit(f"update_cog_data: `npm pack {spec}` failed: {exc.stderr.strip()[-500:]}\n"
                 "Check the package name/version and that the npm registry is reachable.")
    tarball = workdir / json.loads(out)[0]["filename"]
    dest = workdir / tarball.name.removesuffix(".tgz")
    with tarfile.open(tarball) as tar:
        tar.extractall(dest, filter="data")
    pkg_dir = dest / "package"
    return pkg_dir, json.loads((pkg_dir / "package.json").read_text(encoding="utf-8"))


def _load(pkg_dir: Path, name: str) -> list[dict]:
    path = pkg_dir / "data" / f"{name}.json"
    if not path.exists():
        sys.exit(f"update_cog_data: {path} is missing: the package layout changed; "
                 "adapt build_rows() to the new file names.")
    return json.loads(path.read_text(encoding="utf-8"))


def _dominant(members: list[dict], key: str) -> str:
    """The value of ``key`` that covers the largest population among ``members``."""
    weight: Counter[str] = Counter()
    for m in members:
        weight[m[key]] += m.get("population") or 0
    return weight.most_common(1)[0][0] if weight else ""


def build_rows(pkg_dir: Path) -> list[dict]:
    """Trim the package's JSON files into one flat row per collectivité."""
    communes = [c for c in _load(pkg_dir, "communes") if c["type"] == "commune-actuelle"]
    by_insee = {c["code"]: c for c in communes}
    epci_of: dict[str, str] = {}
    ept_of: dict[str, str] = {}
    rows: list[dict] = []

    def group_row(g: dict, kind: str, epci_type: str) -> dict:
        members = [by_insee[m["code"]] for m in g["membres"] if m["code"] in by_insee]
        missing = [m["code"] for m in g["membres"] if m["code"] not in by_insee]
        if missing:
            print(f"warning: {kind} {g['code']} lists unknown communes {missing}", file=sys.stderr)
        return {"kind": kind, "epci_type": epci_type, "insee": "", "siren": g["code"],
                "name": g["nom"], "dep": _dominant(members, "departement"),
                "reg": _dominant(members, "region"),
                "population": g.get("populationMunicipale") or sum(
                    m.get("population") or 0 for m in members),
                "_members": [(m["code"], m.get("population")) for m in members]}

    for g in _load(pkg_dir, "epci"):
        if g["type"] not in EPCI_TYPES:
            sys.exit(f"update_cog_data: unknown EPCI type {g['type']!r} for {g['code']}; "
                     "add it to EPCI_TYPES.")
        rows.append(group_row(g, "EPCI", EPCI_TYPES[g["type"]]))
        for m in g["membres"]:
            epci_of[m["code"]] = g["code"]
    ept = _load(pkg_dir, "ept")
    unknown = {g["code"] for g in ept} ^ set(EPT_NUMBERS)
    if unknown:
        print(f"warning: EPT numbering out of date for SIREN {sorted(unknown)}; "
              "update EPT_NUMBERS", file=sys.stderr)
    for g in ept:
        rows.append(group_row(g, "EPT", ""))
        for m in g["membres"]:
            ept_of[m["code"]] = g["code"]

    pop_dep: Counter[str] = Counter()
    pop_reg: Counter[str] = Counter()
    for c in communes:
        pop = c.get("population")
        pop_dep[c["departement"]] += pop or 0
        pop_reg[c["region"]] += pop or 0
        rows.append({"kind": "Commune", "epci_type": "", "insee": c["code"],
                     "siren": c.get("siren", ""), "name": c["nom"], "dep": c["departement"],
                     "reg": c["region"], "population": pop if pop is not None else "",
                     "epci": epci_of.get(c["code"], ""), "ept": ept_of.get(c["code"], ""),
                     "_former": c.get("anciensCodes", [])})
    # Overseas collectivités (zone "com") are listed with départements and régions in the
    # package but are neither; their communes stay, with dep/reg set to the COM code.
    for d in _load(pkg_dir, "departements"):
        if d["zone"] != "com":
            rows.append({"kind": "Departement", "epci_type": "", "insee": d["code"], "siren": "",
                         "name": d["nom"], "dep": d["code"], "reg": d["region"],
                         "population": pop_dep[d["code"]], "_chef_lieu": d["chefLieu"]})
    for r in _load(pkg_dir, "regions"):
        if r["zone"] != "com":
            rows.append({"kind": "Region", "epci_type": "", "insee": r["code"], "siren": "",
                         "name": r["nom"], "dep": "", "reg": r["code"],
                         "population": pop_reg[r["code"]], "_chef_lieu": r["chefLieu"]})
    return rows


def copy_licence(pkg_dir: Path, dest: Path) -> None:
    src = pkg_dir / "LICENSE"
    if not src.exists():
        sys.exit(f"update_cog_data: {src} is missing; find the package's licence before "
                 "redistributing its data.")
    dest.write_bytes(src.read_bytes())


def build_aliases(pkg_dir: Path) -> list[dict]:
    """Other names that designate a current commune: its communes déléguées or associées
    (former communes, e.g. Pierrefitte-sur-Seine in Saint-Denis) and, for Paris, Lyon and
    Marseille, its arrondissements municipaux."""
    out = []
    for c in _load(pkg_dir, "communes"):
        parent = {"commune-deleguee": c.get("chefLieu"), "commune-associee": c.get("chefLieu"),
                  "arrondissement-municipal": c.get("commune")}.get(c["type"])
        if parent:
            out.append({"alias_type": c["type"], "code": c["code"], "name": c["nom"],
                        "insee": parent})
    return out


def write_csv_gz(rows: list[dict], path: Path, columns: list[str] | None = None) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns or COLUMNS, lineterminator="\n",
                            restval="", extrasaction="ignore")  # "_..." keys: build helpers
    writer.writeheader()
    writer.writerows(rows)
    # mtime=0 keeps the file byte-identical across runs when the data did not change.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                 filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))


LICENSE_TEXT = """\
# Licence of the data in this folder

The files in this folder are a trimmed derivative of public data, redistributed under the
**Licence Ouverte / Open Licence version 2.0** (Etalab), the licence of the French
administration's open data: <https://www.etalab.gouv.fr/licence-ouverte-open-licence>.
It allows copying, redistribution, adaptation and commercial use, on condition that the
source is credited and the date of its last update is given.

Attribution (as the licence asks):

{attributions}

Changes made by essgraph: only current communes, EPCI, EPT, départements and régions are
kept; fields are reduced to codes, names, populations and memberships; département and
région populations are sums over their communes; geographic files, when present, are
simplified. See SOURCES.md for versions and scripts/update_cog_data.py for the exact steps.

Licence files copied from the packages, next to this one:
- `LICENSE-decoupage-administratif`: the MIT licence file of `@etalab/decoupage-administratif`;
  it covers that package's JavaScript code, while its README puts the data under the
  Licence Ouverte (above).
- `LICENSE-fr-bounding-boxes`: the MIT licence (Copyright Etalab) of
  `@etalab/fr-bounding-boxes`, whose bounding boxes the positions (lat, lon columns) and
  `france_outline.json.gz` are derived from; its notice must travel with them.
"""


def write_docs(out_dir: Path, sources: list[dict]) -> None:
    attributions = "\n".join(
        f"- {s['producers']}, via the npm package `{s['package']}` version {s['version']} "
        f"(published {s['published']}; retrieved {s['retrieved']})." for s in sources)
    (out_dir / "LICENSE.md").write_text(LICENSE_TEXT.format(attributions=attributions),
                                        encoding="utf-8")
    lines = ["# Sources of loaders/cog/data", "",
             "Regenerate with `.venv/bin/python scripts/update_cog_data.py` "
             "(needs npm and access to the npm registry).", ""]
    for s in sources:
        lines += [f"## {s['package']} {s['version']}", "",
                  f"- Registry: npm, `npm pack {s['package']}@{s['version']}` "
                  f"(integrity `{s['integrity']}`)",
                  f"- Published: {s['published']}; retrieved: {s['retrieved']}",
                  f"- Producers: {s['producers']}",
                  f"- Licence: {s['licence']}",
                  f"- Used for: {s['used_for']}",
                  f"- Output: {', '.join(s['outputs'])}", ""]
    lines += [s for s in EXTRA_NOTES]
    (out_dir / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


EXTRA_NOTES: list[str] = []


def npm_meta(spec: str) -> dict:
    out = subprocess.run(["npm", "view", spec, "--json", "version", "time", "dist.integrity"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def source_entry(package: str, meta_version: str, **extra) -> dict:
    meta = npm_meta(f"{package}@{meta_version}")
    published = (meta.get("time") or {}).get(meta_version, "")[:10]
    return {"package": package, "version": meta_version, "published": published,
            "integrity": meta.get("dist.integrity", ""),
            "retrieved": dt.date.today().isoformat(), **extra}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", help=f"version of {COG_PACKAGE} (default: latest)")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cog-") as tmp:
        pkg_dir, pkg_json = npm_pack(COG_PACKAGE, args.version, Path(tmp))
        copy_licence(pkg_dir, args.out / "LICENSE-decoupage-administratif")
        rows = build_rows(pkg_dir)
        geo = build_geo(Path(tmp), rows, args.out)
        write_csv_gz(rows, args.out / CSV_NAME)
        write_csv_gz(build_aliases(pkg_dir), args.out / ALIAS_CSV_NAME, list(ALIAS_COLUMNS))
        sources = [source_entry(
            COG_PACKAGE, pkg_json["version"],
            producers="INSEE (Code officiel géographique, populations légales), DGCL "
                      "(composition des EPCI à fiscalité propre), INSEE (liste des EPT); "
                      "compiled by Etalab / data.gouv.fr",
            licence="data: Licence Ouverte / Open Licence 2.0 (stated in the package "
                    "README); package code: MIT",
            used_for="communes, EPCI, EPT, départements, régions, populations, memberships; "
                     "names of communes déléguées/associées and arrondissements municipaux "
                     "as aliases of their current commune",
            outputs=[CSV_NAME, ALIAS_CSV_NAME])] + geo
        write_docs(args.out, sources)
    kinds = Counter(r["kind"] for r in rows)
    size = (args.out / CSV_NAME).stat().st_size
    print(f"wrote {args.out / CSV_NAME} ({size / 1e6:.2f} MB): {dict(kinds)}")
    return 0


def build_geo(workdir: Path, rows: list[dict], out_dir: Path) -> list[dict]:
    """Add coordinates to ``rows`` and write the outline file; return their source entries."""
    from loaders.cog import build_geo as cog_geo  # needs numpy (build time only)

    pkg_dir, pkg_json = npm_pack(cog_geo.BBOX_PACKAGE, None, workdir)
    boxes = cog_geo.load_boxes(pkg_dir)
    copy_licence(pkg_dir, out_dir / "LICENSE-fr-bounding-boxes")
    placed = cog_geo.add_positions(rows, boxes)
    communes = sum(1 for r in rows if r["kind"] == "Commune")
    print(f"positions: {placed}/{communes} communes", file=sys.stderr)
    fc = cog_geo.outline(rows, boxes)
    with open(out_dir / OUTLINE_NAME, "wb") as raw, gzip.GzipFile(
            fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(json.dumps(fc, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    EXTRA_NOTES[:] = [
        "## Geographic data: what exists and what does not", "",
        f"- Positions: {placed} of {communes} current communes have one: the centre of the "
        "commune's bounding box in the package above (for a commune nouvelle missing from "
        "the 2017 edition, the union of its former communes' boxes). It is an approximate "
        "point, not the town hall. Overseas collectivités (975-989) and a few communes "
        "restored after 2017 have none. Départements and régions take the position of "
        "their chef-lieu commune; EPCI and EPT that of their most populous commune.",
        f"- Outline: `{OUTLINE_NAME}` holds one MultiPolygon per département (metropolitan "
        "and DROM), traced from the commune boxes on a grid (0.015 degree in "
        "metropolitan France) and simplified: coarse (coastlines bloated by up to a "
        "commune's box), for background maps only.",
        "- No package on the npm registry or PyPI reachable here ships the official "
        "ADMIN EXPRESS contours or chef-lieu points (IGN); "
        "`@etalab/decoupage-administratif` has no geometry. If one appears, replace "
        "loaders/cog/build_geo.py's derivation with it.", ""]
    return [source_entry(
        cog_geo.BBOX_PACKAGE, pkg_json["version"],
        producers="Etalab (bounding boxes of French administrative contours, 2017)",
        licence=f"package: {pkg_json.get('license', '?')}; derived from public "
                "administrative contours (Licence Ouverte)",
        used_for="approximate commune positions and the coarse département outline",
        outputs=[f"{CSV_NAME} (lat, lon)", OUTLINE_NAME])]


if __name__ == "__main__":
    raise SystemExit(main())
