class A(Exception): pass
class B(Exception): pass
def boom(k):
    if k == 1:
        raise A("a")
    if k == 2:
        raise B("b")
    raise KeyError(k)
for k in (1, 2, 3):
    try:
        boom(k)
    except (A, B) as e:
        print("AB", type(e).__name__, repr(e.args))
    except LookupError as e:
        print("lookup", type(e).__name__)
