#!/usr/bin/env bash
# Records CPython's output of test programs, for the Go tests that compare
# gowikibot's with it (testbin.PythonCase): NAME.out beside NAME.py is the
# program's stdout, then "[exit N]" and stderr's last line when the exit
# status is not 0. The program runs in its own directory.
#
# Usage: tests/testbin/record.sh [options] FILE.py...
#   -stdin TEXT   the program's standard input (default: none)
#   -pwb DIR      a pywikibot checkout to import (PYTHONPATH=DIR:the
#                 program's directory, PYWIKIBOT_NO_USER_CONFIG=1)
#   -env K=V      one more environment variable (repeatable)
#   -drop PREFIX  leave out stdout lines starting with PREFIX (repeatable)
#
# The corpora and how they are recorded:
#   tests/conformance/cases:   record.sh -stdin $'line one\nline two\n' tests/conformance/cases/*.py
#   tests/realworld:           record.sh tests/realworld/*.py
#   tests/pywikibot/textlib, tests/pywikibot/i18n (pywikibot 9.6.3):
#     record.sh -pwb PWB963 -env W3_REAL_PYWIKIBOT=1 -drop 'tests: max_retries reduced' FILE.py...
#   tests/pywikibot/tools (pywikibot 7.7.3): record.sh -pwb PWB773 FILE.py...
set -u
stdin= pwb= envs=() drops=()
while [ $# -gt 0 ]; do
  case $1 in
    -stdin) stdin=$2; shift 2 ;;
    -pwb) pwb=$2; shift 2 ;;
    -env) envs+=("$2"); shift 2 ;;
    -drop) drops+=("$2"); shift 2 ;;
    -*) echo "record.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: record.sh [options] FILE.py..." >&2; exit 2; }
py=/usr/bin/python3
[ -x "$py" ] || py=python3
for f in "$@"; do
  dir=$(cd "$(dirname "$f")" && pwd)
  base=$(basename "$f" .py)
  out=$dir/$base.out
  err=$(mktemp)
  (
    cd "$dir" || exit 1
    export PYTHONHASHSEED=0
    if [ -n "$pwb" ]; then
      export PYWIKIBOT_NO_USER_CONFIG=1 PYTHONPATH="$pwb:$dir"
    fi
    for e in ${envs[@]+"${envs[@]}"}; do export "${e?}"; done
    printf '%s' "$stdin" | "$py" "$base.py" >"$out.tmp" 2>"$err"
  )
  rc=$?
  for d in ${drops[@]+"${drops[@]}"}; do
    awk -v p="$d" 'index($0, p) != 1' "$out.tmp" >"$out.tmp2"; mv "$out.tmp2" "$out.tmp"
  done
  if [ $rc -ne 0 ]; then
    printf '[exit %d]\n%s\n' "$rc" "$(tail -n 1 "$err")" >>"$out.tmp"
  fi
  rm -f "$err"
  mv "$out.tmp" "$out"
  echo "recorded $out"
done
