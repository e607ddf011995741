#!/usr/bin/env bash
# bench/interp/run.sh — whole-process benchmarks of the embedded Python:
# `gowikibot python` beside a bare gpython v0.2.0 host (no compatibility
# layer) and beside CPython (/usr/bin/python3), with hyperfine.
#
#   bench/interp/run.sh            # RUNS=30 by default
#
# Programs: fib(25); a 200k-iteration string loop; re.sub with look-behind
# over 200 pages of 2 KB (5 passes; not on bare gpython, which has no re);
# compiling a 2,000-line file (with gowikibot: pre-pass + compile + run of
# its top level; bare: compile + run). Reports mean and min wall time,
# user+sys CPU and the ratios gowikibot/bare and gowikibot/CPython.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-30}
OUT=$(mktemp -d /tmp/gowikibot-interp.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }

CGO_ENABLED=0 go build -o "$OUT/gowikibot" ./cmd/gowikibot
# the bare host: gpython alone, the module version gowikibot uses
mkdir -p "$OUT/bare"
cp bench/interp/barehost.go.txt "$OUT/bare/main.go"
GPY=$(go list -m -f '{{.Version}}' github.com/go-python/gpython)
printf 'module barehost\n\ngo 1.24\n\nrequire github.com/go-python/gpython %s\n' "$GPY" >"$OUT/bare/go.mod"
cp go.sum "$OUT/bare/go.sum"
(cd "$OUT/bare" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -o "$OUT/bare/gpython" . )
python3 bench/interp/genprog.py >"$OUT/prog2000.py"
[ "$(wc -l <"$OUT/prog2000.py")" -ge 2000 ] || { echo "bench: generated program too short" >&2; exit 1; }

G="$OUT/gowikibot python"
B="$OUT/bare/gpython"
P=/usr/bin/python3
row() { # name, then commands
  local name=$1; shift
  hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/r.json" "$@" >/dev/null 2>&1
  python3 - "$name" "$OUT/r.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
res = json.load(open(path))["results"]
lab = ["gowikibot", "bare gpython", "CPython"] if len(res) == 3 else ["gowikibot", "CPython"]
g = res[0]
cells = []
for l, r in zip(lab, res):
    cells.append("%s %.1f ms (min %.1f, cpu %.1f)" % (l, r["mean"] * 1e3, r["min"] * 1e3, (r["user"] + r["system"]) * 1e3))
ratios = []
for l, r in zip(lab[1:], res[1:]):
    ratios.append("gowikibot/%s %.2fx (min %.2fx)" % (l, g["mean"] / r["mean"], g["min"] / r["min"]))
print("| %s | %s | %s |" % (name, " · ".join(cells), " · ".join(ratios)))
PY
}
echo "| program | wall mean (min, user+sys CPU) | ratios |"
echo "|---|---|---|"
row "fib(25)" "$G bench/interp/fib.py" "$B bench/interp/fib.py" "$P bench/interp/fib.py"
row "string loop 200k" "$G bench/interp/strloop.py" "$B bench/interp/strloop.py" "$P bench/interp/strloop.py"
row "re.sub look-behind, 200×2 KB ×5" "$G bench/interp/resub.py" "$P bench/interp/resub.py"
row "2,000-line file" "$G $OUT/prog2000.py" "$B $OUT/prog2000.py" "$P $OUT/prog2000.py"
row "empty program (start-up)" "$G bench/interp/empty.py" "$B bench/interp/empty.py" "$P bench/interp/empty.py"
