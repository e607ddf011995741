#!/bin/sh
# Record the output of the test programs with real pywikibot 9.6.3 on
# CPython (Debian's /usr/bin/python3).
# usage: PWB=/tmp/pwb963 ./record.sh             the programs beside this file
#        PWB=/tmp/pwb963 ./record.sh wiki       the wiki/ programs, each on a
#                                              fresh test wiki (go run ./tests/wikitest/testwiki)
# Writes prog.out beside each program (stdout, plus "[exit N]" and the last
# stderr line on failure, as the Go test does).
set -u
: "${PWB:?set PWB to a pywikibot 9.6.3 checkout}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
run() { # dir prog env...
	dir=$1; f=$2; shift 2
	base=$(basename "$f" .py)
	out="$(dirname "$f")/$base.out"
	err=$(mktemp)
	(cd "$dir" && env "$@" PYTHONPATH="$PWB" /usr/bin/python3 "$f" </dev/null >"$out" 2>"$err")
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "[exit $rc]" >>"$out"
		tail -n 1 "$err" >>"$out"
	fi
	rm -f "$err"
	echo "recorded $out"
}
if [ "${1:-}" = wiki ]; then
	for f in "$here"/wiki/*.py; do
		cfg=$(mktemp -d)
		(cd "$root" && go run ./tests/wikitest/testwiki up "$cfg") >/dev/null || exit 1
		run "$cfg" "$f" PYWIKIBOT_DIR="$cfg"
		(cd "$root" && go run ./tests/wikitest/testwiki down "$cfg") >/dev/null
		rm -rf "$cfg"
	done
else
	for f in "$here"/*.py; do
		run "$here" "$f" PYWIKIBOT_NO_USER_CONFIG=1
	done
fi
# stdin/ programs: their .stdin as standard input, stdout and stderr merged
if [ "${1:-}" != wiki ]; then
	for f in "$here"/stdin/*.py; do
		base=${f%.py}
		cfg=$(mktemp -d)
		printf "family = 'wikipedia'\nmylang = 'en'\n" >"$cfg/user-config.py"
		(cd "$cfg" && PYWIKIBOT_DIR="$cfg" PYTHONPATH="$PWB" /usr/bin/python3 "$f" \
			<"$base.stdin" >"$base.out" 2>&1)
		rm -rf "$cfg"
		echo "recorded $base.out"
	done
fi
