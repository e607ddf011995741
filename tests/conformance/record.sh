#!/usr/bin/env bash
# Records CPython's output for conformance cases: cases/NAME.out is stdout,
# then "[exit N]" and stderr's last line when the exit status is not 0.
# Usage: tests/conformance/record.sh [cases/NAME.py ...]  (default: all)
set -u
cd "$(dirname "$0")"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
[ $# -gt 0 ] || set -- cases/*.py
for f in "$@"; do
  f=${f#tests/conformance/}
  out=${f%.py}.out
  ( cd "$(dirname "$f")" && printf 'line one\nline two\n' | PYTHONHASHSEED=0 "$py" "$(basename "$f")" >"../$out.tmp" 2>"../$out.err" )
  rc=$?
  if [ $rc -ne 0 ]; then
    printf '[exit %d]\n%s\n' "$rc" "$(tail -n 1 "$out.err")" >>"$out.tmp"
  fi
  rm -f "$out.err"
  mv "$out.tmp" "$out"
done
