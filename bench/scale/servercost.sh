#!/usr/bin/env bash
# bench/scale/servercost.sh — what one text request of 50 pages costs the
# wiki's php workers (CPU ms per request, from their /proc ticks), for the
# floor's request and for each thing gowikibot's request adds to it (as
# pywikibot's does): the session cookie, meta=userinfo, prop=info, the full
# rvprop, titles= instead of generator=allpages. Run against a wiki kept by
# bench/scale/run.sh (KEEP=1) with at least 1,050 pages:
#
#   OUT=/dev/shm/gowikibot-scalebench.XXXXXX bench/scale/servercost.sh
#   N=40 ROUNDS=3 OUT=... bench/scale/servercost.sh
#
# Each variant sends N requests one after the other (curl), the variants in
# turn, ROUNDS times; prints the per-round figures and their median. The
# ticks are the workers' user+sys CPU (1/100 s): on a busy machine they
# grow with contention, so compare variants of one sitting only.
set -euo pipefail
: "${OUT:?OUT names the directory of a kept wiki (bench/scale/run.sh with KEEP=1)}"
N=${N:-30}
ROUNDS=${ROUNDS:-2}
CFG=$OUT/cfg
json() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$CFG/wiki.json" "$1"; }
API=$(json api_url)
PID=$(json pid)
# the php server and its workers: the server's process group
PGID=$(ps -o pgid= -p "$PID" | tr -d ' ')
PIDS=$(pgrep -g "$PGID" php || true)
[ -n "$PIDS" ] || { echo "servercost: no php workers of pid $PID" >&2; exit 1; }
# the bot's session cookies, as gowikibot sends them
COOKIE=$(grep -o '[A-Za-z0-9_]*ession="[^"]*"' "$CFG"/pywikibot-*.lwp | sed 's/"//g' | paste -sd';' | sed 's/;/; /g')
ticks() {
  local t=0 f
  for p in $PIDS; do
    for s in /proc/"$p"/task/*/stat; do
      read -r -a f <"$s" || continue
      t=$((t + f[13] + f[14]))
    done
  done
  echo "$t"
}
TITLES=$(python3 -c 'print("|".join("Bench %03d" % i for i in range(1000, 1050)))')
GEN="generator=allpages&gapprefix=Bench&gaplimit=50&gapfrom=Bench 1000&gapnamespace=0"
FULL="rvprop=ids|timestamp|flags|comment|user|content|contentmodel|sha1&rvslots=main"
B="action=query&format=json&formatversion=2"
declare -A Q
Q[floor]="$B&prop=revisions&rvprop=content&rvslots=main&$GEN"
Q[+cookie]="$B&prop=revisions&rvprop=content&rvslots=main&$GEN"
Q[+userinfo]="$B&prop=revisions&rvprop=content&rvslots=main&meta=userinfo&$GEN"
Q[+info]="$B&prop=revisions|info&rvprop=content&rvslots=main&$GEN"
Q[+rvprop]="$B&prop=revisions&$FULL&$GEN"
Q[+titles]="$B&prop=revisions&rvprop=content&rvslots=main"
Q[gowikibot]="$B&curtimestamp=1&maxlag=5&meta=userinfo&prop=info|revisions&$FULL"
ORDER="floor +cookie +userinfo +info +rvprop +titles gowikibot"
declare -A R
for _ in $(seq "$ROUNDS"); do
  for v in $ORDER; do
    args=(-s -o /dev/null --data "${Q[$v]}")
    case $v in +cookie | gowikibot) args+=(-H "Cookie: $COOKIE") ;; esac
    case $v in +titles | gowikibot) args+=(--data-urlencode "titles=$TITLES") ;; esac
    a=$(ticks)
    for _ in $(seq "$N"); do curl "${args[@]}" "$API"; done
    b=$(ticks)
    R[$v]="${R[$v]:-} $(awk -v d=$((b - a)) -v n="$N" 'BEGIN {printf "%.1f", d * 10 / n}')"
  done
done
echo "php CPU ms per request ($N requests a round; load $(cut -d' ' -f1-3 /proc/loadavg)):"
echo
echo "| request | rounds | median |"
echo "|---|---|---|"
for v in $ORDER; do
  med=$(echo "${R[$v]}" | tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "| $v |${R[$v]} | $med |"
done
