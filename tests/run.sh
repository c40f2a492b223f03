#!/usr/bin/env bash
# Everything the tests need, then the tests: a virtualenv with the package and its test
# extras, Chromium from the system's packages for the viewer's browser tests (Playwright's
# own browser download is not available everywhere), then lint, types and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]' 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c 'import restore, playwright, hypothesis' # fail here if the install failed

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing chromium (system package) for the viewer's browser tests" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# Property tests run derandomized (tests/conftest.py): the README's command and CI's see
# the same examples.
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/python -m pytest --doctest-modules restore metrics tests "$@"
