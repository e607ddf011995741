import threading, time, os, signal
def worker():
    n = 0
    for i in range(300):
        time.sleep(0.01)
        n += abs(i)
    print('worker finished', n)
t = threading.Thread(target=worker)
t.start()
time.sleep(0.1)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(200):
        time.sleep(0.01)
    print('no interrupt')
except KeyboardInterrupt:
    print('main got KeyboardInterrupt')
t.join()
