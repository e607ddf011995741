# fcntl's file locks (a cron bot's lock file) and resource's usage and
# limits: constants, flock/lockf with LOCK_NB (BlockingIOError), fcntl
# F_GETFD, getrusage's record, getrlimit/setrlimit, getpagesize.
import fcntl
import os
import resource
import tempfile

print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFD, fcntl.F_SETFD, fcntl.F_GETFL,
      fcntl.F_SETFL, fcntl.FD_CLOEXEC, fcntl.F_SETLK, fcntl.F_SETLKW, fcntl.F_GETLK)
print(resource.RLIMIT_AS, resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_DATA, resource.RLIMIT_STACK,
      resource.RLIMIT_CORE, resource.RLIMIT_RSS, resource.RLIMIT_NPROC, resource.RLIMIT_MEMLOCK, resource.RLIM_INFINITY,
      resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.ru_maxrss > 0, r.ru_utime >= 0, r[0] == r.ru_utime,
      repr(r).startswith('resource.struct_rusage(ru_utime='))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY, resource.getpagesize())
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
for bad in (lambda: resource.getrlimit(999), lambda: resource.getrusage(99)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

path = os.path.join(tempfile.mkdtemp(), 'bot.lock')
f = open(path, 'w')
fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
g = open(path, 'w')
try:
    fcntl.flock(g.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError as e:
    print(type(e).__name__, e.errno, e)
print(fcntl.flock(f, fcntl.LOCK_UN), fcntl.flock(g, fcntl.LOCK_EX | fcntl.LOCK_NB))
print(fcntl.fcntl(f, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
print(fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.lockf(f, fcntl.LOCK_UN))
