"""HTML -> PDF with headless Chromium (`--print-to-pdf`).

Chosen over WeasyPrint: Chromium is already needed for the browser tests, installs
from Debian (`apt-get install -y chromium`), works offline, renders our CSS and
embedded images exactly as the HTML report shows them, and adds no Python
dependency. Its text layer keeps the notes, so `pdftotext` finds the citations.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from essgraph.errors import UsageError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw"]


def find_chromium() -> str:
    env = os.environ.get("ESSGRAPH_CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    raise UsageError(
        "PDF reports need Chromium, which is not installed: run `apt-get install -y chromium` "
        "(or set ESSGRAPH_CHROMIUM to a Chrome binary), or ask for an .html report"
    )


def html_to_pdf(html: str, out_path: Path, *, timeout: float = 180.0) -> None:
    """Print `html` to `out_path` with a fresh throw-away profile."""
    binary = find_chromium()
    with tempfile.TemporaryDirectory(prefix="essgraph-pdf-") as tmp:
        src = Path(tmp) / "report.html"
        src.write_text(html, encoding="utf-8")
        out_path = Path(out_path).resolve()
        cmd = [binary, *FLAGS, f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out_path}", src.as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0 or not out_path.exists() or out_path.stat().st_size == 0:
            raise UsageError(f"{out_path}: Chromium could not print the report (exit {proc.returncode}): "
                             f"{proc.stderr.strip()[-400:]}; try an .html report")
