# IndexError of a subscript names the sequence type as CPython 3.11 does
# ("list index out of range", "string ...", "list assignment ..."); gpython
# says "index out of range" for all (cr_miraheze_scripts: an empty
# config.user_script_paths[0]).
import sys
class L(list):
    pass
cfg = type(sys)('cfg')
cfg.paths = []
def f(seq, i):
    try:
        seq[i]
    except IndexError as e:
        return str(e)
for v in ([], (), '', b'', bytearray(b''), range(0), L(), 'abc', [1, 2]):
    print(type(v).__name__, '|', f(v, 5), '|', f(v, -9))
try:
    cfg.paths[0]
except IndexError as e:
    print('attr', e, e.args)
g = [1]
try:
    print(g[3])
except IndexError as e:
    print('global', e)
def h():
    t = (1, 2)
    k = 7
    return t[k]
try:
    h()
except IndexError as e:
    print('local', e)
try:
    [].pop()
except IndexError as e:
    print('pop', e)
try:
    x = []
    x[0] = 1
except IndexError as e:
    print('store', e)
