#!/usr/bin/env bash
# Opens the notebooks in Jupyter, with the Java kernel they use.
#
#   notebooks/open.sh [OUTPUT_DIR] [JUPYTER_OPTION...]
#
# OUTPUT_DIR defaults to $REVIEWLENS_OUTPUT, else the repository's output/.
# Options go to `jupyter notebook`, e.g. --no-browser or --port=8899. The first run installs
# what it needs (see notebooks/setup.sh), including Debian's jupyter-notebook package.
# Save a notebook you changed without its outputs before you commit it:
#   jupyter nbconvert --clear-output --inplace notebooks/NAME.ipynb
set -euo pipefail

case "${1:-}" in
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
esac
out_arg=""
if [[ $# -gt 0 && "$1" != -* ]]; then
  out_arg="$1"
  shift
fi

source "$(cd "$(dirname "$0")" && pwd)/setup.sh"
rl_set_output "${out_arg:-${REVIEWLENS_OUTPUT:-$RL_ROOT/output}}"
rl_setup jupyter-notebook
rl_log "notebooks read $REVIEWLENS_OUTPUT"

jupyter_bin=jupyter
[[ -x /usr/bin/jupyter ]] && jupyter_bin=/usr/bin/jupyter
extra=()
[[ $EUID -eq 0 ]] && extra+=(--allow-root)
exec "$jupyter_bin" notebook --notebook-dir="$RL_NB_DIR" "${extra[@]}" "$@"
