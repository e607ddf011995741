import threading, queue, time
import concurrent.futures as cf

print(threading.current_thread().name, threading.main_thread().name, threading.active_count())

# workers appending under a lock; CPU-bound threads share the interpreter
total = [0]
lock = threading.Lock()
def add(n):
    for i in range(n):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('total', total[0], [t.is_alive() for t in ts])

# RLock, Condition, Semaphore, Event, Timer, Barrier
r = threading.RLock()
with r:
    with r:
        print('rlock reentered')
try:
    threading.Lock().release()
except RuntimeError as e:
    print('RuntimeError', e)
l = threading.Lock()
print(l.acquire(), l.acquire(False), l.acquire(timeout=0.01), l.locked())
l.release()

items = []
cond = threading.Condition()
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        items.append('consumed')
c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(items)

sem = threading.BoundedSemaphore(2)
running, peak = [0], [0]
def limited():
    with sem:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        time.sleep(0.15)
        running[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak', peak[0])
try:
    sem.release()
except ValueError as e:
    print('ValueError', e)

fired = threading.Event()
tm = threading.Timer(0.02, fired.set)
tm.start()
print('timer', fired.wait(2))
tm2 = threading.Timer(10, fired.clear)
tm2.start()
tm2.cancel()
tm2.join()
print('cancelled', fired.is_set())

b = threading.Barrier(3)
order = []
def at_barrier(i):
    b.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(order), b.broken)

loc = threading.local()
loc.name = 'main'
seen = []
def tl(n):
    loc.name = n
    time.sleep(0.01)
    seen.append(loc.name == n)
ts = [threading.Thread(target=tl, args=('t%d' % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(loc.name, seen)

# a queue with a fixed pool of workers, as bots fan out page work
q = queue.Queue(maxsize=2)
done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * 10)
        q.task_done()
ws = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in ws:
    w.start()
for i in range(10):
    q.put(i)
for w in ws:
    q.put(None)
q.join()
print(sorted(done), q.empty(), q.qsize())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print('Empty')
fq = queue.Queue(1)
fq.put(1)
try:
    fq.put(2, block=False)
except queue.Full:
    print('Full')
pq = queue.PriorityQueue()
for x in [5, 1, 3]:
    pq.put(x)
lq = queue.LifoQueue()
for x in [5, 1, 3]:
    lq.put(x)
print([pq.get() for _ in range(3)], [lq.get() for _ in range(3)])

def slow_square(x):
    time.sleep(0.01 * (x % 3))
    return x * x
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow_square, range(8))))
    futs = {ex.submit(slow_square, i): i for i in range(6)}
    print(sorted((futs[f], f.result()) for f in cf.as_completed(futs)))
    bad = ex.submit(int, 'x')
    try:
        bad.result()
    except ValueError as e:
        print('ValueError', e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
    done, not_done = cf.wait(list(futs), return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done))
try:
    ex.submit(print, 'x')
except RuntimeError as e:
    print('RuntimeError', e)

t = threading.Thread(target=lambda: None, name='named')
print(t.name, t.is_alive(), t.daemon)
t.start()
t.join()
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
late = []
def non_daemon():
    time.sleep(0.05)
    late.append(1)
    print('non-daemon thread finished before exit')
threading.Thread(target=non_daemon).start()
print('main done')
