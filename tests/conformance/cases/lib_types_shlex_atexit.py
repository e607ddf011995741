import atexit
import shlex
import types


def bye(name, punct='!'):
    print('bye', name + punct)


atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')


@atexit.register
def last():
    print('registered last, runs first')


def never():
    print('never')


atexit.register(never)
atexit.unregister(never)

ns = types.SimpleNamespace(b=1, a=2)
ns.c = 3
print(ns, ns.a, ns == types.SimpleNamespace(b=1, a=2, c=3), ns == types.SimpleNamespace(a=1))
del ns.b
print(ns, vars(ns) == {'a': 2, 'c': 3} or vars(ns))
try:
    types.SimpleNamespace({'x': 1}, y=2)
except TypeError as e:
    print('TypeError', e)


def f():
    yield 1


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f(), types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(isinstance(None, types.NoneType), isinstance(f, types.MethodType))
C = types.new_class('C', (K,), {}, lambda ns: ns.update({'x': 5}))
print(C.__name__, C.x, issubclass(C, K))
print(types.resolve_bases((int, K)))

print(shlex.split('edit -page:"Main Page" -summary:\'fix typo\' plain\\ word'))
print(shlex.split('a "b c" # comment', comments=True), shlex.split('a\tb\n c'))
print(shlex.split('x="a b" y=\'c\'"d"'), shlex.split(''), shlex.split('"" a'))
print(shlex.quote('simple'), shlex.quote('has space'), shlex.quote("it's"), shlex.quote(''))
print(shlex.join(['ls', '-l', 'My Files', "O'Neil"]))
for bad in ('"unterminated', "a 'b", 'a\\'):
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
lex = shlex.shlex('a = b + "c d"; e')
print(list(lex))
lex = shlex.shlex('a && b || c > f', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('one two', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token())
print(shlex.split('a b', posix=False), shlex.split('"a b" c', posix=False))
raise SystemExit(3)
