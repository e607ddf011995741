# dir(module) calls the module's __dir__ (PEP 562), whichever way it got there.
import sys
import types

zeta_calls = []


def __dir__():
    zeta_calls.append(1)
    return ('zeta', 'alpha', 'a')


me = sys.modules[__name__]
print(dir(me), len(zeta_calls))
print(me.__dir__())


class M(types.ModuleType):
    def __dir__(self):
        return ['m2', 'm1']


print(dir(M('mm')))
print(dir(types.ModuleType('e')))
mm = types.ModuleType('n')
mm.__dir__ = lambda: {'y', 'x'}
print(dir(mm))
for bad in (lambda: 5, lambda: None):
    mm.__dir__ = bad
    try:
        print(dir(mm))
    except TypeError as e:
        print('TypeError', e)
del mm.__dir__
print(dir(mm))
