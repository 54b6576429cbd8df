#!/usr/bin/env bash
# Runs every notebook in notebooks/ headless against an output folder of the main job.
#
#   notebooks/execute.sh [OUTPUT_DIR]
#
# OUTPUT_DIR defaults to $REVIEWLENS_OUTPUT, else the repository's output/.
# The first run installs what it needs (see notebooks/setup.sh); later runs reuse it.
# Executed copies, with their outputs and a log each, are written to
# ${TMPDIR:-/tmp}/review-lens-notebooks/; the notebooks in the repository are not touched.
# Exits non-zero if a notebook is not clean (it holds outputs or an absolute path of this
# machine) or if any cell fails. The last line reads "notebooks: N passed, M failed".
# RUN_PIPELINE=1 also runs the cells that run the main job on an extra review (over a minute).
set -euo pipefail

case "${1:-}" in
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
esac

source "$(cd "$(dirname "$0")" && pwd)/setup.sh"
rl_set_output "${1:-${REVIEWLENS_OUTPUT:-$RL_ROOT/output}}"
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
            problems.append(f"{name}: cell {i} holds outputs or an execution count")
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
    log="$executed/${name%.ipynb}.log"
    rl_log "FAILED  $name ($((SECONDS - t0)) s); from its log, $log:"
    # The failing cell and the Java error; without one (say, the kernel did not start), the tail.
    if grep -q 'An error occurred while executing the following cell' "$log"; then
      sed -n '/An error occurred while executing the following cell/,$p' "$log"
    else
      tail -n 40 "$log"
    fi | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/^/    /' >&2
    failed+=("$name")
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  rl_log "failed: ${failed[*]}; executed copies and logs in $executed"
else
  rl_log "all ${#notebooks[@]} notebooks ran in $((SECONDS - started)) s"
fi
# The last line, in the plain form that CI summaries read.
echo "notebooks: $((${#notebooks[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
[[ ${#failed[@]} -eq 0 ]]
