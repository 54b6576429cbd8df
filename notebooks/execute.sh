#!/usr/bin/env bash
# Runs every notebook in notebooks/ headless against an output folder of the main job.
#
#   notebooks/execute.sh [OUTPUT_DIR]
#
# OUTPUT_DIR defaults to $REVIEWLENS_OUTPUT, else output/ (relative to the current folder).
# The first run installs what it needs (see notebooks/setup.sh); later runs reuse it.
# Executed copies, with their outputs, are written to ${TMPDIR:-/tmp}/review-lens-notebooks/;
# the notebooks in the repository are not touched.
# Exits non-zero if a notebook is not clean (it holds outputs or an absolute path of this
# machine) or if any cell fails.
set -euo pipefail

case "${1:-}" in
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
out_arg="${1:-${REVIEWLENS_OUTPUT:-output}}"

source "$(cd "$(dirname "$0")" && pwd)/setup.sh"
rl_set_output "$out_arg"
started=$SECONDS
rl_setup
rl_log "set-up took $((SECONDS - started)) s"

mapfile -t notebooks < <(find "$RL_NB_DIR" -maxdepth 1 -name '*.ipynb' | sort)
[[ ${#notebooks[@]} -gt 0 ]] || rl_die "no notebooks in $RL_NB_DIR"

# Committed notebooks must carry no outputs and no absolute path of this machine.
"$(rl_python)" - "$RL_KERNEL_NAME" "$RL_ROOT" "${HOME:-}" "${notebooks[@]}" <<'PY'
import sys, nbformat
kernel, root, home, paths = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
forbidden = [p for p in (root, home) if p and p != "/"]
problems = []
for path in paths:
    name = path.rsplit("/", 1)[-1]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    nb = nbformat.reads(text, as_version=4)
    nbformat.validate(nb)
    if nb.metadata.get("kernelspec", {}).get("name") != kernel:
        problems.append(f"{name}: kernelspec is not {kernel}")
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
            problems.append(f"{name}: cell {i} holds outputs")
    for p in forbidden:
        if p in text:
            problems.append(f"{name}: holds the absolute path {p}")
for p in problems:
    print(f"[notebooks] not clean: {p}", file=sys.stderr)
if problems:
    print("[notebooks] clear outputs with: jupyter nbconvert --clear-output --inplace "
          "notebooks/*.ipynb", file=sys.stderr)
    sys.exit(1)
PY

executed="${TMPDIR:-/tmp}/review-lens-notebooks"
mkdir -p "$executed"
rl_log "reading $REVIEWLENS_OUTPUT; executed copies go to $executed"

failed=()
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  t0=$SECONDS
  if rl_jupyter nbconvert --to notebook --execute \
      --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.startup_timeout=60 \
      --output-dir "$executed" --output "$name" "$nb" \
      >"$executed/${name%.ipynb}.log" 2>&1; then
    rl_log "ok      $name ($((SECONDS - t0)) s)"
  else
    rl_log "FAILED  $name ($((SECONDS - t0)) s); its log:"
    sed 's/^/    /' "$executed/${name%.ipynb}.log" >&2
    failed+=("$name")
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  rl_die "${#failed[@]} of ${#notebooks[@]} notebooks failed: ${failed[*]}"
fi
rl_log "all ${#notebooks[@]} notebooks ran in $((SECONDS - started)) s"
