# asyncio tasks: interleaving order, gather, cancellation, wait, wait_for,
# as_completed, shield, timeout, current_task and names, locks and events.
import asyncio

log = []


async def step(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await asyncio.sleep(0)
    return name * n


async def slow(value, delay):
    await asyncio.sleep(delay)
    return value


async def fails(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def interleaving():
    t1 = asyncio.create_task(step('a', 3))
    t2 = asyncio.create_task(step('b', 2), name='second')
    log.append('created')
    print(t1.get_name().startswith('Task-'), t2.get_name(), t1.done())
    print(await t1, await t2)
    print(' '.join(log))
    log.clear()
    print(await asyncio.gather(step('x', 2), step('y', 3), step('z', 1)))
    print(' '.join(log))


async def gathering():
    print(await asyncio.gather())
    print(await asyncio.gather(slow(1, 0.03), slow(2, 0.01), slow(3, 0.02)))
    try:
        await asyncio.gather(slow(1, 0.1), fails('first', 0.03), fails('second', 0.06))
    except ValueError as e:
        print('gather raised', e)
    print(await asyncio.gather(slow(1, 0), fails('kept'), return_exceptions=True))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 'from callback')
    print(await asyncio.gather(fut, fut, slow('same', 0)))


async def cancellation():
    started = asyncio.Event()

    async def victim():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print('victim cancelled, args', e.args)
            raise
        finally:
            print('victim finally')

    t = asyncio.create_task(victim())
    await started.wait()
    print('cancel returns', t.cancel('stop now'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('await raised CancelledError', e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result raises CancelledError')

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'ignored the cancel'

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    t = asyncio.create_task(slow(1, 1))
    t.cancel()
    print(t.cancelled(), t.done())
    await asyncio.sleep(0)
    print(t.cancelled(), t.done())


async def waiting():
    tasks = [asyncio.create_task(slow(n, n / 20)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(slow('late', 1))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    bad = asyncio.create_task(fails('boom', 0.01))
    ok = asyncio.create_task(slow('ok', 0.1))
    done, pending = await asyncio.wait([bad, ok], return_when=asyncio.FIRST_EXCEPTION)
    print([type(t.exception()).__name__ for t in done], len(pending))
    await ok
    for bad_args in ([], slow(1, 0)):
        try:
            await asyncio.wait(bad_args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
            if asyncio.iscoroutine(bad_args):
                bad_args.close()
    print(await asyncio.wait_for(slow('in time', 0.01), 1))
    try:
        await asyncio.wait_for(slow('too late', 1), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timeout', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow('zero', 1), 0)
    except TimeoutError:
        print('wait_for timeout 0')
    order = []
    for aw in asyncio.as_completed([slow('c', 0.15), slow('a', 0.05), slow('b', 0.1)]):
        order.append(await aw)
    print(order)
    try:
        for aw in asyncio.as_completed([slow('never', 1)], timeout=0.01):
            await aw
    except TimeoutError:
        print('as_completed timeout')


async def shielding():
    inner = asyncio.create_task(slow('shielded', 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled')
    print(await inner, inner.cancelled())


async def timeouts():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout expired', cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('no timeout', cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)
    print('timeout None')


async def names():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), asyncio.current_task() is me)
    t = asyncio.create_task(slow(1, 0), name='worker')
    print(sorted(x.get_name() for x in asyncio.all_tasks() if x is not me))
    await t
    print(len(asyncio.all_tasks()))


async def primitives():
    lock = asyncio.Lock()
    order = []

    async def locked(name):
        async with lock:
            order.append(name + '+')
            await asyncio.sleep(0.01)
            order.append(name + '-')

    await asyncio.gather(locked('a'), locked('b'), locked('c'))
    print(' '.join(order), lock.locked())
    sem = asyncio.Semaphore(2)
    running = [0, 0]

    async def limited(i):
        async with sem:
            running[0] += 1
            running[1] = max(running[1], running[0])
            await asyncio.sleep(0.01)
            running[0] -= 1
        return i

    print(await asyncio.gather(*(limited(i) for i in range(5))), 'max together', running[1])
    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        return i

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [w.done() for w in ws])
    ev.set()
    print(await asyncio.gather(*ws))
    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append('item')
        cond.notify()
    print(await c)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print('RuntimeError', e)


async def groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(slow('one', 0.02))
        t2 = tg.create_task(slow('two', 0.01))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(slow('never', 0.1))
            tg.create_task(fails('in a group', 0.01))
    except Exception as e:
        print(type(e).__name__, e, [repr(x) for x in e.exceptions], t1.cancelled())


async def main():
    for part in (interleaving, gathering, cancellation, waiting, shielding, timeouts, names, primitives, groups):
        print('--', part.__name__)
        await part()
    return 'main done'


print(asyncio.run(main()))
try:
    asyncio.run(slow)
except ValueError as e:
    print('ValueError', e.args[0].split(' got ')[0])
