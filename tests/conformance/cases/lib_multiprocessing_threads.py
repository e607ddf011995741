# multiprocessing (threads in gowikibot): Pool map/starmap/imap/apply_async,
# errors, Process with a Queue, Value, Manager, ThreadPool, multiprocessing.dummy.
import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, Value, Manager, cpu_count
from multiprocessing.pool import ThreadPool
import multiprocessing.dummy


def sq(x):
    return x * x


def add(a, b):
    return a + b


def work(q, n):
    q.put(n * 10)


def boom(x):
    raise ValueError('bad %d' % x)


if __name__ == '__main__':
    mp.freeze_support()
    with Pool(4) as p:
        print(p.map(sq, range(10)))
        print(p.starmap(add, [(1, 2), (3, 4)]))
        print(sorted(p.imap_unordered(sq, range(5))), list(p.imap(sq, [3, 4])))
        r = p.apply_async(add, (5, 6))
        print(r.get(timeout=5), r.ready(), r.successful())
        print(p.map_async(sq, [7, 8]).get())
        try:
            p.apply(boom, (3,))
        except ValueError as e:
            print('ValueError', e)
    q = Queue()
    procs = [Process(target=work, args=(q, i)) for i in range(3)]
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join()
    print(sorted(q.get() for _ in range(3)), [pr.exitcode for pr in procs])
    v = Value('i', 0)
    with v.get_lock():
        v.value += 5
    print(v.value, cpu_count() >= 1, mp.current_process().name)
    with Manager() as m:
        d = m.dict()
        d['a'] = 1
        print(dict(d))
    with ThreadPool(2) as tp:
        print(tp.map(sq, [1, 2, 3]))
    with multiprocessing.dummy.Pool(2) as dp:
        print(dp.map(sq, [4]))
    print(mp.get_start_method() in ('fork', 'spawn', 'forkserver'))
