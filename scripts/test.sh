#!/usr/bin/env bash
# Set up everything the tests need, then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
bash scripts/install_test_services.sh
exec .venv/bin/python -m pytest -n 2 -q "$@"
