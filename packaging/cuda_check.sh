#!/usr/bin/env bash
# On a machine with an NVIDIA GPU and its driver: make a virtual environment with onnxruntime-gpu
# (and only it), torch and transformers (they build the tiny test models), then run
# packaging/cuda_check.py with the 2B timing, appending its figures to bench/RESULTS.md.
#   bash packaging/cuda_check.sh [extra cuda_check.py arguments]
# Commit bench/RESULTS.md afterwards. OFFLINE=1 skips the installs (an environment made before).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv-cuda}
if [ "${OFFLINE:-0}" != 1 ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip
  "$VENV/bin/pip" install -q -e '.[cuda]' 'torch==2.13.0' 'transformers==5.23.*'
fi
export PYTHONPATH=$PWD
exec "$VENV/bin/python" packaging/cuda_check.py --bench --results bench/RESULTS.md --json cuda_check.json "$@"
