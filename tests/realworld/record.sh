#!/usr/bin/env bash
# Records CPython's output for the real-world programs: NAME.out is stdout,
# then "[exit N]" and stderr's last line when the exit status is not 0.
# Usage: tests/realworld/record.sh [NAME.py ...]  (default: all)
set -u
cd "$(dirname "$0")"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
[ $# -gt 0 ] || set -- *.py
for f in "$@"; do
  f=$(basename "$f")
  out=${f%.py}.out
  PYTHONHASHSEED=0 "$py" "$f" </dev/null >"$out.tmp" 2>"$out.err"
  rc=$?
  if [ $rc -ne 0 ]; then
    printf '[exit %d]\n%s\n' "$rc" "$(tail -n 1 "$out.err")" >>"$out.tmp"
  fi
  rm -f "$out.err"
  mv "$out.tmp" "$out"
done
