#!/usr/bin/env bash
# bench/startup/trace.sh — the HTTP requests of one run on a time line
# (issue #14.4): when each request's connection opens and closes, relative
# to the program's start, how long the request took, how many were in
# flight, and the gaps in which none was (the client's own work: start-up,
# decoding, Python).
#
#   bench/startup/trace.sh [-n RUNS] COMMAND [ARGS...]
#   bench/startup/trace.sh -n 5 gowikibot -dir:CFG listpages -get -prefixindex:Bench
#   bench/startup/trace.sh bench-floor listget http://127.0.0.1:PORT/api.php 200
#
# It needs a wiki that closes each connection after its answer (the test
# wiki's php -S does: "Connection: close"), so that one connection is one
# request: the connect is when the request starts and the close of that
# socket when its answer has been read. Against a wiki that keeps
# connections open, the lines are connections, not requests. Any client
# can be traced (gowikibot, the floor, pywikibot through python3).
#
# strace stops the program only at execve, connect, close and exit_group
# (--seccomp-bpf): the other system calls run untraced, so the added cost
# is a few microseconds per traced call, not the 2-3x of a full strace.
# Times are wall-clock milliseconds since execve; the last line sums the
# time with no request in flight ("client time") and with one or more.
set -euo pipefail
runs=1
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || { sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
command -v strace >/dev/null || { echo "trace: strace is missing" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for _ in $(seq "$runs"); do
  strace --seccomp-bpf -f -ttt -e trace=execve,connect,close,exit_group -o "$out" "$@" >/dev/null 2>&1 || true
  python3 - "$out" <<'PY'
import re
import sys

t0 = None
open_at = {}  # fd -> (start, number)
events = []   # (time, +1/-1)
lines = []
n = 0
end = None
for line in open(sys.argv[1]):
    parts = line.split(None, 2)
    if len(parts) < 3:
        continue
    t, rest = float(parts[1]), parts[2]
    if t0 is None and rest.startswith('execve('):
        t0 = t
    if t0 is None:
        continue
    m = re.match(r'connect\((\d+), \{sa_family=AF_INET6?, sin6?_port=htons\((\d+)\)', rest)
    if m and m.group(2) != '53':
        n += 1
        open_at[m.group(1)] = (t, n)
        events.append((t, 1))
        continue
    m = re.match(r'close\((\d+)', rest)
    if m and m.group(1) in open_at:
        start, k = open_at.pop(m.group(1))
        events.append((t, -1))
        lines.append((start, t, k))
        continue
    if rest.startswith('exit_group') or rest.startswith('+++ exited'):
        end = t if end is None else max(end, t)
if t0 is None:
    sys.exit('trace: no execve in the trace')
if end is None:
    end = max([e for _, e, _ in lines] or [t0])
ms = lambda t: (t - t0) * 1e3
print('request  starts   ends  took (ms)   in flight at its start')
events.sort()
for start, stop, k in sorted(lines):
    inflight = sum(1 for s, e, _ in lines if s <= start < e)
    print('%7d %7.1f %7.1f %7.1f   %d' % (k, ms(start), ms(stop), (stop - start) * 1e3, inflight))
busy = 0.0
depth, since = 0, None
for t, d in events:
    if depth == 0 and d > 0:
        since = t
    depth += d
    if depth == 0 and since is not None:
        busy += t - since
        since = None
total = end - t0
print('total %.1f ms: %d requests; %.1f ms with a request in flight, %.1f ms with none (client time)'
      % (total * 1e3, len(lines), busy * 1e3, (total - busy) * 1e3))
print()
PY
done
