#!/usr/bin/env bash
# Compares process CPU time (user+sys) of the re.sub benchmark under
# CPython and gowikibot. Usage: bench.sh GOWIKIBOT_BINARY [ROUNDS]
set -eu
cd "$(dirname "$0")"
bin=$1
rounds=${2:-10}
t() { /usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -n1 | awk '{print $1 + $2}'; }
for i in 1 2 3; do
  echo "cpython   $(t /usr/bin/python3 re_sub_bench.py "$rounds") s"
  echo "gowikibot $(t "$bin" python re_sub_bench.py "$rounds") s"
done
