#!/usr/bin/env bash
# bench/scale/run.sh — how the pywikibot package scales with the number of
# pages (issue #14.5): gowikibot's bundled scripts vs real pywikibot 9.6.3
# vs the raw-request floor, against a throwaway local MediaWiki seeded with
# SIZES pages of about 2 KB ("Bench 000".., the even ones also in
# Category:Even: 5,000 members at 10,000 pages), a 2 MB page ("Big page")
# and a page with 5,000 revisions ("Long history").
#
#   bench/scale/run.sh                        # SIZES="1000 10000", RUNS=3
#   SIZES="1000 3000 10000" RUNS=5 EDITS=all bench/scale/run.sh
#   EDIT_RUNS=1 EDITS=500 bench/scale/run.sh  # touch/replace: 1 run, 500 pages
#   KEEP=1 SIZES=10000 TASKS=none bench/scale/run.sh  # seed only; keep the wiki
#   OUT=/dev/shm/gowikibot-scalebench.XXXXXX SIZES=10000 TASKS='listpages -get' \
#     BEFORE=/path/to/older/gowikibot bench/scale/run.sh  # reuse it; add a build
#   bench/scale/interleave.py OUT 5 OLD NEW     # a kept wiki: builds in turn,
#     rusage medians and gctrace's number of collections
#
# Tasks per size: listpages (titles only), listpages -get (pywikibot with
# -grep:. so that it preloads), the chain -cat:Even -ns:0 -grep:lorem,
# -get of the 2 MB page, the 5,000 revisions of one page, touch and
# replace. touch and replace change the
# first EDITS pages (default 1000, "all" for every page; about 40 ms of the
# server per edit). Per task and client: median wall time, median user+sys
# CPU and maximum peak RSS over RUNS runs (/usr/bin/time), and the API
# requests of one run counted in the wiki's own access log. Prints one
# table per size, writes every run to $OUT/results.tsv and draws the
# growth curve (wall time against pages) with bench/cmd/growthsvg into
# ${SVG:-$OUT/growth.svg}.
#
# POST_READS=parallel makes the wiki read POSTed API queries in parallel
# (see below: SQLite otherwise runs them one at a time).
#
# OUT names the directory of a kept wiki (KEEP=1 keeps it running at the
# end and says how to stop it): its pages are reused and only sizes above
# those already seeded are imported (seeding 10,000 pages takes minutes).
# TASKS is an extended regular expression: only the tasks it matches run
# ("none" for none). BEFORE is another gowikibot binary (an older tree's):
# its runs ("gowikibot before") interleave with this tree's.
#
# Seeding uses importDump.php --no-updates (fast) and fills Category:Even
# with SQL on the wiki's SQLite file; the wiki lives under /dev/shm when
# there is one (its SQLite writes then cost no disk syncs).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/pwbcopy.sh
RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000"}
EDITS=${EDITS:-1000}
EDIT_RUNS=${EDIT_RUNS:-$RUNS}
PWB=${PYWIKIBOT_SRC:-/tmp/pwb963}
BASE=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && BASE=/dev/shm
TASKS=${TASKS:-.}
B=${BEFORE:-}
REUSE=
if [ -n "${OUT:-}" ] && [ -f "$OUT/cfg/wiki.json" ]; then
  REUSE=1
else
  OUT=$(mktemp -d "$BASE/gowikibot-scalebench.XXXXXX")
fi
CFG=$OUT/cfg
SVG=${SVG:-$OUT/growth.svg}

for tool in /usr/bin/time php sqlite3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done
echo "bench: building into $OUT" >&2
CGO_ENABLED=0 go build -o "$OUT/gowikibot" ./cmd/gowikibot
go build -o "$OUT/floor" ./bench/pywikibot/floor
go build -o "$OUT/testwiki" ./tests/wikitest/testwiki
go build -o "$OUT/growthsvg" ./bench/cmd/growthsvg
if [ -z "$REUSE" ]; then
  TMPDIR=$OUT "$OUT/testwiki" up "$CFG" >&2
fi
if [ -n "${KEEP:-}" ]; then
  trap 'echo "bench: the wiki runs on: OUT=$OUT reuses it; $OUT/testwiki down $CFG stops it" >&2' EXIT
else
  trap '"$OUT/testwiki" down "$CFG" >&2 || true' EXIT
fi
json() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$CFG/wiki.json" "$1"; }
WIKI=$(json wiki_dir)
API=$(json api_url)
BOTPW=$(sed -n "s/.*BotPassword('ci', '\([^']*\)').*/\1/p" "$CFG/user-password.cfg")
LOG=$WIKI/logs/server.log
DB=$WIKI/data/wiki.sqlite
[ -n "$REUSE" ] || printf 'minthrottle = 0\nput_throttle = 0\n' >>"$CFG/user-config.py"

# POST_READS=parallel: the wiki answers API queries sent by POST in
# DEFERRED SQLite transactions, as it answers GETs. MediaWiki on SQLite
# begins every POST request's transaction IMMEDIATE (T93097,
# MWLBFactory::initServerInfo): it takes the database's write lock, so two
# POSTed reads in flight (50 titles make pywikibot's and gowikibot's text
# requests POSTs: longer than maximum_GET_length) run one after the other,
# the second polling the lock with SQLite's busy handler (sleeps of 1-100
# ms). A MySQL/MariaDB wiki reads them in parallel. Unset, a reused wiki
# gets MediaWiki's own behaviour back.
SETTINGS=$WIKI/LocalSettings.php
sed -i '/^# bench: POST_READS=parallel$/,/^# bench: end$/d' "$SETTINGS"
if [ "${POST_READS:-}" = parallel ]; then
  cat >>"$SETTINGS" <<'PHP'
# bench: POST_READS=parallel
if ( ( $_POST['action'] ?? '' ) === 'query' ) {
	$wgDBservers = [ [ 'host' => '', 'dbname' => $wgDBname, 'user' => '', 'password' => '', 'type' => 'sqlite',
		'flags' => DBO_DEFAULT, 'load' => 1, 'trxMode' => 'DEFERRED', 'dbDirectory' => $wgSQLiteDataDir ] ];
}
# bench: end
PHP
fi

# import DUMPFILE: pages without links updates (minutes faster at 10,000)
import_dump() {
  MW_CONFIG_FILE=$WIKI/LocalSettings.php php /usr/share/mediawiki/maintenance/importDump.php \
    --no-updates "$1" >"$OUT/import.log" 2>&1 || { tail -5 "$OUT/import.log" >&2; exit 1; }
}
# fill_category: Category:Even holds the even "Bench NNN" pages, as a
# links update would record them
fill_category() {
  sqlite3 "$DB" "
    INSERT OR IGNORE INTO categorylinks (cl_from, cl_to, cl_sortkey, cl_sortkey_prefix, cl_timestamp, cl_collation, cl_type)
      SELECT page_id, 'Even', upper(replace(page_title, '_', ' ')), '', '2024-01-01 00:00:00', 'uppercase', 'page'
      FROM page WHERE page_namespace = 0 AND page_title GLOB 'Bench_[0-9]*'
        AND CAST(substr(page_title, 7) AS INTEGER) % 2 = 0;
    INSERT OR IGNORE INTO category (cat_title, cat_pages) VALUES ('Even', 0);
    UPDATE category SET cat_pages = (SELECT count(*) FROM categorylinks WHERE cl_to = 'Even') WHERE cat_title = 'Even';"
}

if [ -z "$REUSE" ]; then
"$OUT/floor" dump-big >"$OUT/big.xml"
# the history of "Long history", walked by both clients
cat >"$OUT/history.py" <<'PY'
import pywikibot
page = pywikibot.Page(pywikibot.Site(), 'Long history')
print(sum(1 for _ in page.revisions()), 'revisions')
PY
import_dump "$OUT/big.xml"
echo 0 >"$OUT/seeded"
fi

HAVE_PWB=
if [ -f "$PWB/pwb.py" ]; then
  HAVE_PWB=1
  if [ ! -d "$OUT/pwb" ]; then
    pwb_copy "$PWB" "$OUT/pwb"
    cp -r "$CFG" "$OUT/pcfg"
    rm -f "$OUT/pcfg/wiki.json"
    /usr/bin/python3 "$OUT/pwb/pwb.py" -dir:"$OUT/pcfg" login >/dev/null 2>&1 || true
  fi
fi
"$OUT/gowikibot" -dir:"$CFG" login >/dev/null 2>&1 || true
# a first run fills each build's code cache (the pywikibot package and the
# script compiled once): no timed run pays for the compilation
"$OUT/gowikibot" -dir:"$CFG" listpages "-page:Bench 000" >/dev/null 2>&1 || true
if [ -n "${BEFORE:-}" ]; then "$BEFORE" -dir:"$CFG" listpages "-page:Bench 000" >/dev/null 2>&1 || true; fi

reqs() { grep -c '/api.php' "$LOG" || true; }
DIR=0 # replace direction, flipped by every replace run
N=$(cat "$OUT/seeded") # pages seeded so far
# a reused directory's earlier results are kept aside
[ ! -f "$OUT/results.tsv" ] || mv "$OUT/results.tsv" "$OUT/results.$(date +%s).tsv"
: >"$OUT/results.tsv"

# one TASK CLIENT CMD...: one run; appends a line to $OUT/results.tsv
one() {
  local task=$1 client=$2; shift 2
  [[ $task =~ $TASKS ]] || return 0
  local cmd=("$@")
  if [ "${cmd[-1]}" = "@REPLACE@" ]; then
    unset 'cmd[-1]'
    local pair
    if [ $DIR = 0 ]; then pair=(lorem LOREM); DIR=1; else pair=(LOREM lorem); DIR=0; fi
    if [ "$client" = floor ]; then cmd+=("$E"); fi
    cmd+=("${pair[@]}")
  fi
  local before; before=$(reqs)
  /usr/bin/time -f '%e %M %U %S' -o "$OUT/time" "${cmd[@]}" >/dev/null 2>"$OUT/stderr" </dev/null || {
    echo "bench: $task ($client) failed:" >&2; tail -5 "$OUT/stderr" >&2; }
  sleep 0.3 # let the php server flush its log
  local req=$(( $(reqs) - before ))
  local w m u s
  read -r w m u s < <(tail -1 "$OUT/time")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$N" "$task" "$client" "$w" "$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')" "$m" "$req" >>"$OUT/results.tsv"
}

# report SIZE: the table of one size (medians of wall and CPU, max RSS,
# requests of the last run)
report() {
  echo
  echo "$1 pages ($(cat /proc/loadavg | cut -d' ' -f1-3) load average at the end):"
  echo
  echo "| task | client | wall (median of $RUNS; edits $EDIT_RUNS) | CPU (median) | peak RSS (max) | API requests |"
  echo "|---|---|---|---|---|---|"
  awk -F'\t' -v n="$1" '$1 == n {print $2 "\t" $3}' "$OUT/results.tsv" | awk '!seen[$0]++' |
  while IFS=$'\t' read -r task client; do
    awk -F'\t' -v n="$1" -v t="$task" -v c="$client" '$1 == n && $2 == t && $3 == c' "$OUT/results.tsv" >"$OUT/sel"
    local k wm cm
    k=$(wc -l <"$OUT/sel")
    wm=$(cut -f4 "$OUT/sel" | sort -g | sed -n "$(( (k + 1) / 2 ))p")
    cm=$(cut -f5 "$OUT/sel" | sort -g | sed -n "$(( (k + 1) / 2 ))p")
    awk -F'\t' -v t="$task" -v c="$client" -v wm="$wm" -v cm="$cm" '{if ($6 > m) m = $6; r = $7}
      END {printf "| %s | %s | %.2f s | %.2f s | %.1f MiB | %d |\n", t, c, wm, cm, m / 1024, r}' "$OUT/sel"
  done
}

G=("$OUT/gowikibot" -dir:"$CFG")
P=(/usr/bin/python3 "$OUT/pwb/pwb.py" -dir:"$OUT/pcfg")
GEN=-prefixindex:Bench
for size in $SIZES; do
  if [ "$size" -gt "$N" ]; then
    echo "bench: seeding up to $size pages" >&2
    "$OUT/floor" dump "$N" "$size" >"$OUT/pages.xml"
    import_dump "$OUT/pages.xml"
    fill_category
    echo "$size" >"$OUT/seeded"
  fi
  N=$size
  E=$EDITS
  if [ "$E" = all ] || [ "$E" -gt "$N" ]; then E=$N; fi
  # the runs of the clients are interleaved (run 1 of each, run 2 of each,
  # ...) so that a drift of the server's speed affects them alike
  for _ in $(seq "$RUNS"); do
    one "listpages" gowikibot "${G[@]}" listpages "$GEN"
    if [ -n "$B" ]; then one "listpages" "gowikibot before" "$B" -dir:"$CFG" listpages "$GEN"; fi
    if [ -n "$HAVE_PWB" ]; then one "listpages" "pywikibot 9.6.3" "${P[@]}" listpages "$GEN"; fi
    one "listpages" floor "$OUT/floor" titles "$API" "$N"
    one "listpages -get" gowikibot "${G[@]}" listpages -get "$GEN"
    if [ -n "$B" ]; then one "listpages -get" "gowikibot before" "$B" -dir:"$CFG" listpages -get "$GEN"; fi
    if [ -n "$HAVE_PWB" ]; then one "listpages -get" "pywikibot 9.6.3" "${P[@]}" listpages -get -grep:. "$GEN"; fi
    one "listpages -get" floor "$OUT/floor" listget "$API" "$N"
    one "-cat:Even -ns:0 -grep:lorem" gowikibot "${G[@]}" listpages -cat:Even -ns:0 -grep:lorem
    if [ -n "$B" ]; then one "-cat:Even -ns:0 -grep:lorem" "gowikibot before" "$B" -dir:"$CFG" listpages -cat:Even -ns:0 -grep:lorem; fi
    if [ -n "$HAVE_PWB" ]; then one "-cat:Even -ns:0 -grep:lorem" "pywikibot 9.6.3" "${P[@]}" listpages -cat:Even -ns:0 -grep:lorem; fi
    one "2 MB page -get" gowikibot "${G[@]}" listpages -get "-page:Big page"
    if [ -n "$B" ]; then one "2 MB page -get" "gowikibot before" "$B" -dir:"$CFG" listpages -get "-page:Big page"; fi
    if [ -n "$HAVE_PWB" ]; then one "2 MB page -get" "pywikibot 9.6.3" "${P[@]}" listpages -get -grep:. "-page:Big page"; fi
    one "5,000 revisions" gowikibot "${G[@]}" python "$OUT/history.py"
    if [ -n "$B" ]; then one "5,000 revisions" "gowikibot before" "$B" -dir:"$CFG" python "$OUT/history.py"; fi
    if [ -n "$HAVE_PWB" ]; then one "5,000 revisions" "pywikibot 9.6.3" "${P[@]}" "$OUT/history.py"; fi
  done
  for _ in $(seq "$EDIT_RUNS"); do
    one "touch ($E)" gowikibot "${G[@]}" touch "$GEN" -limit:"$E"
    if [ -n "$B" ]; then one "touch ($E)" "gowikibot before" "$B" -dir:"$CFG" touch "$GEN" -limit:"$E"; fi
    if [ -n "$HAVE_PWB" ]; then one "touch ($E)" "pywikibot 9.6.3" "${P[@]}" touch "$GEN" -limit:"$E"; fi
    one "touch ($E)" floor "$OUT/floor" touch "$API" TestBot@ci "$BOTPW" "$E"
  done
  for _ in $(seq "$EDIT_RUNS"); do
    one "replace ($E)" gowikibot "${G[@]}" replace "$GEN" -limit:"$E" -summary:bench -always @REPLACE@
    if [ -n "$B" ]; then one "replace ($E)" "gowikibot before" "$B" -dir:"$CFG" replace "$GEN" -limit:"$E" -summary:bench -always @REPLACE@; fi
    if [ -n "$HAVE_PWB" ]; then one "replace ($E)" "pywikibot 9.6.3" "${P[@]}" replace "$GEN" -limit:"$E" -summary:bench -always @REPLACE@; fi
    one "replace ($E)" floor "$OUT/floor" replace "$API" TestBot@ci "$BOTPW" @REPLACE@
  done
  if [ $DIR = 1 ]; then
    # the first pages say LOREM now: back to lorem (untimed), so that the
    # next size's replace runs change every page they walk
    "$OUT/floor" replace "$API" TestBot@ci "$BOTPW" "$N" LOREM lorem >/dev/null 2>&1
    DIR=0
  fi
  report "$N"
done
[ ! -s "$OUT/results.tsv" ] || "$OUT/growthsvg" <"$OUT/results.tsv" >"$SVG"
echo
echo "bench: every run in $OUT/results.tsv; growth curve in $SVG" >&2
