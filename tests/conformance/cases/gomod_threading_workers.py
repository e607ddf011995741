import threading, queue, time
class Worker(threading.Thread):
    def __init__(self, q, out):
        super().__init__(daemon=True)
        self.q, self.out = q, out
    def run(self):
        while True:
            try:
                item = self.q.get(timeout=0.2)
            except queue.Empty:
                return
            self.out.append(item * 2)
            self.q.task_done()
q = queue.Queue()
out = []
ws = [Worker(q, out) for _ in range(3)]
for w in ws: w.start()
for i in range(20): q.put(i)
q.join()
print(sorted(out) == [i * 2 for i in range(20)], all(w.daemon for w in ws))
for w in ws: w.join()
print([w.is_alive() for w in ws], threading.active_count())
print(threading.current_thread() is threading.main_thread(), isinstance(threading.get_ident(), int))
lock = threading.RLock()
def nested(n):
    with lock:
        if n: nested(n - 1)
nested(5); print('rlock ok')
