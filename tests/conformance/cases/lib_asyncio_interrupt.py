# Ctrl-C (SIGINT) during asyncio.run: the main task is cancelled, its
# finally clauses run, then KeyboardInterrupt ends the program.
import asyncio
import os
import signal
import threading

threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()


async def worker():
    try:
        await asyncio.sleep(5)
    finally:
        print('worker finally')


async def main():
    task = asyncio.create_task(worker())
    try:
        await asyncio.sleep(5)
    finally:
        print('main finally', task.done())


asyncio.run(main())
print('not reached')
