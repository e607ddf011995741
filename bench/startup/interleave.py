#!/usr/bin/env python3
"""Interleaved start-up figures: run each binary in turn, ROUNDS times, with
the same arguments, and print the median (and quartiles) of the children's
rusage: user+sys CPU (and user and system apart), minor page faults and
peak RSS, and the wall time from fork to exit. Running the binaries in turn puts them
under the same machine load, which makes a 1 ms difference measurable.

  bench/startup/interleave.py [-n ROUNDS] BIN... -- ARGS...

A BIN with spaces is a binary and its own first arguments ('gowikibot
python' beside a bare interpreter). Each binary runs once first (warm-up: fills its code cache). Output is
discarded; a non-zero exit status is reported."""
import os
import statistics
import sys
import time


def run(argv):
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_RDWR)
        os.dup2(fd, 0)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = (time.perf_counter() - t0) * 1e3
    if status != 0:
        print('interleave: %s exited with status %d' % (' '.join(argv), status), file=sys.stderr)
    return {'cpu': (ru.ru_utime + ru.ru_stime) * 1e3, 'user': ru.ru_utime * 1e3,
            'sys': ru.ru_stime * 1e3, 'faults': ru.ru_minflt, 'rss': ru.ru_maxrss / 1024,
            'wall': wall}


def main(args):
    rounds = 60
    if args[:1] == ['-n']:
        rounds, args = int(args[1]), args[2:]
    if '--' not in args:
        sys.exit(__doc__)
    cut = args.index('--')
    bins, rest = args[:cut], args[cut + 1:]
    for b in bins:
        run(b.split() + rest)
    got = {b: [] for b in bins}
    for _ in range(rounds):
        for b in bins:
            got[b].append(run(b.split() + rest))
    for b in bins:
        def q(field):
            return statistics.quantiles([r[field] for r in got[b]], n=4)
        qc, qr = q('cpu'), q('rss')
        print('%-40s CPU %6.2f ms (%.2f-%.2f)  RSS %6.2f MiB (%.2f-%.2f)' % (
            b, qc[1], qc[0], qc[2], qr[1], qr[0], qr[2]))
        print('%-40s   user %6.2f ms  sys %6.2f ms  minor faults %6.0f' % (
            '', q('user')[1], q('sys')[1], q('faults')[1]))
        qw = q('wall')
        print('%-40s   wall %6.1f ms (%.1f-%.1f)' % ('', qw[1], qw[0], qw[2]))


if __name__ == '__main__':
    main(sys.argv[1:])
