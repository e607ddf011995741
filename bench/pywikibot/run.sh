#!/usr/bin/env bash
# bench/pywikibot/run.sh — whole-process benchmarks of the pywikibot
# package: gowikibot's bundled scripts vs real pywikibot 9.6.3 vs the
# raw-request floor, against a throwaway local MediaWiki with 200 seeded
# pages of about 2 KB.
#
#   bench/pywikibot/run.sh                       # pywikibot from /tmp/pwb963 if present
#   PYWIKIBOT_SRC=/path/to/pywikibot-9.6.3 RUNS=5 bench/pywikibot/run.sh
#   BEFORE=/path/to/older/gowikibot bench/pywikibot/run.sh   # adds its rows
#
# Tasks: "listpages -get" (and pywikibot with -grep:. so that it preloads),
# "touch", "replace" (lorem <-> LOREM on all 200 pages, alternating so
# every run changes every page). Per task and client: median wall time
# and maximum peak RSS over RUNS runs (/usr/bin/time), and the API
# requests of one run counted in the wiki's own access log.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/pwbcopy.sh
RUNS=${RUNS:-3}
N=200
PWB=${PYWIKIBOT_SRC:-/tmp/pwb963}
OUT=$(mktemp -d /tmp/gowikibot-pwbbench.XXXXXX)
CFG=$OUT/cfg

for tool in /usr/bin/time php; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done
echo "bench: building into $OUT" >&2
CGO_ENABLED=0 go build -o "$OUT/gowikibot" ./cmd/gowikibot
go build -o "$OUT/floor" ./bench/pywikibot/floor
go build -o "$OUT/testwiki" ./tests/wikitest/testwiki
"$OUT/testwiki" up "$CFG" >&2
trap '"$OUT/testwiki" down "$CFG" >&2 || true' EXIT
json() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$CFG/wiki.json" "$1"; }
WIKI=$(json wiki_dir)
API=$(json api_url)
BOTPW=$(sed -n "s/.*BotPassword('ci', '\([^']*\)').*/\1/p" "$CFG/user-password.cfg")
LOG=$WIKI/logs/server.log
printf 'minthrottle = 0\nput_throttle = 0\n' >>"$CFG/user-config.py"

echo "bench: seeding $N pages" >&2
"$OUT/floor" seed "$API" TestBot@ci "$BOTPW" "$N" 2>/dev/null

HAVE_PWB=
if [ -f "$PWB/pwb.py" ]; then
  HAVE_PWB=1
  pwb_copy "$PWB" "$OUT/pwb"
  cp -r "$CFG" "$OUT/pcfg"
  rm -f "$OUT/pcfg/wiki.json"
  /usr/bin/python3 "$OUT/pwb/pwb.py" -dir:"$OUT/pcfg" login >/dev/null 2>&1 || true
fi
"$OUT/gowikibot" -dir:"$CFG" login >/dev/null 2>&1 || true

reqs() { grep -c '/api.php' "$LOG" || true; }
DIR=0 # replace direction, flipped by every replace run

# one LABEL CMD...: one run; appends "wall rss cpu requests" to $OUT/r.LABEL
one() {
  local label=$1; shift
  local cmd=("$@")
  if [ "${cmd[-1]}" = "@REPLACE@" ]; then
    unset 'cmd[-1]'
    local pair
    if [ $DIR = 0 ]; then pair=(lorem LOREM); DIR=1; else pair=(LOREM lorem); DIR=0; fi
    if [ "${cmd[0]}" = "$OUT/floor" ]; then cmd+=("$N"); fi
    cmd+=("${pair[@]}")
  fi
  local before; before=$(reqs)
  /usr/bin/time -f '%e %M %U' -o "$OUT/time" "${cmd[@]}" >/dev/null 2>"$OUT/stderr" </dev/null || {
    echo "bench: $label failed:" >&2; tail -5 "$OUT/stderr" >&2; }
  sleep 0.3 # let the php server flush its log
  local req=$(( $(reqs) - before ))
  local w m u
  read -r w m u < <(tail -1 "$OUT/time")
  echo "$w $m $u $req" >>"$OUT/r.${label// /_}"
}

# report LABEL: median wall, median user CPU, max RSS, requests of the last run
report() {
  local f="$OUT/r.${1// /_}"
  [ -f "$f" ] || return 0
  # medians via sort(1): Debian's default awk (mawk) has no asort
  local n wmed cmed
  n=$(wc -l <"$f")
  wmed=$(cut -d' ' -f1 "$f" | sort -g | sed -n "$(( (n + 1) / 2 ))p")
  cmed=$(cut -d' ' -f3 "$f" | sort -g | sed -n "$(( (n + 1) / 2 ))p")
  awk -v label="$1" -v wm="$wmed" -v cm="$cmed" '{if ($2>m) m=$2; r=$4}
    END{printf "| %-40s | %6.2f s | %5.2f s | %5.1f MiB | %4d |\n", label, wm, cm, m/1024, r}' "$f"
}

G="$OUT/gowikibot"
# BEFORE: another gowikibot binary (an older tree's), run beside this one
# in the same sitting for before/after figures
B=${BEFORE:-}
P=(/usr/bin/python3 "$OUT/pwb/pwb.py" -dir:"$OUT/pcfg")
GEN=-prefixindex:Bench
# the runs of the clients are interleaved (run 1 of each, run 2 of each,
# ...) so that a drift of the server's speed affects them alike
for _ in $(seq "$RUNS"); do
  one "listpages -get: gowikibot" "$G" -dir:"$CFG" listpages -get "$GEN"
  if [ -n "$B" ]; then one "listpages -get: gowikibot before" "$B" -dir:"$CFG" listpages -get "$GEN"; fi
  if [ -n "$HAVE_PWB" ]; then one "listpages -get: pywikibot 9.6.3" "${P[@]}" listpages -get "$GEN"; fi
  if [ -n "$HAVE_PWB" ]; then one "listpages -get -grep:.: pywikibot 9.6.3" "${P[@]}" listpages -get -grep:. "$GEN"; fi
  one "listpages -get: floor" "$OUT/floor" listget "$API" "$N"
done
for _ in $(seq "$RUNS"); do
  one "touch: gowikibot" "$G" -dir:"$CFG" touch "$GEN"
  if [ -n "$B" ]; then one "touch: gowikibot before" "$B" -dir:"$CFG" touch "$GEN"; fi
  if [ -n "$HAVE_PWB" ]; then one "touch: pywikibot 9.6.3" "${P[@]}" touch "$GEN"; fi
  one "touch: floor" "$OUT/floor" touch "$API" TestBot@ci "$BOTPW" "$N"
done
for _ in $(seq "$RUNS"); do
  one "replace: gowikibot" "$G" -dir:"$CFG" replace "$GEN" -summary:bench -always @REPLACE@
  if [ -n "$B" ]; then one "replace: gowikibot before" "$B" -dir:"$CFG" replace "$GEN" -summary:bench -always @REPLACE@; fi
  if [ -n "$HAVE_PWB" ]; then one "replace: pywikibot 9.6.3" "${P[@]}" replace "$GEN" -summary:bench -always @REPLACE@; fi
  one "replace: floor" "$OUT/floor" replace "$API" TestBot@ci "$BOTPW" @REPLACE@
done
echo
echo "| task / client | wall (median of $RUNS) | user CPU (median) | peak RSS (max) | API requests |"
echo "|---|---|---|---|---|"
for t in "listpages -get" "touch" "replace"; do
  for c in gowikibot "gowikibot before" "pywikibot 9.6.3" floor; do report "$t: $c"; done
  if [ "$t" = "listpages -get" ]; then report "listpages -get -grep:.: pywikibot 9.6.3"; fi
done
