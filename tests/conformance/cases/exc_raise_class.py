class E(Exception):
    pass
try:
    raise E
except E as e:
    print(type(e).__name__, repr(e.args))
