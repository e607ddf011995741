#!/usr/bin/env python3
"""Interleaved `listpages -get` runs against a kept bench/scale wiki: each
binary in turn, ROUNDS times, with GODEBUG=gctrace=1, and the medians of the
children's rusage (user+sys CPU, peak RSS), the wall time and the number of
collections, with the median heap goal and marked heap of gctrace's lines.
Running the binaries in turn puts them under the same machine load; the
number of collections does not depend on the load.

  bench/scale/interleave.py OUT ROUNDS BIN... [-- LISTPAGES-ARGS...]

OUT is a kept wiki's directory (KEEP=1 bench/scale/run.sh prints it). A BIN
may start with NAME=VALUE words: its environment (quote it as one argument).
LISTPAGES-ARGS default to -prefixindex:Bench (every page; -limit:N for
fewer). Each binary runs once first (fills its code cache)."""
import os
import re
import statistics
import sys
import tempfile
import time


def run(out, spec, args, trace=True):
    words = spec.split()
    binary, env = words[-1], dict(os.environ)
    for w in words[:-1]:
        k, v = w.split('=', 1)
        env[k] = v
    if trace:
        env['GODEBUG'] = 'gctrace=1'
    err = tempfile.TemporaryFile()
    t0 = time.time()
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.dup2(err.fileno(), 2)
        try:
            os.execve(binary, [binary, '-dir:' + out + '/cfg', 'listpages', '-get'] + args, env)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.time() - t0
    err.seek(0)
    gcs = [l for l in err.read().decode(errors='replace').splitlines() if l.startswith('gc ')]
    goals = [int(m.group(1)) for m in (re.search(r'(\d+) MB goal', l) for l in gcs) if m]
    marked = [int(m.group(1)) for m in (re.search(r'->(\d+) MB,', l) for l in gcs) if m]
    if status != 0:
        print('interleave: %s exited with status %d' % (spec, status), file=sys.stderr)
    return {'cpu': ru.ru_utime + ru.ru_stime, 'user': ru.ru_utime, 'sys': ru.ru_stime,
            'rss': ru.ru_maxrss / 1024, 'wall': wall, 'gcs': len(gcs),
            'goal': statistics.median(goals) if goals else 0,
            'marked': statistics.median(marked) if marked else 0}


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out, rounds, rest = argv[0], int(argv[1]), argv[2:]
    args = ['-prefixindex:Bench']
    if '--' in rest:
        cut = rest.index('--')
        rest, args = rest[:cut], rest[cut + 1:]
    for b in rest:
        run(out, b, args, trace=False)
    got = {b: [] for b in rest}
    for r in range(rounds):
        for b in rest:
            x = run(out, b, args)
            got[b].append(x)
            print('%d %-40s CPU %.2f s  RSS %.1f MiB  wall %.2f s  %d collections' % (
                r, b[-40:], x['cpu'], x['rss'], x['wall'], x['gcs']), flush=True)
    for b in rest:
        def m(k):
            return statistics.median(x[k] for x in got[b])
        print('%-40s CPU %.2f s (user %.2f, sys %.2f)  RSS %.1f MiB [%s]  wall %.2f s  '
              'collections %d  goal %.1f MB  marked %.1f MB' % (
                  b[-40:], m('cpu'), m('user'), m('sys'), m('rss'),
                  ' '.join('%.1f' % x['rss'] for x in got[b]), m('wall'), m('gcs'), m('goal'), m('marked')))


if __name__ == '__main__':
    main(sys.argv[1:])
