# The reprs of tasks (running at, done, defined at, wait_for) and futures.
import asyncio


def show(x):
    print(repr(x).replace(__file__, "FILE"))


class A:
    async def m(self):
        await asyncio.sleep(0.01)
        return 1
async def w(x):
    await asyncio.sleep(x)
    return x
async def bad():
    raise ValueError('v')
async def main():
    t = asyncio.create_task(w(0.01), name='w')
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    t2 = asyncio.create_task(A().m())
    await asyncio.sleep(0)
    show(t2)
    t2.cancel()
    await asyncio.sleep(0.02)
    show(t2)
    t3 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    show(t3)
    f = asyncio.get_running_loop().create_future()
    show(f)
    f.add_done_callback(print)
    show(f)
    f.set_result([1, 2])
    show(f)
asyncio.run(main())
