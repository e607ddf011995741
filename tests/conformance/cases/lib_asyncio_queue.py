# asyncio queues: producer/consumer with a bounded queue, join and
# task_done, PriorityQueue, LifoQueue, the nowait errors.
import asyncio


async def producer(q, name, n, log):
    for i in range(n):
        await q.put('%s%d' % (name, i))
        log.append('put %s%d size %d' % (name, i, q.qsize()))
    log.append('%s done' % name)


async def consumer(q, name, log, seen):
    while True:
        item = await q.get()
        log.append('%s got %s' % (name, item))
        seen.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    log, seen = [], []
    consumers = [asyncio.create_task(consumer(q, 'c%d' % i, log, seen)) for i in range(2)]
    await asyncio.gather(producer(q, 'p', 5, log), producer(q, 'r', 3, log))
    await q.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print('\n'.join(log))
    print(sorted(seen), q.empty())

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])

    small = asyncio.Queue(1)
    small.put_nowait('x')
    try:
        small.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    small.get_nowait()
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait_for(small.get(), 0.01)
    except TimeoutError:
        print('get timed out, getters left', len(small._getters))


asyncio.run(main())
