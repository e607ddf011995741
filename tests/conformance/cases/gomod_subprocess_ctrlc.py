import subprocess, os, signal, threading, time
def ctrl_c():
    time.sleep(0.3)
    os.kill(os.getpid(), signal.SIGINT)
threading.Thread(target=ctrl_c, daemon=True).start()
t0 = time.time()
try:
    subprocess.run(['sleep', '10'])
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt', time.time() - t0 < 5)
