# sys.exc_info() per thread, and in a coroutine's handler across awaits and in
# the coroutines it awaits.
import sys, threading, time
res = {}
ev = threading.Event()
def worker():
    try:
        raise KeyError("in thread")
    except KeyError:
        ev.wait(2)
        res["t"] = repr(sys.exc_info()[1])
t = threading.Thread(target=worker)
t.start()
time.sleep(0.1)
res["main"] = sys.exc_info()
try:
    raise ValueError("main")
except ValueError:
    ev.set()
    t.join()
    res["main2"] = repr(sys.exc_info()[1])
print(res["t"], res["main"], res["main2"])
import asyncio
async def inner():
    await asyncio.sleep(0)
    return repr(sys.exc_info()[1])
async def main():
    try:
        raise KeyError("a")
    except KeyError:
        before = repr(sys.exc_info()[1])
        await asyncio.sleep(0)
        after = repr(sys.exc_info()[1])
        called = await inner()
    print(before, after, called, sys.exc_info())
asyncio.run(main())
