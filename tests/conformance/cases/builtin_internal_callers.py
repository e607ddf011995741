# The builtins gpython runs inside its VM (globals, locals, eval, exec)
# called by other code: map, filter, sorted/max keys, functools.partial,
# aliases, getattr on the builtins module. Then every builtin function
# through the same callers.
import builtins
import functools

print(list(map(eval, ['1', '2+3'])))
x = 10
print(list(map(eval, ['x * 2'])))
print(sorted(['3', '1+1', '-4'], key=eval))
print(max(['3', '1+1', '7-2'], key=eval))
print(list(filter(eval, ['0', '1', 'x - 10', 'x'])))
print(functools.partial(eval, 'x + 1')())
print(functools.partial(eval)('x + 2', {'x': 100}))
print(functools.reduce(lambda a, s: a + eval(s), ['1', '2'], 0))


def in_function(n):
    y = n * 3
    print(list(map(eval, ['y', 'n + y', 'x'])))
    print(sorted(functools.partial(locals)()))
    print(functools.partial(globals)() is globals())
    e = eval
    print(e('y - n'))
    ex = exec
    ns = {}
    ex('z = x + 1', None, ns)
    print(ns)


in_function(2)

list(map(exec, ['made_by_exec = 42']))
print(made_by_exec)
list(map(exec, ['inside = 1'], [{}]))
print('inside' in globals())
print(functools.partial(globals)() is globals())
g = getattr(builtins, 'globals')
print(g() is globals())
print(builtins.locals() is globals())
print(sorted(k for k in functools.partial(locals)() if k == 'x'))
print(type(list(map(globals, []))))

exec("e2 = eval\nprint(e2('1 + 1'))")
exec("made_in_exec = 5\nprint(globals()['made_in_exec'])", {})
exec("print(sorted(locals()))", {}, {'a': 1})

for bad in (lambda: functools.partial(globals, 1)(),
            lambda: list(map(locals, [1])),
            lambda: list(map(eval, [1])),
            lambda: list(map(exec, [1])),
            lambda: list(map(eval, ['1 +']))):
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)

print(repr(eval), repr(exec), repr(globals), repr(locals))
print(eval.__name__, exec.__name__, callable(globals))

# Every builtin function through the callers: what it returns or raises.
skip = {'input', 'breakpoint', 'open', 'help', 'exit', 'quit', 'copyright',
        'credits', 'license', 'print', 'reversed'}
names = sorted(n for n in dir(builtins) if not n.startswith('_') or n == '__import__')
names = [n for n in names if n not in skip and callable(getattr(builtins, n))
         and not isinstance(getattr(builtins, n), type)]
print(names)


def show(how, fn):
    try:
        r = fn()
    except BaseException as e:
        print(how, type(e).__name__)
        return
    name = type(r).__name__
    print(how, 'ok', 'iterator' if name.endswith('iterator') else name)


for n in names:
    f = getattr(builtins, n)
    for arg in ('1', 1):
        print(n, repr(arg))
        show(' map', lambda: list(map(f, [arg])))
        show(' filter', lambda: list(filter(f, [arg])))
        show(' sorted', lambda: sorted([arg, arg], key=f))
        show(' partial', lambda: functools.partial(f, arg)())
        show(' max', lambda: max([arg], key=f))
