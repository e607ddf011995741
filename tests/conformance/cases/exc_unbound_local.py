# A local read or deleted before assignment: UnboundLocalError (a NameError)
# with CPython 3.11's message, also when uncaught.
def f(flag):
    if flag:
        lang = 'pl'
    return lang
try:
    f(False)
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    x = 1
    del x
    del x
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
def h():
    return undefined_global
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
f(0)
