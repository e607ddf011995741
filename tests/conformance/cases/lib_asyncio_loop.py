# asyncio's event loop: callbacks in order, call_later, threads
# (to_thread overlapping, run_in_executor, call_soon_threadsafe,
# run_coroutine_threadsafe), run_until_complete, Runner, errors.
import asyncio
import threading
import time


def blocking(n):
    time.sleep(0.2)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 'soon1')
    loop.call_later(0.02, order.append, 'later2')
    loop.call_later(0.01, order.append, 'later1')
    h = loop.call_later(0.005, order.append, 'cancelled')
    loop.call_soon(order.append, 'soon2')
    h.cancel()
    await asyncio.sleep(0.05)
    print(order, h.cancelled())

    t0 = time.monotonic()
    results = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(4)))
    took = time.monotonic() - t0
    print(results, 'overlapped:', took < 0.6)

    print(await loop.run_in_executor(None, blocking, 5))

    fut = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, 'set from a thread')

    threading.Thread(target=from_thread).start()
    print(await fut)

    async def add(a, b):
        await asyncio.sleep(0.01)
        return a + b

    box = []
    th = threading.Thread(target=lambda: box.append(asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(5)))
    th.start()
    while not box:
        await asyncio.sleep(0.01)
    th.join()
    print('threadsafe coroutine', box)
    print(loop.is_running(), loop.is_closed(), round(loop.time() - time.monotonic()))
    print(threading.current_thread().name, threading.get_ident() == threading.main_thread().ident)
    return 'main'


print(asyncio.run(main()))

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())


async def value(v):
    await asyncio.sleep(0)
    return v


print(loop.run_until_complete(value('ran until complete')))
fut = loop.create_future()
loop.call_soon(fut.set_result, 7)
print(loop.run_until_complete(fut), fut.done())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(value(1))
except RuntimeError as e:
    print('RuntimeError', e)

with asyncio.Runner() as runner:
    print(runner.run(value('runner 1')), runner.run(value('runner 2')))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)


async def nested():
    coro = value(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()


asyncio.run(nested())

f = asyncio.Future(loop=asyncio.new_event_loop())
print(f.done(), f.cancelled())
try:
    f.result()
except asyncio.InvalidStateError as e:
    print('InvalidStateError', e)
f.set_result(3)
print(f.result(), f.exception())
try:
    f.set_result(4)
except asyncio.InvalidStateError:
    print('InvalidStateError on a second result')
print(asyncio.isfuture(f), asyncio.isfuture(3), asyncio.iscoroutinefunction(value))


rlock = threading.RLock()


async def reenter():
    with rlock:
        await asyncio.sleep(0)
        return 'RLock taken again in a coroutine of the thread holding it'


with rlock:
    print(asyncio.run(reenter()))

import asyncio.exceptions  # noqa: E402
from asyncio.tasks import gather  # noqa: E402
from asyncio import events  # noqa: E402
print(asyncio.exceptions.CancelledError is asyncio.CancelledError, gather is asyncio.gather,
      events.get_event_loop is asyncio.get_event_loop, asyncio.queues.Queue is asyncio.Queue)

import os  # noqa: E402
import signal  # noqa: E402


async def signalled():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, got.set_result, 'SIGUSR1 handled in the loop')
    threading.Timer(0.1, lambda: os.kill(os.getpid(), signal.SIGUSR1)).start()
    t0 = time.monotonic()
    print(await asyncio.wait_for(got, 5), time.monotonic() - t0 < 2)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))


asyncio.run(signalled())
