#!/usr/bin/env bash
# bench/threads/run.sh — issue #11's "ThreadPoolExecutor fetching 50 pages
# is at least 3x faster than one thread", both ways it can be shown here:
#
#   1. against the test wiki (php -S with 4 workers, and one with 8): the
#      wiki's PHP CPU per request on this machine's cores bounds every
#      client, Go's own net/http (the floor) included;
#   2. against a local Go server that answers each page after 20 ms: the
#      client's own overlap of its waits, without the server's CPU as bound;
#   3. against the test wiki behind a proxy that adds a 60 ms network round
#      trip to every request (30 ms each way, like a bot reaching
#      Wikipedia): the wiki's CPU and a realistic wait.
#
# Each line is one client and mode: one thread's time, ThreadPoolExecutor's
# time and the speed-up (tests/gothreads: TestThreadPoolFetch,
# TestThreadPoolLatencyBound, TestThreadPoolWikiLatency; the page texts are checked, the times only
# printed). The load average is printed first: on a loaded machine the wiki
# figures are noise. Run it alone.
#
#   bench/threads/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! go test -count=1 -v -run 'TestThreadPoolFetch$|TestThreadPoolLatencyBound$|TestThreadPoolWikiLatency$' ./tests/gothreads >"$out" 2>&1; then
  cat "$out" >&2
  exit 1
fi
echo "== against the test wiki (server CPU-bound)"
grep -E 'workers.*(speed-up|CPU per request)' "$out" | sed -E 's/^ *[a-z_]+\.go:[0-9]+: /  /'
echo "== against a Go server answering in 20 ms (latency-bound)"
grep -E '20 ms server' "$out" | sed -E 's/^ *[a-z_]+\.go:[0-9]+: /  /'
echo "== against the test wiki behind a 60 ms round trip (a remote wiki)"
grep -E 'ms round trip;' "$out" | sed -E 's/^ *[a-z_]+\.go:[0-9]+: /  /'
