#!/usr/bin/env bash
# bench/startup/run.sh — start-up figures (issue #14.4): how long a Python
# run of gowikibot takes to start, with the embedded modules' compiled code
# cached (pyshim/python/codecache), on its first run (empty cache), with
# the cache off, and for a baseline commit built in the same run.
#
#   bench/startup/run.sh                   # BASE=fe3cb7b RUNS=30
#   BASE=main RUNS=50 bench/startup/run.sh  # BASE="" skips the baseline
#
# Programs: an empty file; `import pywikibot`; a script that imports
# pywikibot and prints the start of one page (a throwaway local wiki, the
# bot logged in beforehand: a warm cookie jar); `listpages -get` over 200
# seeded pages of 2 KB beside the raw-request floor (bench/pywikibot/floor).
# Per cell: hyperfine's mean wall time, mean user+sys CPU, and the median
# peak RSS of 9 runs (/usr/bin/time). Wall times on a loaded machine are
# noise; compare within one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-30}
BASE=${BASE-fe3cb7b}
N=200
OUT=$(mktemp -d /tmp/gowikibot-startup.XXXXXX)
CFG=$OUT/cfg
for tool in hyperfine /usr/bin/time php; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done

echo "bench: building into $OUT" >&2
CGO_ENABLED=0 go build -o "$OUT/now" ./cmd/gowikibot
if [ -n "$BASE" ]; then
  mkdir -p "$OUT/base-src"
  git archive "$BASE" | tar -x -C "$OUT/base-src"
  (cd "$OUT/base-src" && CGO_ENABLED=0 go build -o "$OUT/base" ./cmd/gowikibot)
fi
go build -o "$OUT/floor" ./bench/pywikibot/floor
go build -o "$OUT/testwiki" ./tests/wikitest/testwiki
"$OUT/testwiki" up "$CFG" >&2
trap '"$OUT/testwiki" down "$CFG" >&2 || true; rm -rf "$OUT"' EXIT
json() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$CFG/wiki.json" "$1"; }
API=$(json api_url)
BOTPW=$(sed -n "s/.*BotPassword('ci', '\([^']*\)').*/\1/p" "$CFG/user-password.cfg")
printf 'minthrottle = 0\nput_throttle = 0\n' >>"$CFG/user-config.py"
echo "bench: seeding $N pages" >&2
"$OUT/floor" seed "$API" TestBot@ci "$BOTPW" "$N" 2>/dev/null

: >"$OUT/empty.py"
echo 'import pywikibot' >"$OUT/import.py"
cat >"$OUT/page.py" <<'PY'
import pywikibot
site = pywikibot.Site()
print(pywikibot.Page(site, 'Bench 001').text[:40])
PY

CACHE=$OUT/cache
export GOWIKIBOT_CODE_CACHE=$CACHE
"$OUT/now" -dir:"$CFG" login >/dev/null
clients=(now)
[ -n "$BASE" ] && clients=(base now)

# cell LABEL PREPARE CMD: "wall ms, cpu ms, rss MiB" of CMD
cell() {
  local prep=$1; shift
  hyperfine -N --warmup 2 --runs "$RUNS" --prepare "$prep" --export-json "$OUT/h.json" "$*" >/dev/null 2>&1
  local wall cpu
  read -r wall cpu < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.1f %.1f" % (r["mean"]*1e3, (r["user"]+r["system"])*1e3))' "$OUT/h.json")
  local rss
  rss=$(for _ in 1 2 3 4 5 6 7 8 9; do sh -c "$prep"; /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 5p)
  printf '%s ms, %s ms CPU, %.1f MiB' "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)"
}

warm="true"
cold="rm -rf $CACHE"
row() { # LABEL ARGS...: one table row
  local label=$1; shift
  local cells=()
  if [ -n "$BASE" ]; then cells+=("$(cell "$warm" "$OUT/base" "$@")"); fi
  "$OUT/now" "$@" >/dev/null 2>&1 || true # fill the cache
  cells+=("$(cell "$warm" "$OUT/now" "$@")")
  cells+=("$(cell "$cold" "$OUT/now" "$@")")
  cells+=("$(GOWIKIBOT_CODE_CACHE=off cell "$warm" "$OUT/now" "$@")")
  local IFS='|'
  echo "| $label |${cells[*]}|"
}

echo
if [ -n "$BASE" ]; then
  echo "| program | $BASE | now, cache filled | now, first run (empty cache) | now, cache off |"
  echo "|---|---|---|---|---|"
else
  echo "| program | now, cache filled | now, first run (empty cache) | now, cache off |"
  echo "|---|---|---|---|"
fi
row "empty program" python "$OUT/empty.py"
row '`import pywikibot`' -dir:"$CFG" python "$OUT/import.py"
row "import + print one page" -dir:"$CFG" python "$OUT/page.py"
row "listpages -get, $N pages" -dir:"$CFG" listpages -get -prefixindex:Bench
echo "| floor: $N page texts | $(cell "$warm" "$OUT/floor" listget "$API" "$N") |"
