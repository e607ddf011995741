#!/bin/sh
# Run the replaceExcept benchmark under gowikibot and under pywikibot 9.6.3
# on CPython, reporting the in-script time and the process CPU time.
# usage: GWB=/path/to/gowikibot PWB=/path/to/pywikibot-9.6.3 ./run.sh
set -u
: "${GWB:?set GWB to a gowikibot binary}"
: "${PWB:?set PWB to a pywikibot 9.6.3 checkout}"
here=$(cd "$(dirname "$0")" && pwd)
for i in 1 2 3; do
	/usr/bin/time -f "gowikibot: cpu %U+%S s, wall %e s" env PYWIKIBOT_NO_USER_CONFIG=1 \
		"$GWB" python "$here/bench_replace.py" 2>&1 | grep -v -e WARNING -e Defaulting
done
for i in 1 2 3; do
	(cd /tmp && /usr/bin/time -f "CPython: cpu %U+%S s, wall %e s" env PYWIKIBOT_NO_USER_CONFIG=1 \
		PYTHONPATH="$PWB" /usr/bin/python3 "$here/bench_replace.py" 2>&1 |
		grep -v -e WARNING -e Defaulting -e 'cannot be loaded' -e 'not set')
done
