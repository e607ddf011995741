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
# Times are wall-clock milliseconds since execve; a run's last line sums
# the time with no request in flight ("client time") and with one or more.
# With -n RUNS, the medians over the runs follow: of each request's start,
# end and duration (by its order in the run) and of the sums.
set -euo pipefail
runs=1
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || { sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
command -v strace >/dev/null || { echo "trace: strace is missing" >&2; exit 1; }
out=$(mktemp)
all=$(mktemp)
trap 'rm -f "$out" "$all"' EXIT
for _ in $(seq "$runs"); do
  strace --seccomp-bpf -f -ttt -e trace=execve,connect,close,exit_group -o "$out" "$@" >/dev/null 2>&1 || true
  python3 - "$out" "$all" <<'PY'
import json
import re
import sys

t0 = None
open_at = {}  # fd -> start
spans = []    # (start, end)
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
        open_at[m.group(1)] = t
        continue
    m = re.match(r'close\((\d+)', rest)
    if m and m.group(1) in open_at:
        spans.append((open_at.pop(m.group(1)), t))
        continue
    if rest.startswith('exit_group') or rest.startswith('+++ exited'):
        end = t if end is None else max(end, t)
if t0 is None:
    sys.exit('trace: no execve in the trace')
spans.sort()
if end is None:
    end = max([e for _, e in spans] or [t0])
run = {'spans': [((s - t0) * 1e3, (e - t0) * 1e3) for s, e in spans], 'end': (end - t0) * 1e3}
with open(sys.argv[2], 'a') as f:
    f.write(json.dumps(run) + '\n')
PY
done
python3 - "$all" <<'PY'
import json
import statistics
import sys

runs = [json.loads(line) for line in open(sys.argv[1])]


def busy(spans):
    """Time with at least one request in flight."""
    total, cur = 0.0, None
    for s, e in sorted(spans):
        if cur is None or s > cur[1]:
            if cur is not None:
                total += cur[1] - cur[0]
            cur = [s, e]
        else:
            cur[1] = max(cur[1], e)
    if cur is not None:
        total += cur[1] - cur[0]
    return total


def med(xs):
    return statistics.median(xs) if xs else float('nan')


for i, r in enumerate(runs):
    if len(runs) > 1:
        print('run %d:' % (i + 1))
    print('request  starts    ends    took  in flight at its start')
    for k, (s, e) in enumerate(r['spans']):
        inflight = sum(1 for s2, e2 in r['spans'] if s2 <= s < e2)
        print('%7d %7.1f %7.1f %7.1f  %d' % (k + 1, s, e, e - s, inflight))
    b = busy(r['spans'])
    print('total %.1f ms: %d requests; %.1f ms with a request in flight, %.1f ms with none (client time)'
          % (r['end'], len(r['spans']), b, r['end'] - b))
    print()
if len(runs) > 1:
    n = min(len(r['spans']) for r in runs)
    print('median of %d runs (ms since the start; first %d requests of each)' % (len(runs), n))
    print('request  starts    ends    took')
    for k in range(n):
        ss = [r['spans'][k][0] for r in runs]
        es = [r['spans'][k][1] for r in runs]
        print('%7d %7.1f %7.1f %7.1f' % (k + 1, med(ss), med(es), med([e - s for s, e in zip(ss, es)])))
    bs = [busy(r['spans']) for r in runs]
    ends = [r['end'] for r in runs]
    print('total %.1f ms; %.1f ms with a request in flight, %.1f ms with none (client time)'
          % (med(ends), med(bs), med([e - b for e, b in zip(ends, bs)])))
PY
