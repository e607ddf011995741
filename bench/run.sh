#!/usr/bin/env bash
# bench/run.sh — gowikibot's core benchmark against a real local MediaWiki,
# side by side with the raw-request floor (and pywikibot when available).
#
#   bench/run.sh                  # needs hyperfine, GNU time, the test wiki's packages
#   PYWIKIBOT_SRC=/path/to/pywikibot-9.6.3 bench/run.sh   # also run pywikibot
#
# Measures, each as a whole process:
#   1. cold start + login + userinfo (no saved cookies)
#   2. warm start + userinfo (saved cookies; "gowikibot whoami")
#   3. start + login (saved cookies) + the text of 200 pages
# wall time with hyperfine, peak RSS with /usr/bin/time -v, and API requests
# from gowikibot's own counter (-v) and the floor client's count.
# The config sets minthrottle = 0, pywikibot 9.6.3's default (the release
# the reference figures were measured with; 11.x uses 0.1 s).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-20}
N=${N:-200}
OUT=$(mktemp -d /tmp/gowikibot-bench.XXXXXX)
CFG=$OUT/cfg

for tool in hyperfine /usr/bin/time php; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine time; tests/wiki/install-packages.sh)" >&2; exit 1; }
done

echo "bench: building into $OUT" >&2
CGO_ENABLED=0 go build -o "$OUT/gowikibot" ./cmd/gowikibot
go build -o "$OUT/readpages" ./bench/cmd/readpages
go build -o "$OUT/floor" ./bench/cmd/floor
go build -o "$OUT/testwiki" ./tests/wikitest/testwiki

"$OUT/testwiki" up "$CFG" >&2
# stop the wiki and remove the work directory (set KEEP=1 to keep it)
trap '"$OUT/testwiki" down "$CFG" >&2 || true; [ -n "${KEEP:-}" ] || rm -rf "$OUT"' EXIT
json() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$CFG/wiki.json" "$1"; }
WIKI=$(json wiki_dir)
API=$(json api_url)
BOTPW=$(sed -n "s/.*BotPassword('ci', '\([^']*\)').*/\1/p" "$CFG/user-password.cfg")
BOTUSER=$(json bot_user)

echo "minthrottle = 0" >>"$CFG/user-config.py"
# readpages is the Go core without Python: it reads the same configuration
# as gowikibot.ini ("config migrate"), in a directory of its own so that
# gowikibot itself keeps reading user-config.py.
RPCFG=$OUT/rpcfg
mkdir -p "$RPCFG"
cp "$CFG/user-config.py" "$CFG/user-password.cfg" "$RPCFG/" && chmod 600 "$RPCFG/user-password.cfg"
"$OUT/gowikibot" -dir:"$RPCFG" config migrate >&2 && rm "$RPCFG/user-config.py"

echo "bench: importing $N pages" >&2
mkdir -p "$OUT/pages"
for i in $(seq 0 $((N - 1))); do
  f=$(printf "%s/pages/Bench_%03d" "$OUT" "$i")
  { printf "== Page %d ==\n" "$i"; for _ in $(seq 20); do printf "Lorem ipsum dolor sit amet, [[link %d]] consectetur adipiscing elit {{tl|%d}}.\n" "$i" "$i"; done; } >"$f"
done
MW_CONFIG_FILE="$WIKI/LocalSettings.php" php /usr/share/mediawiki/maintenance/importTextFiles.php --bot --summary import "$OUT"/pages/* >/dev/null

cd "$CFG"
GWB="$OUT/gowikibot"
RP="$OUT/readpages"
FL="$OUT/floor"

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'; }

echo "bench: request counts and peak memory" >&2
rm -f pywikibot-TestBot.lwp
cold_req=$( { "$GWB" -v login 2>&1 || true; } | sed -n 's/^gowikibot: \([0-9]*\) API requests.*/\1/p')
rm -f pywikibot-TestBot.lwp
cold_rss=$(peak "$GWB" login)
warm_req=$( { "$GWB" -v whoami 2>&1 || true; } | sed -n 's/^gowikibot: \([0-9]*\) API requests.*/\1/p')
warm_rss=$(peak "$GWB" whoami)
"$RP" -dir:"$RPCFG" -n:1 >/dev/null # log in once: the next runs use the saved session
read_req=$("$RP" -dir:"$RPCFG" -n:"$N" | sed -n 's/.*, \([0-9]*\) API requests$/\1/p')
read_rss=$(peak "$RP" -dir:"$RPCFG" -n:"$N")
rm -f "$RPCFG/pywikibot-TestBot.lwp"
readcold_req=$("$RP" -dir:"$RPCFG" -n:"$N" | sed -n 's/.*, \([0-9]*\) API requests$/\1/p')
floor_login_req=$("$FL" login "$API" "$BOTUSER@ci" "$BOTPW" | sed -n 's/.*, \([0-9]*\) requests$/\1/p')
floor_read_req=$("$FL" read "$API" Bench "$N" | sed -n 's/.*, \([0-9]*\) requests$/\1/p')
floor_login_rss=$(peak "$FL" login "$API" "$BOTUSER@ci" "$BOTPW")
floor_read_rss=$(peak "$FL" read "$API" Bench "$N")

echo "bench: wall times (hyperfine, $RUNS runs)" >&2
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/hyperfine.json" \
  --prepare "rm -f $CFG/pywikibot-TestBot.lwp" -n "gowikibot login (cold)" "$GWB login" \
  -n "floor login (token+login)" "$FL login $API $BOTUSER@ci $BOTPW" >&2
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/hyperfine2.json" \
  -n "gowikibot whoami (cookies)" "$GWB whoami" \
  -n "readpages $N (cookies)" "$RP -dir:$RPCFG -n:$N" \
  -n "floor read $N (anonymous)" "$FL read $API Bench $N" >&2
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/hyperfine3.json" \
  --prepare "rm -f $RPCFG/pywikibot-TestBot.lwp" -n "readpages $N (cold login)" "$RP -dir:$RPCFG -n:$N" >&2
# "mean s (median s) | client CPU ms" of one hyperfine result
mean() { python3 -c '
import json,sys
d=json.load(open(sys.argv[1]))
r=[r for r in d["results"] if r["command"]==sys.argv[2]][0]
print("%.3f s (median %.3f) | %.0f ms" % (r["mean"], r["median"], 1000*(r["user"]+r["system"])))' "$1" "$2"; }

pwb_rows=""
if [ -n "${PYWIKIBOT_SRC:-}" ] && [ -f "$PYWIKIBOT_SRC/pwb.py" ]; then
  echo "bench: pywikibot from $PYWIKIBOT_SRC" >&2
  PCFG=$OUT/pwbcfg
  mkdir -p "$PCFG"
  cp "$CFG/user-config.py" "$CFG/user-password.cfg" "$PCFG/"
  chmod 600 "$PCFG"/*
  PY=/usr/bin/python3
  pwb() { (cd "$PCFG" && PYWIKIBOT_DIR="$PCFG" "$PY" "$PYWIKIBOT_SRC/pwb.py" "$@"); }
  pwb login >/dev/null 2>&1 || true
  # pywikibot's request counts, from the wiki's own access log
  srvcount() { local before after; before=$(grep -c '/api.php' "$WIKI/logs/server.log" || true); "$@" >/dev/null 2>&1 || true; after=$(grep -c '/api.php' "$WIKI/logs/server.log" || true); echo $((after - before)); }
  cat >"$OUT/pwb_read.py" <<EOF
import pywikibot
from pywikibot import pagegenerators
site = pywikibot.Site()
site.login()
pages = [pywikibot.Page(site, 'Bench %03d' % i) for i in range($N)]
n = sum(1 for p in pagegenerators.PreloadingGenerator(pages) if p.text)
print(n)
EOF
  hyperfine -N --warmup 2 --runs 10 --export-json "$OUT/hyperfine4.json" \
    --prepare "rm -f $PCFG/pywikibot-TestBot.lwp" -n "pywikibot login (cold)" "env PYWIKIBOT_DIR=$PCFG $PY $PYWIKIBOT_SRC/pwb.py login" >&2
  hyperfine -N --warmup 2 --runs 10 --export-json "$OUT/hyperfine5.json" \
    -n "pywikibot read $N (preload)" "env PYWIKIBOT_DIR=$PCFG $PY $PYWIKIBOT_SRC/pwb.py $OUT/pwb_read.py" >&2
  rm -f "$PCFG/pywikibot-TestBot.lwp"
  pwb_login_rss=$(cd "$PCFG" && PYWIKIBOT_DIR="$PCFG" /usr/bin/time -v "$PY" "$PYWIKIBOT_SRC/pwb.py" login 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')
  rm -f "$PCFG/pywikibot-TestBot.lwp"
  pwb_login_req=$(srvcount pwb login)
  pwb_read_req=$(srvcount pwb "$OUT/pwb_read.py")
  pwb_rows=$(printf '| pywikibot 9.6.3 login (cold) | %s | %s MiB | %s |\n| pywikibot 9.6.3 read %s (preload, cookies) | %s | | %s |' \
    "$(mean "$OUT/hyperfine4.json" "pywikibot login (cold)")" "$((pwb_login_rss / 1024))" "$pwb_login_req" "$N" \
    "$(mean "$OUT/hyperfine5.json" "pywikibot read $N (preload)")" "$pwb_read_req")
fi

cat <<EOF

## gowikibot core benchmark ($(date -u +%Y-%m-%d), MediaWiki on php -S, SQLite, loopback)

| process | wall time | client CPU (user+sys) | peak RSS | API requests |
|---|---|---|---|---|
| gowikibot login, cold (no cookies) | $(mean "$OUT/hyperfine.json" "gowikibot login (cold)") | $((cold_rss / 1024)) MiB | $cold_req |
| floor: token + login | $(mean "$OUT/hyperfine.json" "floor login (token+login)") | $((floor_login_rss / 1024)) MiB | $floor_login_req |
| gowikibot whoami, saved cookies | $(mean "$OUT/hyperfine2.json" "gowikibot whoami (cookies)") | $((warm_rss / 1024)) MiB | $warm_req |
| readpages $N texts, saved cookies | $(mean "$OUT/hyperfine2.json" "readpages $N (cookies)") | $((read_rss / 1024)) MiB | $read_req |
| readpages $N texts, cold login | $(mean "$OUT/hyperfine3.json" "readpages $N (cold login)") | | $readcold_req |
| floor: $N texts, anonymous, 50 per request | $(mean "$OUT/hyperfine2.json" "floor read $N (anonymous)") | $((floor_read_rss / 1024)) MiB | $floor_read_req |
$pwb_rows
EOF
