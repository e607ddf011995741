# Exceptions raised in coroutines: the lines of the coroutine frames in
# tracebacks (also of an exception re-raised from another task), chained
# causes, an exception handled in a task, and the uncaught one that ends
# the program.
import asyncio
import traceback


async def innermost(x):
    await asyncio.sleep(0)
    return 1 / x


async def middle(x):
    return await innermost(x) + 1


async def outer(x):
    try:
        return await middle(x)
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e


def own_frames():
    lines = traceback.format_exc().splitlines()
    return [line.strip().replace(__file__, 'FILE') for line in lines if __file__ in line]


async def main():
    try:
        await middle(0)
    except ZeroDivisionError as e:
        frames = own_frames()
        print('\n'.join(frames))
    task = asyncio.create_task(outer(0))
    try:
        await task
    except ValueError as e:
        frames = own_frames()
        print(repr(e), repr(e.__cause__))
        print('\n'.join(frames))
    print(task.done(), repr(task.exception()))
    print(await outer(2))
    await middle(0)


asyncio.run(main())
