import signal, os, time, sys
print(signal.SIGINT, signal.SIGTERM == 15, int(signal.SIGALRM))
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
got = []
def handler(signum, frame):
    got.append(signum)
    print('handler called with', signum, signal.Signals(signum).name)
old = signal.signal(signal.SIGTERM, handler)
print('old', old)
print(signal.getsignal(signal.SIGTERM) is handler)
os.kill(os.getpid(), signal.SIGTERM)
for i in range(50):
    time.sleep(0.02)
    if got:
        break
print('got', got)
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print('after raise', got)
print(signal.signal(signal.SIGTERM, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(0.1)
print('still alive', signal.getsignal(signal.SIGTERM))
signal.signal(signal.SIGALRM, handler)
print(signal.alarm(1))
print(signal.alarm(0) >= 1)
class Stop(Exception): pass
def stopper(s, f):
    raise Stop('stopped by %d' % s)
signal.signal(signal.SIGINT, stopper)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(100):
        time.sleep(0.02)
    print('no stop')
except Stop as e:
    print('caught', e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print('OSError', e)
try:
    signal.signal(signal.SIGTERM, 'x')
except TypeError as e:
    print('TypeError', e)
print(signal.strsignal(signal.SIGTERM))
print(repr(signal.SIGINT), repr(signal.SIG_DFL))
