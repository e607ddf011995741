# Ctrl-C during a request in the main thread raises KeyboardInterrupt at once.
import requests, os, signal, threading, time, sys
S = os.environ["TEST_SERVER"]
def ctrl_c():
    time.sleep(0.3)
    os.kill(os.getpid(), signal.SIGINT)
threading.Thread(target=ctrl_c, daemon=True).start()
t0 = time.time()
try:
    requests.get(S + '/slow?ms=8000')
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt', time.time() - t0 < 4)
print(requests.get(S + '/get').status_code)
