# asyncio.Barrier (3.11) and the reprs of the synchronization primitives.
import re
import asyncio
async def arrive(b, name, delay, log):
    await asyncio.sleep(delay)
    log.append(name + ' arrives')
    i = await b.wait()
    log.append('%s passes %d' % (name, i))
async def main():
    b = asyncio.Barrier(3)
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(b)), b.parties, b.n_waiting, b.broken)
    log = []
    await asyncio.gather(*(arrive(b, n, d, log) for n, d in (('a', 0.03), ('b', 0.01), ('c', 0.02))))
    print('\n'.join(log))
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(b)))
    waiter = asyncio.create_task(b.wait())
    await asyncio.sleep(0.01)
    print(b.n_waiting)
    await b.abort()
    try:
        await waiter
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError", b.broken, re.sub(r"0x[0-9a-f]+", "ADDR", repr(b)))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
asyncio.run(main())
import re
async def reprs():
    lock, ev, sem, cond = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2), asyncio.Condition()
    await lock.acquire()
    await sem.acquire()
    for x in (lock, ev, sem, asyncio.BoundedSemaphore(), cond, asyncio.Queue(3)):
        print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(x)))
asyncio.run(reprs())
