# inspect.signature of str's builtin methods, from their text signature
# (CPython 3.11): positional-only and keyword parameters, literal defaults;
# a method without one (str.count) has no signature.
import inspect

for name in ('removeprefix', 'removesuffix', 'center', 'encode', 'split', 'splitlines', 'replace',
             'strip', 'join', 'upper', 'expandtabs', 'zfill'):
    method = getattr(str, name)
    sig = inspect.signature(method)
    print(name, sig, [(p.name, p.kind.name, p.default) for p in sig.parameters.values()][1:])
print(str.removeprefix.__text_signature__, str.removeprefix('TestHook', 'Test'))
for obj in (str.count,):
    try:
        print(inspect.signature(obj))
    except ValueError:
        print('ValueError', getattr(obj, '__text_signature__', 'none') is None)
