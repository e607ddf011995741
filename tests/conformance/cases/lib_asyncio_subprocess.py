# asyncio subprocesses: create_subprocess_exec/shell, reading lines, communicate,
# waiting for several at once, writing to stdin.
import asyncio
import asyncio.subprocess


async def main():
    p = await asyncio.create_subprocess_exec('printf', 'one\ntwo\n', stdout=asyncio.subprocess.PIPE)
    lines = [line async for line in p.stdout]
    print(lines, await p.wait(), p.returncode)
    p = await asyncio.create_subprocess_shell('cat; echo err >&2; exit 3', stdin=asyncio.subprocess.PIPE,
                                              stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate(b'fed in')
    print(out, err, p.returncode)
    procs = [await asyncio.create_subprocess_exec('sleep', '0.2') for _ in range(3)]
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.gather(*(p.wait() for p in procs)), loop.time() - t0 < 0.5)
    p = await asyncio.create_subprocess_exec('head', '-c', '3', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    p.stdin.write(b'abcdef')
    await p.stdin.drain()
    p.stdin.close()
    print(await p.stdout.read(), await p.wait())


asyncio.run(main())
