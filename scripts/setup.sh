#!/usr/bin/env bash
# Create .venv and install essgraph with its locked dependencies (PyPI only).
# Usage: bash scripts/setup.sh [--test]   (--test adds the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
extra=""
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-test.lock
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
