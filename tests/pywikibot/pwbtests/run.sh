#!/bin/sh
# Runs the offline tests of pywikibot's own test suite, one module per
# process, under gowikibot and under CPython with real pywikibot, and
# writes OUT/gwb/NAME.txt and OUT/py/NAME.txt (runner.py's output); then
# table.py OUT prints PWBTESTS.md's table.
#
# Usage: tests/pywikibot/pwbtests/run.sh PYWIKIBOT_CHECKOUT GOWIKIBOT OUT
# (e.g. run.sh /tmp/pwb963 bin/gowikibot /tmp/pwbt). The checkout's tests/
# and scripts/ are copied to OUT, whose root is then on sys.path as the
# checkout's root is under pywikibot's own test runner (the script tests
# import scripts.NAME), while gowikibot imports its own pywikibot package.
# SIDES=gwb (or py) runs one side only, keeping the other's earlier output
# in OUT (the CPython side takes about ten times as long).
set -u
sides=${SIDES:-gwb py}
pwb=$1 gwb=$(readlink -f "$2") out=$3
here=$(dirname "$(readlink -f "$0")")
mkdir -p "$out/cfg" "$out/py" "$out/gwb"
for d in tests scripts; do rm -rf "${out:?}/$d" && cp -r "$pwb/$d" "$out/$d"; done
printf "family = 'wikipedia'\nmylang = 'test'\nmax_retries = 0\nretry_wait = 0\n" > "$out/cfg/user-config.py"
cd "$out" || exit 1
for f in tests/*_tests.py; do
  m=$(basename "$f" .py)
  case " $sides " in *" gwb "*)
    PYWIKIBOT_DIR="$out/cfg" PYTHONPATH="$out" timeout 400 "$gwb" python "$here/runner.py" "$m" > "gwb/$m.txt" 2>&1
  esac
  case " $sides " in *" py "*)
    PYWIKIBOT_DIR="$out/cfg" PYTHONPATH="$pwb:$out" timeout 400 /usr/bin/python3 "$here/runner.py" "$m" > "py/$m.txt" 2>&1
  esac
done
