#!/usr/bin/env bash
# Interoperability with real clients: the official `openai` SDK lists the catalog's models
# from `modelcat serve`, LiteLLM prices usage from the served cost-map export exactly as from
# the source data, and the JSON Schema validates catalog.json. Clients come from PyPI into a
# throwaway venv (pinned in requirements.txt); nothing leaves 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
export MODELCAT="${MODELCAT:-$ROOT/.build/debug/modelcat}"
if [ ! -x "$MODELCAT" ]; then swift build --product modelcat; fi
VENV="${INTEROP_VENV:-$ROOT/.build_interop/venv}"
if [ ! -x "$VENV/bin/pytest" ] || ! cmp -s Tests/Interop/requirements.txt "$VENV/requirements.txt"; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r Tests/Interop/requirements.txt
  cp Tests/Interop/requirements.txt "$VENV/requirements.txt"
fi
export MODELCAT_ROOT="$ROOT"
cd Tests/Interop
exec "$VENV/bin/pytest" -q -s -p no:cacheprovider "$@"
