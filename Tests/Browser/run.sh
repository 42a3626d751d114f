#!/usr/bin/env bash
# The browser suite: headless Debian chromium driven by chromium-driver through selenium.
# Creates a throwaway venv (pinned requirements), uses the debug modelcat binary (built
# here when missing), and keeps screenshots, page weight, timings and the axe report in
# .artifacts/browser/. Needs: chromium, chromium-driver (the Makefile's test-deps step).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
command -v chromium >/dev/null || { echo "chromium is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
command -v chromedriver >/dev/null || { echo "chromedriver is missing: apt-get install chromium-driver" >&2; exit 1; }
export MODELCAT="${MODELCAT:-$ROOT/.build/debug/modelcat}"
if [ ! -x "$MODELCAT" ]; then swift build --product modelcat; fi
VENV="${BROWSER_VENV:-$ROOT/.build_browser/venv}"
if [ ! -x "$VENV/bin/pytest" ] || ! cmp -s Tests/Browser/requirements.txt "$VENV/requirements.txt"; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps -r Tests/Browser/requirements.txt
  cp Tests/Browser/requirements.txt "$VENV/requirements.txt"
fi
export MODELCAT_ARTIFACTS="$ROOT/.artifacts/browser"
mkdir -p "$MODELCAT_ARTIFACTS"
cd Tests/Browser
exec "$VENV/bin/pytest" -q -s -p no:cacheprovider "$@"
