# async is a keyword since Python 3.7: used as a name (a keyword argument,
# as an old bot's page.save(..., async=True); an attribute; a parameter)
# it is a SyntaxError; async def, async for and async comprehensions in
# an async def still compile.
for src in ('p.save(minor=True, async= True)\n', 'x = obj.async\n', 'def f(async): pass\n',
            'async def f():\n    return [x async for x in y]\n',
            'async def g():\n    async for a in b:\n        pass\n'):
    try:
        compile(src, 'f.py', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
