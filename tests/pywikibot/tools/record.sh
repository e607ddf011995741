#!/bin/sh
# Record the output of the test programs with real pywikibot 7.7.3 on CPython.
# usage: PWB=/path/to/pywikibot-7.7.3-checkout ./record.sh prog.py...
# Writes prog.out beside each program (stdout, plus "[exit N]" and the
# last stderr line on failure, as the Go test does).
set -u
: "${PWB:?set PWB to a pywikibot 7.7.3 checkout}"
for f in "$@"; do
	dir=$(cd "$(dirname "$f")" && pwd)
	base=$(basename "$f" .py)
	out="$dir/$base.out"
	err=$(mktemp)
	(cd "$dir" && PYWIKIBOT_NO_USER_CONFIG=1 PYTHONPATH="$PWB:$dir" /usr/bin/python3 "$base.py" \
		</dev/null >"$out" 2>"$err")
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "[exit $rc]" >>"$out"
		tail -n 1 "$err" >>"$out"
	fi
	rm -f "$err"
	echo "recorded $out"
done
