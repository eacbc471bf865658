#!/usr/bin/env bash
# Set up a fresh machine: a virtual environment with the package and its dev tools, and CIFAR-10 where fastai looks for it.
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
# These machines reach no download host: point fastai's data folder at the shared, unpacked CIFAR-10 (read-only; caches go to ~/.fastai/tmp).
data="${CIFAR10:-../shared/data/cifar10}"
dest="${FASTAI_HOME:-$HOME/.fastai}/data"
if [ -d "$data" ] && [ ! -e "$dest/cifar10" ]; then mkdir -p "$dest" && ln -sfn "$(realpath "$data")" "$dest/cifar10"; fi
