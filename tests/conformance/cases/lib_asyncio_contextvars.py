# Each asyncio task runs in a copy of the context it was created in.
import asyncio, contextvars
var = contextvars.ContextVar('var', default='unset')
async def child(name):
    print(name, 'sees', var.get())
    var.set(name)
    await asyncio.sleep(0)
    print(name, 'after sleep', var.get())
async def main():
    var.set('main')
    await asyncio.gather(child('a'), child('b'))
    print('main sees', var.get())
    t = asyncio.create_task(child('c'))
    var.set('main2')
    await t
    print('main sees', var.get())
asyncio.run(main())
print('top', var.get())
